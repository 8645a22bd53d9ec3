package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.accountability.Accountability;
import cn.fundrisk.accountability.AccountabilityInput;
import cn.fundrisk.accountability.AccountabilityRecords;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.identity.DemoUsers;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.staffing.StaffingTables;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo units' work, done through the same form path as Tasklist. */
@Component
@Profile("demo")
public class DemoWork {

    private static final String PLAN = """
            一、指导思想：以完善社保基金管理风险防控体系为主线，坚持问题导向和目标导向。
            二、组织领导：成立领导小组，办公室设在局规划与基金监督科。
            三、实施步骤：工作部署、问题排查、问题整改、汇总上报、检查评估五个阶段。
            四、工作要求：高度重视，务求实效，结果纳入年度目标考核。""";
    /** Items on which the demo units find problems (post separation, seals and bills). */
    private static final List<Integer> PROBLEM_ITEMS = List.of(3, 14);

    private final TaskDriver driver;
    private final Assessments assessments;
    private final CampaignItems campaignItems;
    private final StaffingTables staffing;
    private final AccountabilityRecords accountability;
    private final TransactionTemplate transaction;

    public DemoWork(TaskDriver driver, Assessments assessments, CampaignItems campaignItems, StaffingTables staffing,
            AccountabilityRecords accountability, TransactionTemplate transaction) {
        this.driver = driver;
        this.assessments = assessments;
        this.campaignItems = campaignItems;
        this.staffing = staffing;
        this.accountability = accountability;
        this.transaction = transaction;
    }

    void approveWorkPlan(String campaignPi) {
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, DemoUsers.OFFICE, Map.of("planText", PLAN));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, DemoUsers.LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意印发。"));
    }

    void acknowledge(CampaignUnit unit) {
        driver.submit(unit.getProcessInstanceId(), TASK_ACKNOWLEDGE_PLAN, staff(unit),
                Map.of("acknowledged", true, "contactPerson", "联络员" + unit.getUnit().getName().substring(1, 3),
                        "contactPhone", "0566-1234567"));
    }

    /** Acknowledges the plan and, where item 31 applies (not the 信息中心), drafts the unit's plan, which the head approves. */
    void deploy(CampaignUnit unit) {
        acknowledge(unit);
        if (driver.open(unit.getProcessInstanceId(), TASK_DRAFT_UNIT_PLAN).isEmpty()) {
            return;
        }
        driver.submit(unit.getProcessInstanceId(), TASK_DRAFT_UNIT_PLAN, staff(unit),
                Map.of(FormKeys.REPORT_TEXT, unit.getUnit().getName() + "社保基金管理风险防控工作方案：\n" + PLAN));
        driver.submit(unit.getProcessInstanceId(), TASK_APPROVE_UNIT_PLAN, head(unit),
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意。"));
    }

    /** Inspects up to {@code count} items; when all are done, writes the report and the head approves. */
    void selfInspect(CampaignUnit unit, int count) {
        String pi = unit.getProcessInstanceId();
        List<Task> items = driver.open(pi, TASK_SELF_INSPECT_ITEM);
        int done = 0;
        for (Task task : items) {
            if (done++ >= count) {
                return;
            }
            int itemNo = ((Number) driver.variable(task, VAR_ITEM_NO)).intValue();
            driver.submit(task, staff(unit), itemResult(itemNo));
        }
        driver.submit(pi, TASK_WRITE_SELF_INSPECTION_REPORT, staff(unit),
                Map.of(FormKeys.REPORT_TEXT, "本单位对照任务分解表逐项开展自查，发现问题 2 个，已逐条制定整改措施。"));
        driver.submit(pi, TASK_REVIEW_SELF_INSPECTION, head(unit),
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意。"));
    }

    private static Map<String, Object> itemResult(int itemNo) {
        if (!PROBLEM_ITEMS.contains(itemNo)) {
            return Map.of("result", "COMPLIANT", "note", "已对照检查，制度健全并严格执行。");
        }
        boolean posts = itemNo == 3;
        return Map.of("result", "PROBLEM", "note", "发现问题，已制定整改措施。",
                "problems", JsonFormValues.json(List.of(Map.of(
                        "description", posts ? "一名工作人员同时承担业务经办和财务记账岗位" : "票据与印章由同一人保管",
                        "cause", posts ? "人员编制紧张，岗位设置时未落实不相容要求" : "印章管理制度未明确票据与印章分管",
                        "riskLevel", posts ? "HIGH" : "MEDIUM",
                        "measure", "调整岗位分工，实行不相容岗位分离", "responsiblePerson", "综合科科长",
                        "responsibleLeader", "分管副局长"))));
    }

    /** Rectifies up to {@code count} problems (the head verifies each); closed off by the office when asked. */
    void rectify(CampaignUnit unit, int count, boolean closeOff) {
        String pi = unit.getProcessInstanceId();
        int done = 0;
        for (Task task : driver.open(pi, TASK_RECTIFY_PROBLEM)) {
            if (done++ >= count) {
                break;
            }
            driver.submit(task, staff(unit), Map.of("outcome", "RECTIFIED", "actionTaken",
                    "已调整岗位分工，重新印发岗位职责表。", "completedOn", LocalDate.now(Clock.ZONE).toString()));
        }
        for (Task task : driver.open(pi, TASK_VERIFY_RECTIFICATION)) {
            driver.submit(task, head(unit), Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "经核实已整改到位。"));
        }
        if (closeOff) {
            for (Task task : driver.open(pi, TASK_CLOSE_OFF_PROBLEM)) {
                driver.submit(task, DemoUsers.OFFICE, Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT,
                        "经核实整改到位，同意销号。"));
            }
        }
    }

    /** The staffing table (附件2) filled in and filed (备案); received by the office when asked. */
    void fileStaffing(CampaignUnit unit, boolean received) {
        CurrentUser user = new CurrentUser(staff(unit), List.of(Unit.staffGroup(unit.getUnit().getCode())));
        transaction.executeWithoutResult(status -> staffing.replace(unit.getId(), List.of(
                new StaffRow("王芳", "业务科", List.of("业务"), "参保登记、待遇审核初审", true, BigDecimal.valueOf(3)),
                new StaffRow("李强", "财务科", List.of("财务", "会计"), "基金会计核算", true, BigDecimal.valueOf(4)),
                new StaffRow("赵敏", "财务科", List.of("出纳"), "基金收支出纳", true, BigDecimal.valueOf(2)),
                new StaffRow("陈涛", "信息科", List.of("信息"), "系统权限与数据维护", false, BigDecimal.valueOf(1))), user));
        driver.submit(unit.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE, staff(unit),
                Map.of("confirmFiling", true, "filingNote", "按第3项要求报送备案。"));
        if (received) {
            driver.submit(unit.getProcessInstanceId(), TASK_RECEIVE_STAFFING_FILING, DemoUsers.OFFICE,
                    Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "已备案。"));
        }
    }

    /** The unit's staff report item 6's audit of last month, if the month's report is due (the fund-supervision review follows). */
    void reportMonthlyAudit(CampaignUnit unit) {
        for (Task task : driver.openInFollowUp(unit.getId(), UnitFollowUpProcess.TASK_REPORT_MONTHLY_AUDIT)) {
            driver.submit(task, staff(unit), Map.of("sampledCount", 120, "issuesFound", 1,
                    "auditSummary", "随机抽取上月待遇核定业务120笔，发现1笔资料不全，已补正。"));
        }
    }

    /** An accountability decision taken at once (约谈) for a unit that has not even drawn up its plan. */
    void interview(CampaignUnit unit) {
        transaction.executeWithoutResult(status -> accountability.record(unit, List.of(new AccountabilityInput(null,
                Accountability.Method.INTERVIEW.name(), "工作部署阶段逾期未制定本单位工作方案，经催办仍未落实（实施方案二（一））",
                LocalDate.now(Clock.ZONE).toString(), "领导小组办公室", "约谈单位主要负责人")),
                Accountability.Occasion.AD_HOC, DemoUsers.OFFICE));
    }

    /** Self-scores (full points but one on the items with problems), the summary report, the head's approval. */
    void summarize(CampaignUnit unit) {
        Task task = driver.one(unit.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.REPORT_TEXT, "本单位按照实施方案完成自查、整改和自评，总体落实情况良好，个别问题正在整改。");
        ItemSheetForm.items(driver.variable(task, ItemSheetForm.SHEET)).forEach((itemNo, item) -> {
            if (Boolean.TRUE.equals(item.get("scored"))) {
                int points = ((Number) item.get("points")).intValue();
                values.put(FormKeys.selfScore(itemNo), PROBLEM_ITEMS.contains(itemNo) ? points - 1 : points);
            }
        });
        driver.submit(task, staff(unit), values);
        driver.submit(unit.getProcessInstanceId(), TASK_APPROVE_SUMMARY_REPORT, head(unit),
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意上报。"));
        // the office's 签收 is left for the demo's office user
    }

    private static String staff(CampaignUnit unit) {
        return DemoUsers.staffUser(unit.getUnit().getCode());
    }

    private static String head(CampaignUnit unit) {
        return DemoUsers.headUser(unit.getUnit().getCode());
    }
}
