package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.support.SheetAnswers;
import org.camunda.bpm.engine.task.Task;

/** Steps of a campaign as users do them, through the form path, for process tests. */
final class Scenario {

    private final TaskDriver driver;

    Scenario(TaskDriver driver) {
        this.driver = driver;
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
        Map<String, Object> entry = new HashMap<>();
        entry.put("description", "第" + itemNo + "项的问题");
        entry.put("measure", "整改措施");
        entry.put("responsiblePerson", "责任人");
        entry.put("plannedDate", plannedDate);
        return Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(entry)));
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

    void rectifyAll(CampaignUnit unit) {
        String code = unit.getUnit().getCode();
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_RECTIFY_PROBLEM)) {
            driver.submit(task, ProcessTestSupport.staff(code), Map.of("outcome", "RECTIFIED", "actionTaken", "已整改"));
        }
        for (Task task : driver.open(unit.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION)) {
            driver.submit(task, ProcessTestSupport.head(code), approve());
        }
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

    void inspectCounty(CampaignUnit unit, String date) {
        driver.submit(unit.getProcessInstanceId(), TASK_INSPECT_COUNTY, ProcessTestSupport.OFFICE,
                Map.of("inspectionDate", date, "findings", "实地检查未发现重大问题"));
    }
}
