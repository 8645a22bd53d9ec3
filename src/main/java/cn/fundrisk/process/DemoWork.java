package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.identity.DemoUsers;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

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

    public DemoWork(TaskDriver driver) {
        this.driver = driver;
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

    void deploy(CampaignUnit unit) {
        acknowledge(unit);
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
        String description = itemNo == 3 ? "一名工作人员同时承担业务经办和财务记账岗位" : "票据与印章由同一人保管";
        return Map.of("result", "PROBLEM", "note", "发现问题，已制定整改措施。",
                "problems", JsonFormValues.json(List.of(Map.of("description", description,
                        "measure", "调整岗位分工，实行不相容岗位分离", "responsiblePerson", "综合科科长"))));
    }

    void rectifyFirstProblem(CampaignUnit unit) {
        String pi = unit.getProcessInstanceId();
        List<Task> tasks = driver.open(pi, TASK_RECTIFY_PROBLEM);
        if (tasks.isEmpty()) {
            return;
        }
        driver.submit(tasks.get(0), staff(unit),
                Map.of("outcome", "RECTIFIED", "actionTaken", "已调整岗位分工，重新印发岗位职责表。"));
        driver.submit(pi, TASK_VERIFY_RECTIFICATION, head(unit),
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "经核实已整改到位。"));
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
    }

    private static String staff(CampaignUnit unit) {
        return DemoUsers.staffUser(unit.getUnit().getCode());
    }

    private static String head(CampaignUnit unit) {
        return DemoUsers.headUser(unit.getUnit().getCode());
    }
}
