package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.staffing.StaffingTables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import cn.fundrisk.support.SheetAnswers;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/** Steps of a campaign as users do them, through the form path, for process tests. */
final class Scenario {

    /** After the 2019 plan's county-inspection deadline (31 July): the evaluation phase has opened. */
    static final Instant EVALUATION_OPEN = Instant.parse("2019-08-01T01:00:00Z");

    private final TaskDriver driver;
    private final StaffingTables staffing;
    private final ManagementService managementService;
    private final TransactionTemplate transaction;

    Scenario(TaskDriver driver, StaffingTables staffing, ManagementService managementService,
            TransactionTemplate transaction) {
        this.driver = driver;
        this.staffing = staffing;
        this.managementService = managementService;
        this.transaction = transaction;
    }

    static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }

    static Map<String, Object> returned(String comment) {
        return Map.of(TaskForm.DECISION, TaskForm.RETURN, TaskForm.COMMENT, comment);
    }

    void approveWorkPlan(String campaignPi) {
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, ProcessTestSupport.OFFICE,
                Map.of("planText", "工作方案正文"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, ProcessTestSupport.LEADER, approve());
    }

    void deploy(CampaignUnit unit) {
        String pi = unit.getProcessInstanceId();
        String code = unit.getUnit().getCode();
        driver.submit(pi, TASK_ACKNOWLEDGE_PLAN, ProcessTestSupport.staff(code),
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, TASK_DRAFT_UNIT_PLAN, ProcessTestSupport.staff(code), Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, TASK_APPROVE_UNIT_PLAN, ProcessTestSupport.head(code), approve());
    }

    /** Every open item task: compliant, except the items listed, which get one problem each. */
    void inspectItems(CampaignUnit unit, List<Integer> problemItems, String plannedDate) {
        String code = unit.getUnit().getCode();
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM)) {
            int itemNo = ((Number) driver.variable(task, VAR_ITEM_NO)).intValue();
            driver.submit(task, ProcessTestSupport.staff(code), itemResult(itemNo, problemItems.contains(itemNo), plannedDate));
        }
    }

    static Map<String, Object> itemResult(int itemNo, boolean problem, String plannedDate) {
        if (!problem) {
            return Map.of("result", "COMPLIANT", "note", "符合");
        }
        return Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(problemEntry(itemNo, plannedDate))));
    }

    static Map<String, Object> problemEntry(int itemNo, String plannedDate) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("description", "第" + itemNo + "项的问题");
        entry.put("cause", "制度不健全");
        entry.put("riskLevel", "MEDIUM");
        entry.put("measure", "整改措施");
        entry.put("responsiblePerson", "责任人");
        entry.put("responsibleLeader", "分管领导");
        entry.put("plannedDate", plannedDate);
        return entry;
    }

    void writeSelfInspectionReport(CampaignUnit unit) {
        driver.submit(unit.getProcessInstanceId(), TASK_WRITE_SELF_INSPECTION_REPORT,
                ProcessTestSupport.staff(unit.getUnit().getCode()), Map.of(FormKeys.REPORT_TEXT, "自查报告正文"));
    }

    void reviewSelfInspection(CampaignUnit unit, Map<String, Object> decision) {
        driver.submit(unit.getProcessInstanceId(), TASK_REVIEW_SELF_INSPECTION,
                ProcessTestSupport.head(unit.getUnit().getCode()), decision);
    }

    void selfInspect(CampaignUnit unit, List<Integer> problemItems) {
        inspectItems(unit, problemItems, null);
        writeSelfInspectionReport(unit);
        reviewSelfInspection(unit, approve());
    }

    static Map<String, Object> rectified(String action) {
        return Map.of("outcome", "RECTIFIED", "actionTaken", action, "completedOn", "2019-04-01");
    }

    /** Every open problem rectified by the staff, verified by the head and closed off (销号) by the office. */
    void rectifyAll(CampaignUnit unit) {
        String code = unit.getUnit().getCode();
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_RECTIFY_PROBLEM)) {
            driver.submit(task, ProcessTestSupport.staff(code), rectified("已整改"));
        }
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION)) {
            driver.submit(task, ProcessTestSupport.head(code), approve());
        }
        closeOffAll(unit);
    }

    void closeOffAll(CampaignUnit unit) {
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_CLOSE_OFF_PROBLEM)) {
            driver.submit(task, ProcessTestSupport.OFFICE, approve());
        }
    }

    /** The unit's staff fill in the staffing table (附件2) with one clean row. */
    void fillStaffingTable(CampaignUnit unit) {
        String code = unit.getUnit().getCode();
        transaction.executeWithoutResult(status -> staffing.replace(unit.getId(), List.of(new StaffRow("张三", "业务科",
                List.of("业务"), "参保登记", true, java.math.BigDecimal.valueOf(2))),
                new CurrentUser(ProcessTestSupport.staff(code), List.of("unit-" + code))));
    }

    /** The staffing table filed (备案) by the staff and received by the office. */
    void fileStaffingTable(CampaignUnit unit) {
        fillStaffingTable(unit);
        driver.submit(unit.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE,
                ProcessTestSupport.staff(unit.getUnit().getCode()), Map.of("confirmFiling", true));
        driver.submit(unit.getProcessInstanceId(), TASK_RECEIVE_STAFFING_FILING, ProcessTestSupport.OFFICE, approve());
    }

    /** The rectification phase: every problem rectified and closed off, the staffing table filed. */
    void rectifyAndFile(CampaignUnit unit) {
        rectifyAll(unit);
        fileStaffingTable(unit);
    }

    /** Self-scores from the map (item number to score), typed into the sheet the form shows. */
    void writeSummary(CampaignUnit unit, Map<Integer, Integer> points) {
        Task task = driver.one(unit.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.REPORT_TEXT, "总结报告正文");
        values.putAll(SheetAnswers.selfScores(driver, task, points));
        driver.submit(task, ProcessTestSupport.staff(unit.getUnit().getCode()), values);
    }

    void approveSummary(CampaignUnit unit) {
        approveSummaryAs(unit, ProcessTestSupport.head(unit.getUnit().getCode()), approve());
    }

    void approveSummaryAs(CampaignUnit unit, String user, Map<String, Object> decision) {
        driver.submit(unit.getProcessInstanceId(), TASK_APPROVE_SUMMARY_REPORT, user, decision);
    }

    void receiveSummary(CampaignUnit unit, Map<String, Object> decision) {
        driver.submit(unit.getProcessInstanceId(), TASK_RECEIVE_SUMMARY_REPORT, ProcessTestSupport.OFFICE, decision);
    }

    /** Written, approved by the head and received (签收) by the office: the summary phase is done. */
    void summarize(CampaignUnit unit, Map<Integer, Integer> points) {
        writeSummary(unit, points);
        approveSummary(unit);
        receiveSummary(unit, approve());
    }

    /** The engine clock moves past the county-inspection deadline and the unit's 检查评估开始 timer fires. */
    void openEvaluation(CampaignUnit unit) {
        if (ClockUtil.getCurrentTime().toInstant().isBefore(EVALUATION_OPEN)) {
            ClockUtil.setCurrentTime(Date.from(EVALUATION_OPEN));
        }
        for (Job timer : managementService.createJobQuery().processInstanceId(unit.getProcessInstanceId())
                .activityId(TIMER_EVALUATION_OPENS).timers().list()) {
            managementService.executeJob(timer.getId());
        }
    }

    void score(CampaignUnit unit, Map<Integer, Integer> points, int deductOnItem) {
        Task task = driver.one(unit.getProcessInstanceId(), TASK_SCORE_UNIT);
        Map<Integer, Integer> scores = new HashMap<>();
        points.forEach((itemNo, p) -> scores.put(itemNo, itemNo == deductOnItem ? p - 1 : p));
        driver.submit(task, ProcessTestSupport.INSPECTOR_1,
                SheetAnswers.scores(driver, task, scores, Map.of(deductOnItem, "制度执行不到位")));
    }

    void reviewScores(CampaignUnit unit, Map<String, Object> decision) {
        driver.submit(unit.getProcessInstanceId(), TASK_REVIEW_SCORE_SHEET, ProcessTestSupport.INSPECTOR_2, decision);
    }

    /** 问责研判: the office concludes that no accountability is called for. */
    void noAccountability(CampaignUnit unit) {
        driver.submit(unit.getProcessInstanceId(), TASK_DECIDE_ACCOUNTABILITY, ProcessTestSupport.OFFICE,
                Map.of("conclusion", "NONE", "note", "按期完成，不予问责"));
    }

    /**
     * A unit from its plan to its accountability round with nothing found: deployed, self-inspected, the
     * staffing table filed, the summary received, (a county) inspected, scored 100% and reviewed.
     */
    void runUnitToTheEnd(CampaignUnit unit, Map<Integer, Integer> points) {
        deploy(unit);
        selfInspect(unit, List.of());
        if (!driver.open(unit.getProcessInstanceId(), TASK_FILE_STAFFING_TABLE).isEmpty()) {
            fileStaffingTable(unit);
        }
        summarize(unit, points);
        if (!driver.open(unit.getProcessInstanceId(), TASK_INSPECT_COUNTY).isEmpty()) {
            inspectCounty(unit, "2019-04-01");
        }
        openEvaluation(unit);
        score(unit, points, 0);
        reviewScores(unit, approve());
        noAccountability(unit);
    }

    /** The office compiles the results, a leader approves them: the campaign closes. */
    void closeCampaign(String campaignPi) {
        driver.submit(campaignPi, CampaignProcess.TASK_COMPILE_RESULTS, ProcessTestSupport.OFFICE,
                Map.of("resultsNote", "各单位均完成"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_RESULTS, ProcessTestSupport.LEADER, approve());
    }

    void inspectCounty(CampaignUnit unit, String date) {
        driver.submit(unit.getProcessInstanceId(), TASK_INSPECT_COUNTY, ProcessTestSupport.OFFICE,
                Map.of("inspectionDate", date, "findings", "实地检查未发现重大问题"));
    }
}
