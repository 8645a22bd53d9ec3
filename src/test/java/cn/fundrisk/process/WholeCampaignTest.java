package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.inspection.ScoreSheets;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From the start form to the closed campaign with two units, an agency and a county bureau. */
class WholeCampaignTest extends ProcessTestSupport {

    @Autowired ScoreSheets scoreSheets;

    @Test
    void twoUnitsRunToTheClosedCampaignWithRankingAndLockedScores() {
        ProcessInstance campaignPi = start(request("全程", 2019, "ldj,guichi"));
        scenario.approveWorkPlan(campaignPi.getId());
        Campaign campaign = campaignOf(campaignPi);
        CampaignUnit ldj = unit(campaign, "ldj");
        CampaignUnit guichi = unit(campaign, "guichi");
        ProcessInstance ldjPi = unitInstance(ldj);
        ProcessInstance guichiPi = unitInstance(guichi);

        for (CampaignUnit unit : List.of(ldj, guichi)) {
            scenario.deploy(unit);
        }
        ldj = campaignUnits.findById(ldj.getId()).orElseThrow();
        guichi = campaignUnits.findById(guichi.getId()).orElseThrow();
        scenario.selfInspect(ldj, List.of(3));
        scenario.selfInspect(guichi, List.of());
        scenario.rectifyAndFile(ldj);
        scenario.fileStaffingTable(guichi);
        scenario.inspectCounty(guichi, "2019-04-01");
        for (CampaignUnit unit : List.of(ldj, guichi)) {
            scenario.summarize(unit, applicablePoints(unit));
        }
        assertThat(ldjPi).isWaitingAt(UnitCampaignProcess.TIMER_EVALUATION_OPENS);
        for (CampaignUnit unit : List.of(ldj, guichi)) {
            scenario.openEvaluation(unit);
        }
        scenario.score(ldj, applicablePoints(ldj), 3);   // 91 of 92 (98 less items 7, 27, 29, 不计分)
        scenario.score(guichi, applicablePoints(guichi), 0); // 94 of 94
        scenario.reviewScores(ldj, Scenario.approve());
        scenario.reviewScores(guichi, Scenario.approve());
        scenario.noAccountability(ldj);
        scenario.noAccountability(guichi);

        assertThat(ldjPi).isEnded();
        assertThat(guichiPi).isEnded();
        assertThat(campaignPi).hasPassed(CampaignProcess.CALL_UNIT_CAMPAIGNS, CampaignProcess.TASK_RANK_UNITS)
                .isWaitingAt(CampaignProcess.TASK_COMPILE_RESULTS);
        Task compile = driver.one(campaignPi.getId(), CampaignProcess.TASK_COMPILE_RESULTS);
        assertThat((String) taskService.getVariable(compile.getId(), "rankingTable")).contains("贵池区", "市劳动就业管理局")
                .contains("| 市本级经办机构 | 1 | 市劳动就业管理局 | 92 | 92.0 | 91.0 | 98.91% |")
                .contains("| 县区人社局 | 1 | 贵池区人力资源和社会保障局 | 94 | 94.0 | 94.0 | 100.00% |");

        driver.submit(compile, OFFICE, Map.of("resultsNote", "各单位均按期完成"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_APPROVE_RESULTS, LEADER, Scenario.returned("请补充扣分说明"));
        Task recompile = driver.one(campaignPi.getId(), CampaignProcess.TASK_COMPILE_RESULTS);
        assertThat(taskService.getVariable(recompile.getId(), "reviewComment")).isEqualTo("请补充扣分说明");
        driver.submit(recompile, OFFICE, Map.of("resultsNote", "市劳动就业管理局第3项扣1分"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_APPROVE_RESULTS, LEADER, Scenario.approve());

        assertThat(campaignPi).hasPassed(CampaignProcess.TASK_CLOSE_CAMPAIGN, CampaignProcess.END_CAMPAIGN_CLOSED).isEnded();
        Campaign closed = campaigns.findById(campaign.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(Campaign.Status.CLOSED);
        CampaignUnit rankedCounty = campaignUnits.findById(guichi.getId()).orElseThrow();
        CampaignUnit rankedAgency = campaignUnits.findById(ldj.getId()).orElseThrow();
        assertThat(rankedCounty.getRanking()).as("first of the county bureaus").isEqualTo(1);
        assertThat(rankedAgency.getRanking()).as("first of the agencies: ranked like with like").isEqualTo(1);
        assertThat(rankedAgency.getFinalScore()).isEqualByComparingTo(BigDecimal.valueOf(91));
        assertThat(rankedAgency.getScoreRate()).isEqualByComparingTo(new BigDecimal("0.9891"));
        assertThat(scoreSheets.findByCampaignUnitIdIn(List.of(ldj.getId(), guichi.getId())))
                .hasSize(2).allMatch(s -> s.isLocked());
        assertThat(unitPhases.findByCampaignUnitIdIn(List.of(ldj.getId(), guichi.getId())))
                .allMatch(p -> p.getStatus() == UnitPhase.Status.DONE && !p.isLate());
        assertThat(rankedAgency.getAccountabilityConclusion()).isEqualTo("不予问责：按期完成，不予问责");
        for (CampaignUnit unit : List.of(ldj, guichi)) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                    .processInstanceBusinessKey(unit.getId().toString()).count())
                    .as("item 6 carries on after the campaign").isEqualTo(1);
        }
        Long agencyId = ldj.getId();
        assertThatThrownBy(() -> scoreSheets.findByCampaignUnitId(agencyId).orElseThrow()
                .review(false, "改分", INSPECTOR_2, Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resultsDeadlineMarksTheCampaignOverdue() {
        ProcessInstance campaignPi = start(request("结果逾期", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        // the whole unit's work, then the office lets the evaluation deadline pass
        scenario.deploy(ldj);
        ldj = campaignUnits.findById(ldj.getId()).orElseThrow();
        scenario.selfInspect(ldj, List.of());
        scenario.fileStaffingTable(ldj);
        scenario.summarize(ldj, applicablePoints(ldj));
        scenario.openEvaluation(ldj);
        scenario.score(ldj, applicablePoints(ldj), 0);
        scenario.reviewScores(ldj, Scenario.approve());
        scenario.noAccountability(ldj);
        setClock(Instant.parse("2019-10-01T00:00:00Z"));
        fireDueTimers(campaignPi.getId());

        assertThat(campaignPi).hasPassed(CampaignProcess.TASK_RECORD_RESULTS_OVERDUE)
                .isWaitingAt(CampaignProcess.TASK_COMPILE_RESULTS);
        assertThat(campaignOf(campaignPi).getResultsOverdueAt()).isEqualTo(Instant.parse("2019-10-01T00:00:00Z"));
    }
}
