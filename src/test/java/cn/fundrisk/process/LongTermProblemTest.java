package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.followup.FollowUps;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A problem due after the campaign (item 19, 12月底前) is rectified in the unit's follow-up: it holds
 * neither the unit's process nor the campaign's close, and the office can end the follow-up only once
 * it is closed off.
 */
class LongTermProblemTest extends ProcessTestSupport {

    @Autowired Problems problems;
    @Autowired UnitReports reports;
    @Autowired FollowUps followUps;

    @Test
    void aProblemOnItem19GoesToTheFollowUpAndTheCampaignClosesWithoutIt() {
        CampaignUnit ldj = selfInspected("长期整改", "ldj", List.of(19));
        Campaign campaign = campaigns.findById(ldj.getCampaignId()).orElseThrow();
        String campaignPi = campaign.getProcessInstanceId();
        ProcessInstance unitPi = unitInstance(ldj);

        Problem problem = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId()).get(0);
        assertThat(problem.getDueAt()).isEqualTo(Instant.parse("2019-12-31T15:59:59Z"));
        assertThat(problem.getHandedOverAt()).isNotNull();
        assertThat(unitPi).hasPassed(TASK_HAND_OVER_LONG_TERM_PROBLEMS, GATEWAY_PROBLEMS_FOUND).hasNotPassed(TASK_RECTIFY_PROBLEM);
        List<Task> longTerm = driver.openInFollowUp(ldj.getId(), TASK_RECTIFY_PROBLEM);
        assertThat(longTerm).hasSize(1);
        assertThat(longTerm.get(0).getDueDate()).isEqualTo(Date.from(problem.getDueAt()));

        scenario.fileStaffingTable(ldj);
        assertThatThrownBy(() -> scenario.writeSummary(ldj, applicablePoints(ldj)))
                .as("before 30 June every problem must be closed off, a long-term one too")
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("第19项：待整改");
        setClock(Instant.parse("2019-07-01T01:00:00Z"));
        scenario.summarize(ldj, applicablePoints(ldj));
        assertThat(reports.once(ldj.getId(), UnitReport.Kind.SUMMARY).getRectificationStatus())
                .contains("（其中转入长期跟踪 1 个）", "待整改（长期跟踪）");
        scenario.openEvaluation(ldj);
        scenario.score(ldj, applicablePoints(ldj), 19);
        scenario.reviewScores(ldj, Scenario.approve());
        scenario.noAccountability(ldj);
        assertThat(unitPi).as("not held by the item-19 problem").isEnded();
        scenario.closeCampaign(campaignPi);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(campaignPi).count()).isZero();

        assertThatThrownBy(() -> followUps.end(campaign.getId(), null, OFFICE, null))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("尚有 1 个转入长期跟踪的问题未销号，不能结束跟踪：市劳动就业管理局第19项");

        setClock(Instant.parse("2019-12-20T02:00:00Z"));
        driver.submit(driver.openInFollowUp(ldj.getId(), TASK_RECTIFY_PROBLEM).get(0), staff("ldj"),
                java.util.Map.of("outcome", "RECTIFIED", "actionTaken", "财务业务一体化系统上线", "completedOn", "2019-12-18"));
        driver.submit(driver.openInFollowUp(ldj.getId(), TASK_VERIFY_RECTIFICATION).get(0), head("ldj"), Scenario.approve());
        driver.submit(driver.openInFollowUp(ldj.getId(), TASK_CLOSE_OFF_PROBLEM).get(0), OFFICE, Scenario.approve());
        ProcessInstance followUp = runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(ldj.getId().toString()).singleResult();
        assertThat(followUp).hasPassed(UnitFollowUpProcess.END_LONG_TERM_PROBLEM_CLOSED_OFF);
        Problem closed = problems.findById(problem.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
        assertThat(closed.isLate()).isFalse();

        assertThat(followUps.end(campaign.getId(), null, OFFICE, null)).isEqualTo(1);
        assertThat(followUp).isEnded();
    }
}
