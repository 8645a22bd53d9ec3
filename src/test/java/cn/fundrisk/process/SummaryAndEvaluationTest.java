package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.support.PlaceholdersSettled;
import cn.fundrisk.support.SheetAnswers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 汇总上报 and 检查评估: self-scores and summary report (the head approves, the office receives it),
 * county inspection, and scoring once the evaluation phase has opened, with its second review and the
 * office's accountability round.
 */
class SummaryAndEvaluationTest extends ProcessTestSupport {

    @Autowired ScoreSheets scoreSheets;
    @Autowired UnitReports reports;

    private CampaignUnit selfInspected(String code) {
        return selfInspected("评估", code, List.of());
    }

    @Test
    void selfScoresOutsideTheItemsPointsAreRejectedAndNothingIsSaved() {
        CampaignUnit ldj = selfInspected("ldj");
        Map<Integer, Integer> points = applicablePoints(ldj);
        Task task = driver.one(ldj.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        Map<Integer, Map<String, Object>> shown = SheetAnswers.shown(driver, task);
        assertThat(shown).as("item 28 is not an agency's").doesNotContainKey(28);
        assertThat(shown.get(1)).containsEntry("points", 6).containsEntry("scored", true);
        assertThat(shown.get(7)).as("a placeholder the office marked 不计分 is shown, not scored")
                .containsEntry("scored", false).containsEntry("notScoredReason", PlaceholdersSettled.REASON);
        Map<String, Object> values = new HashMap<>();
        values.put("reportText", "总结");
        Map<Integer, Object> scores = new HashMap<>(points);

        scores.put(1, 7);
        values.putAll(SheetAnswers.selfScores(driver, task, scores));
        assertThatThrownBy(() -> driver.submit(task, staff("ldj"), values)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("第1项自评分须在 0 至 6 分之间");
        scores.put(1, "六");
        values.putAll(SheetAnswers.selfScores(driver, task, scores));
        assertThatThrownBy(() -> driver.submit(task, staff("ldj"), values)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("必须是数字");
        scores.put(1, -1);
        values.putAll(SheetAnswers.selfScores(driver, task, scores));
        assertThatThrownBy(() -> driver.submit(task, staff("ldj"), values)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("须在 0 至 6 分之间");
        values.put(FormKeys.selfScore(1), "");
        assertThatThrownBy(() -> driver.submit(task, staff("ldj"), values)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("请填写第1项自评分");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(assessments.findByCampaignUnitIdOrderByItemNo(ldj.getId())).allMatch(a -> a.getSelfScore() == null);
    }

    @Test
    void returnedSummaryReportComesBackWithTheCommentAndItsScores() {
        CampaignUnit ldj = selfInspected("ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        Map<Integer, Integer> points = applicablePoints(ldj);
        scenario.writeSummary(ldj, points);
        assertThatThrownBy(() -> scenario.approveSummaryAs(ldj, staff("ldj"), Scenario.approve()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不能审核本人提交的总结报告");
        scenario.approveSummaryAs(ldj, head("ldj"), Scenario.returned("第13项自评偏高"));

        Task again = driver.one(ldj.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("第13项自评偏高");
        assertThat(SheetAnswers.shown(driver, again).get(13)).as("the returned report keeps its self-scores")
                .containsEntry(ItemSheetForm.SELF_SCORE, 4.0);
        assertThat(taskService.getVariable(again.getId(), "reportText")).isEqualTo("总结报告正文");
        points.put(13, 3);
        scenario.summarize(ldj, points);

        assertThat(timesPassed(unitPi, TASK_WRITE_SUMMARY_REPORT)).isEqualTo(2);
        assertThat(unitPi).isWaitingAt(TIMER_EVALUATION_OPENS);
        assertThat(campaignUnits.findById(ldj.getId()).orElseThrow().getSelfScoreTotal())
                .isEqualByComparingTo(BigDecimal.valueOf(91));
    }

    @Test
    void agencyIsScoredByOneInspectorAndReviewedByAnother() {
        CampaignUnit ldj = selfInspected("ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        Map<Integer, Integer> points = applicablePoints(ldj);
        scenario.fileStaffingTable(ldj);
        scenario.summarize(ldj, points);
        scenario.openEvaluation(ldj);

        assertThat(unitPi).hasPassed(TASK_APPROVE_SUMMARY_REPORT, TASK_RECEIVE_SUMMARY_REPORT, TIMER_EVALUATION_OPENS)
                .hasNotPassed(TASK_INSPECT_COUNTY).isWaitingAt(TASK_SCORE_UNIT);
        assertThat(campaignUnits.findById(ldj.getId()).orElseThrow().getSelfScoreTotal())
                .as("98 points of an agency less items 7, 27, 29 (不计分)").isEqualByComparingTo(BigDecimal.valueOf(92));
        assertThat(phase(ldj, Phase.SUMMARY).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        Task score = driver.one(ldj.getProcessInstanceId(), TASK_SCORE_UNIT);
        assertThat(taskService.getIdentityLinksForTask(score.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("inspectors");

        Map<Integer, Integer> deducted = new HashMap<>(points);
        deducted.put(5, points.get(5) - 1);
        Map<String, Object> noReason = SheetAnswers.scores(driver, score, deducted, Map.of());
        assertThatThrownBy(() -> driver.submit(score, INSPECTOR_1, noReason))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("第5项有扣分，请填写扣分原因");

        scenario.score(ldj, points, 5);
        assertThatThrownBy(() -> driver.submit(ldj.getProcessInstanceId(), TASK_REVIEW_SCORE_SHEET, INSPECTOR_1,
                Scenario.approve())).isInstanceOf(InputRejectedException.class).hasMessageContaining("评分人不能复核本人的评分表");
        scenario.reviewScores(ldj, Scenario.returned("第5项扣分依据不足"));
        Task rescore = driver.one(ldj.getProcessInstanceId(), TASK_SCORE_UNIT);
        assertThat(taskService.getVariable(rescore.getId(), "reviewComment")).isEqualTo("第5项扣分依据不足");

        scenario.score(ldj, points, 5);
        scenario.reviewScores(ldj, Scenario.approve());
        assertThat(unitPi).hasPassed(TASK_REVIEW_SCORE_SHEET).isWaitingAt(TASK_DECIDE_ACCOUNTABILITY);
        scenario.noAccountability(ldj);

        assertThat(unitPi).hasPassed(TASK_DECIDE_ACCOUNTABILITY, GATEWAY_UNIT_JOIN).isEnded();
        assertThat(timesPassed(unitPi, TASK_SCORE_UNIT)).isEqualTo(2);
        CampaignUnit scored = campaignUnits.findById(ldj.getId()).orElseThrow();
        assertThat(scored.getFinalScore()).isEqualByComparingTo(BigDecimal.valueOf(91));
        assertThat(scoreSheets.findByCampaignUnitId(ldj.getId()).orElseThrow().getReviewedBy()).isEqualTo(INSPECTOR_2);
        assertThat(phase(ldj, Phase.EVALUATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }

    @Test
    void scoringOpensWithTheEvaluationPhaseNotAsSoonAsTheSummaryIsReceived() {
        CampaignUnit ldj = selfInspected("ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        scenario.summarize(ldj, applicablePoints(ldj));

        assertThat(unitPi).hasPassed(END_SUMMARY_RECEIVED).isWaitingAt(TIMER_EVALUATION_OPENS);
        assertThat(driver.open(ldj.getProcessInstanceId(), TASK_SCORE_UNIT)).isEmpty();
        assertThat(phase(ldj, Phase.SUMMARY).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phase(ldj, Phase.EVALUATION).getStatus()).isEqualTo(UnitPhase.Status.PENDING);
        var opens = managementService.createJobQuery().processInstanceId(ldj.getProcessInstanceId())
                .activityId(TIMER_EVALUATION_OPENS).singleResult();
        assertThat(opens.getDuedate().toInstant()).as("the county-inspection deadline, 31 July")
                .isEqualTo(Instant.parse("2019-07-31T15:59:59Z"));

        setClock(Instant.parse("2019-07-31T16:00:00Z"));
        fireDueTimers(ldj.getProcessInstanceId());
        assertThat(unitPi).isWaitingAt(TASK_SCORE_UNIT);
        assertThat(phase(ldj, Phase.EVALUATION).getStartedAt()).isEqualTo(Instant.parse("2019-07-31T16:00:00Z"));
    }

    @Test
    void theOfficeReturnsTheSummaryReportWithItsReasonThenReceivesIt() {
        CampaignUnit ldj = selfInspected("ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        Map<Integer, Integer> points = applicablePoints(ldj);
        scenario.writeSummary(ldj, points);
        scenario.approveSummary(ldj);

        Task receipt = driver.one(ldj.getProcessInstanceId(), TASK_RECEIVE_SUMMARY_REPORT);
        assertThat(receipt.getName()).isEqualTo("签收总结报告：市劳动就业管理局");
        assertThat(taskService.getIdentityLinksForTask(receipt.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
        assertThat((String) taskService.getVariable(receipt.getId(), "reviewContent"))
                .contains("总结报告正文", "### 整改情况（报送时）", "自查未发现问题");
        assertThat(phase(ldj, Phase.SUMMARY).getStatus()).as("the office's receipt ends the phase")
                .isEqualTo(UnitPhase.Status.ACTIVE);
        assertThatThrownBy(() -> driver.submit(receipt, OFFICE, Map.of(TaskForm.DECISION, TaskForm.RETURN)))
                .isInstanceOf(InputRejectedException.class).hasMessage("退回时请填写审核说明，告知需要修改的内容");
        driver.submit(receipt, OFFICE, Scenario.returned("请补充第19项推进情况"));

        assertThat(unitPi).hasPassed(GATEWAY_SUMMARY_RECEIVED).isWaitingAt(TASK_WRITE_SUMMARY_REPORT);
        Task again = driver.one(ldj.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("领导小组办公室退回：请补充第19项推进情况");
        scenario.summarize(ldj, points);

        assertThat(unitPi).hasPassed(END_SUMMARY_RECEIVED).isWaitingAt(TIMER_EVALUATION_OPENS);
        assertThat(timesPassed(unitPi, TASK_RECEIVE_SUMMARY_REPORT)).isEqualTo(2);
        UnitReport summary = reports.once(ldj.getId(), UnitReport.Kind.SUMMARY);
        assertThat(summary.isReceived()).isTrue();
        assertThat(summary.getReceivedBy()).isEqualTo(OFFICE);
        assertThat(phase(ldj, Phase.SUMMARY).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }

    @Test
    void beforeTheRectificationDeadlineTheSummaryNeedsEveryProblemClosedOff() {
        CampaignUnit ldj = selfInspectedWithProblem();
        Map<Integer, Integer> points = applicablePoints(ldj);
        Task write = driver.one(ldj.getProcessInstanceId(), TASK_WRITE_SUMMARY_REPORT);
        assertThat((String) taskService.getVariable(write.getId(), "rectificationStatus"))
                .contains("共发现问题 1 个：已销号 0 个", "| 14 | 第14项的问题 | 中 | 2019-06-30 | 待整改 |");

        assertThatThrownBy(() -> scenario.writeSummary(ldj, points)).isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith("问题整改截止（2019-06-30 23:59）前报送总结报告，须全部问题已整改销号；尚有 1 个问题未销号（第14项：待整改）");
        assertThat(reports.once(ldj.getId(), UnitReport.Kind.SUMMARY).getStatus()).isEqualTo(ReviewStatus.DRAFT);

        scenario.rectifyAll(ldj);
        scenario.writeSummary(ldj, points);
        UnitReport summary = reports.once(ldj.getId(), UnitReport.Kind.SUMMARY);
        assertThat(summary.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(summary.getRectificationStatus()).startsWith("截至 2019-04-01 09:00，共发现问题 1 个：已销号 1 个");
    }

    @Test
    void afterTheRectificationDeadlineTheSummaryGoesWithTheProblemsStillOpen() {
        CampaignUnit ldj = selfInspectedWithProblem();
        setClock(Instant.parse("2019-07-02T02:00:00Z"));
        scenario.writeSummary(ldj, applicablePoints(ldj));

        UnitReport summary = reports.once(ldj.getId(), UnitReport.Kind.SUMMARY);
        assertThat(summary.getRectificationStatus()).contains("截至 2019-07-02 10:00，共发现问题 1 个：已销号 0 个",
                "整改中 1 个", "| 14 | 第14项的问题 | 中 | 2019-06-30 | 待整改 |");
        Task approve = driver.one(ldj.getProcessInstanceId(), TASK_APPROVE_SUMMARY_REPORT);
        assertThat((String) taskService.getVariable(approve.getId(), "reviewContent"))
                .contains("### 整改情况（报送时）", "整改中 1 个");
    }

    private CampaignUnit selfInspectedWithProblem() {
        return selfInspected("整改后汇总", "ldj", List.of(14));
    }

    @Test
    void countyUnitIsInspectedByTheOfficeAndItsDeadlineEscalates() {
        CampaignUnit guichi = selfInspected("guichi");
        ProcessInstance unitPi = unitInstance(guichi);
        assertThat(unitPi).isWaitingAt(TASK_INSPECT_COUNTY, TASK_WRITE_SUMMARY_REPORT, TASK_FILE_STAFFING_TABLE);
        Task inspect = driver.one(guichi.getProcessInstanceId(), TASK_INSPECT_COUNTY);
        assertThat(taskService.getIdentityLinksForTask(inspect.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");

        setClock(Instant.parse("2019-08-01T00:00:00Z"));
        fireDueTimers(unitPi.getId());
        assertThat(unitPi).hasPassed(TASK_RECORD_COUNTY_INSPECTION_OVERDUE, END_COUNTY_INSPECTION_OVERDUE,
                TASK_RECORD_SUMMARY_OVERDUE).isWaitingAt(TASK_INSPECT_COUNTY, TASK_WRITE_SUMMARY_REPORT);
        assertThat(phase(guichi, Phase.COUNTY_INSPECTION).getOverdueAt()).isNotNull();
        assertThat(phase(guichi, Phase.SUMMARY).getOverdueAt()).isNotNull();

        scenario.inspectCounty(guichi, "2019-07-31");
        assertThat(phase(guichi, Phase.COUNTY_INSPECTION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phase(guichi, Phase.COUNTY_INSPECTION).isLate()).isTrue();
        assertThat(unitPi).hasPassed(GATEWAY_COUNTY_JOIN).isWaitingAt(TASK_WRITE_SUMMARY_REPORT);
    }

    @Test
    void evaluationDeadlineMarksTheScoringOverdue() {
        CampaignUnit ldj = selfInspected("ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        scenario.summarize(ldj, applicablePoints(ldj));
        scenario.openEvaluation(ldj);
        setClock(Instant.parse("2019-10-01T00:00:00Z"));
        fireDueTimers(unitPi.getId());

        assertThat(unitPi).hasPassed(TASK_RECORD_EVALUATION_OVERDUE, END_EVALUATION_OVERDUE).isWaitingAt(TASK_SCORE_UNIT);
        assertThat(phase(ldj, Phase.EVALUATION).getOverdueAt()).isEqualTo(Instant.parse("2019-10-01T00:00:00Z"));
    }
}
