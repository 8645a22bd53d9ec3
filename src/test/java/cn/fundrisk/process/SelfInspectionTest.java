package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 问题排查: one task per applicable item, the report, the unit head's review; problems lead to rectification. */
class SelfInspectionTest extends ProcessTestSupport {

    @Autowired Problems problems;

    private CampaignUnit deployed(String codes, String code) {
        ProcessInstance campaignPi = start(request("自查", 2019, codes));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit unit = unit(campaignOf(campaignPi), code);
        scenario.deploy(unit);
        return campaignUnits.findById(unit.getId()).orElseThrow();
    }

    private Task itemTask(CampaignUnit unit, int itemNo) {
        return driver.open(unit.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM).stream()
                .filter(t -> ((Number) driver.variable(t, VAR_ITEM_NO)).intValue() == itemNo).findFirst().orElseThrow();
    }

    @Test
    void allCompliantSkipsProblemsButTheRectificationPhaseAwaitsTheStaffingFiling() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        Task item = itemTask(ldj, 1);
        assertThat(item.getName()).startsWith("第1项自查：");
        assertThat(item.getDueDate()).isEqualTo(Date.from(Instant.parse("2019-05-31T15:59:59Z")));
        assertThat(taskService.getVariable(item.getId(), "taskText")).asString().startsWith("完善社会保险基金管理风险内部控制制度");
        assertThat(taskService.getVariable(item.getId(), "evidenceUrl")).asString().startsWith("/evidence/assessment/");

        scenario.selfInspect(ldj, List.of());

        assertThat(unitPi).hasPassed(TASK_REVIEW_SELF_INSPECTION, TASK_HAND_OVER_LONG_TERM_PROBLEMS,
                GATEWAY_PROBLEMS_FOUND, GATEWAY_RECTIFICATION_JOIN, GATEWAY_COUNTY_JOIN)
                .isWaitingAt(TASK_FILE_STAFFING_TABLE, TASK_WRITE_SUMMARY_REPORT);
        assertThat(unitPi).hasNotPassed(TASK_RECTIFY_PROBLEM, TASK_INSPECT_COUNTY);
        assertThat(phase(ldj, Phase.SELF_INSPECTION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phase(ldj, Phase.RECTIFICATION).getStatus()).as("item 3: the staffing table is filed in it")
                .isEqualTo(UnitPhase.Status.ACTIVE);
        assertThat(phase(ldj, Phase.SUMMARY).getStatus()).isEqualTo(UnitPhase.Status.ACTIVE);

        scenario.fileStaffingTable(ldj);
        assertThat(unitPi).hasPassed(TASK_RECEIVE_STAFFING_FILING, GATEWAY_RECTIFICATION_PARALLEL_JOIN)
                .isWaitingAt(TASK_WRITE_SUMMARY_REPORT);
        assertThat(phase(ldj, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(ldj.getId()))
                .allMatch(a -> a.getResult() == ItemAssessment.Result.COMPLIANT);
    }

    @Test
    void problemsFoundOpenOneRectificationTaskEachDueByTheItemDeadlineOrTheEarlierPlanAndLongTermOnesGoToTheFollowUp() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        for (Task task : driver.open(ldj.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM)) {
            int itemNo = ((Number) driver.variable(task, VAR_ITEM_NO)).intValue();
            String planned = itemNo == 14 ? "2019-06-15" : null;
            driver.submit(task, staff("ldj"), Scenario.itemResult(itemNo, List.of(3, 14, 19).contains(itemNo), planned));
        }
        scenario.writeSelfInspectionReport(ldj);
        scenario.reviewSelfInspection(ldj, Scenario.approve());

        assertThat(unitPi).isWaitingAt(TASK_RECTIFY_PROBLEM, TASK_WRITE_SUMMARY_REPORT);
        List<Problem> found = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId());
        assertThat(found).extracting(Problem::getItemNo).containsExactly(3, 14, 19);
        assertThat(found).extracting(Problem::getDueAt).containsExactly(Instant.parse("2019-06-30T15:59:59Z"),
                Instant.parse("2019-06-15T15:59:59Z"), Instant.parse("2019-12-31T15:59:59Z"));
        assertThat(found).extracting(Problem::getCause).containsOnly("制度不健全");
        assertThat(found).extracting(Problem::getRiskLevel).containsOnly(Problem.RiskLevel.MEDIUM);
        assertThat(found).extracting(Problem::getResponsibleLeader).containsOnly("分管领导");
        List<Task> rectify = driver.open(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(rectify).as("item 19 (12月底前) is due after the campaign: rectified in the follow-up").hasSize(2);
        assertThat(rectify).extracting(Task::getDueDate).containsExactlyInAnyOrder(
                Date.from(Instant.parse("2019-06-30T15:59:59Z")), Date.from(Instant.parse("2019-06-15T15:59:59Z")));
        assertThat(found.get(2).getHandedOverAt()).isNotNull();
        Task longTerm = taskService.createTaskQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(ldj.getId().toString()).taskDefinitionKey(TASK_RECTIFY_PROBLEM).singleResult();
        assertThat(longTerm.getDueDate()).isEqualTo(Date.from(Instant.parse("2019-12-31T15:59:59Z")));
        assertThat(longTerm.getName()).startsWith("整改第19项问题");
    }

    @Test
    void headReturnsChosenItemsWhichComeBackWithTheCommentThenApproves() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        scenario.inspectItems(ldj, List.of(), null);
        scenario.writeSelfInspectionReport(ldj);
        scenario.reviewSelfInspection(ldj, Map.of(TaskForm.DECISION, TaskForm.RETURN,
                TaskForm.COMMENT, "第3、5项说明不充分", "returnedItems", "3，5"));

        List<Task> again = driver.open(ldj.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM);
        assertThat(again).hasSize(2);
        assertThat(again).extracting(t -> ((Number) driver.variable(t, VAR_ITEM_NO)).intValue()).containsExactlyInAnyOrder(3, 5);
        assertThat(taskService.getVariable(again.get(0).getId(), "reviewComment")).isEqualTo("第3、5项说明不充分");
        assertThat(taskService.getVariable(again.get(0).getId(), "result")).isEqualTo("COMPLIANT");

        scenario.inspectItems(ldj, List.of(5), null);
        Task report = driver.one(ldj.getProcessInstanceId(), TASK_WRITE_SELF_INSPECTION_REPORT);
        assertThat(taskService.getVariable(report.getId(), "reportText")).isEqualTo("自查报告正文");
        scenario.writeSelfInspectionReport(ldj);
        scenario.reviewSelfInspection(ldj, Scenario.approve());

        assertThat(timesPassed(unitPi, TASK_REVIEW_SELF_INSPECTION)).isEqualTo(2);
        assertThat(unitPi).isWaitingAt(TASK_RECTIFY_PROBLEM, TASK_FILE_STAFFING_TABLE, TASK_WRITE_SUMMARY_REPORT);
        assertThat(problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId())).extracting(Problem::getItemNo)
                .containsExactly(5);
    }

    @Test
    void badItemInputIsRejectedAndTheTaskStaysOpen() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        Task item = itemTask(ldj, 1);

        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("note", "未选结果")))
                .isInstanceOf(InputRejectedException.class).hasMessage("请选择自查结果");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("result", "PROBLEM")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("请至少填写一个问题");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"),
                Map.of("result", "PROBLEM", "problems", JsonFormValues.json(List.of(Map.of("description", "缺原因"))))))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写第1个问题的原因分析");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("result", "PROBLEM", "problems",
                JsonFormValues.json(List.of(Map.of("description", "缺等级", "cause", "制度缺失"))))))
                .isInstanceOf(InputRejectedException.class).hasMessage("请选择第1个问题的风险等级（高、中、低）");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("result", "PROBLEM", "problems",
                JsonFormValues.json(List.of(Map.of("description", "等级错", "cause", "制度缺失", "riskLevel", "极高"))))))
                .isInstanceOf(InputRejectedException.class).hasMessage("第1个问题的风险等级的取值无效：极高（应为 高、中 或 低）");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("result", "PROBLEM", "problems",
                JsonFormValues.json(List.of(Map.of("description", "缺措施", "cause", "制度缺失", "riskLevel", "HIGH"))))))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写第1个问题的整改措施");
        assertThatThrownBy(() -> driver.submit(item, staff("ldj"), Map.of("result", "COMPLIANT", "note", "长".repeat(5001))))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("自查说明过长");

        assertThat(taskService.createTaskQuery().taskId(item.getId()).count()).isEqualTo(1);
        assertThat(assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), 1).orElseThrow().getResult()).isNull();
        assertThat(problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId())).isEmpty();
    }

    @Test
    void headWhoFilledItemsCannotApproveThem() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        Task first = itemTask(ldj, 1);
        driver.submit(first, head("ldj"), Scenario.itemResult(1, false, null));
        scenario.inspectItems(ldj, List.of(), null);
        scenario.writeSelfInspectionReport(ldj);

        assertThatThrownBy(() -> scenario.reviewSelfInspection(ldj, Scenario.approve()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不能审核本人的工作");
    }

    @Test
    void deadlinePassingMarksTheUnitOverdueAndLateWorkIsRecordedLate() {
        CampaignUnit ldj = deployed("ldj", "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        setClock(Instant.parse("2019-06-01T00:00:00Z"));
        fireDueTimers(unitPi.getId());

        assertThat(unitPi).hasPassed(TASK_RECORD_SELF_INSPECTION_OVERDUE, END_SELF_INSPECTION_OVERDUE)
                .isWaitingAt(TASK_SELF_INSPECT_ITEM);
        assertThat(phase(ldj, Phase.SELF_INSPECTION).getOverdueAt()).isNotNull();
        assertThat(driver.open(ldj.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM)).as("30 less 7, 27, 29 (不计分)").hasSize(27);

        scenario.selfInspect(ldj, List.of());
        UnitPhase selfInspection = phase(ldj, Phase.SELF_INSPECTION);
        assertThat(selfInspection.getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(selfInspection.isLate()).isTrue();
    }
}
