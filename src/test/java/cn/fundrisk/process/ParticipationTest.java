package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.identity.Units;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Units do the items that apply to them: 市人社局 takes part by default for items 26, 30 and 31; the
 * 信息中心 writes no unit plan (item 31) and reports no monthly audit (item 6).
 */
class ParticipationTest extends ProcessTestSupport {

    @Autowired Units units;
    @Autowired UnitReports reports;

    private ProcessInstance followUpOf(CampaignUnit unit) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(unit.getId().toString()).singleResult();
    }

    @Test
    void theBureauIsADefaultParticipantAndDoesItsThreeItems() {
        assertThat(units.findByCode("bureau").orElseThrow().isDefaultParticipant()).isTrue();
        ProcessInstance campaignPi = start(request("市人社局", 2019, "bureau"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit bureau = unit(campaignOf(campaignPi), "bureau");
        ProcessInstance unitPi = unitInstance(bureau);

        assertThat(applicablePoints(bureau)).containsOnlyKeys(26, 30, 31);
        scenario.deploy(bureau);
        assertThat(unitPi).hasPassed(TASK_DRAFT_UNIT_PLAN, TASK_APPROVE_UNIT_PLAN).isWaitingAt(TASK_SELF_INSPECT_ITEM);
        assertThat(driver.open(bureau.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM)).hasSize(3);
        assertThat(followUpOf(bureau)).as("item 6 is not the bureau's").hasPassed(UnitFollowUpProcess.END_NO_MONTHLY_AUDIT)
                .isWaitingAt(UnitFollowUpProcess.CATCH_FOLLOW_UP_ENDED);

        scenario.selfInspect(campaignUnits.findById(bureau.getId()).orElseThrow(), List.of());
        assertThat(unitPi).as("item 3 is not the bureau's: no staffing table to file")
                .hasPassed(GATEWAY_STAFFING_FILING_REQUIRED).hasNotPassed(TASK_FILE_STAFFING_TABLE)
                .isWaitingAt(TASK_WRITE_SUMMARY_REPORT);
        assertThat(phase(bureau, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phase(bureau, Phase.DEPLOYMENT).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }

    @Test
    void theInformationCentreWritesNoUnitPlanAndReportsNoMonthlyAudit() {
        ProcessInstance campaignPi = start(request("信息中心", 2019, "xxzx"));
        scenario.approveWorkPlan(campaignPi.getId());
        Campaign campaign = campaignOf(campaignPi);
        CampaignUnit xxzx = unit(campaign, "xxzx");
        ProcessInstance unitPi = unitInstance(xxzx);
        assertThat(applicablePoints(xxzx)).containsOnlyKeys(9, 10, 19, 20, 21, 22, 23, 24, 25);

        driver.submit(xxzx.getProcessInstanceId(), TASK_ACKNOWLEDGE_PLAN, staff("xxzx"),
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        assertThat(unitPi).hasPassed(GATEWAY_UNIT_PLAN_REQUIRED, END_UNIT_PLAN_NOT_REQUIRED)
                .hasNotPassed(TASK_DRAFT_UNIT_PLAN).isWaitingAt(TASK_SELF_INSPECT_ITEM);
        assertThat(driver.open(xxzx.getProcessInstanceId(), TASK_SELF_INSPECT_ITEM)).hasSize(9);
        assertThat(phase(xxzx, Phase.DEPLOYMENT).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(reports.findByCampaignUnitIdAndKindAndPeriod(xxzx.getId(), UnitReport.Kind.UNIT_PLAN, UnitReport.ONCE))
                .isEmpty();

        ProcessInstance followUp = followUpOf(xxzx);
        assertThat(followUp).hasPassed(UnitFollowUpProcess.GATEWAY_MONTHLY_AUDIT_APPLIES,
                UnitFollowUpProcess.END_NO_MONTHLY_AUDIT).isWaitingAt(UnitFollowUpProcess.CATCH_FOLLOW_UP_ENDED);
        assertThat(managementService.createJobQuery().processInstanceId(followUp.getId()).timers().count())
                .as("no monthly timer").isZero();
    }
}
