package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.TASK_SCORE_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignQueries;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Escalation follows the work: a unit that did its part waits on the inspectors, so the evaluation's
 * overdue notice goes to the inspectors (not the unit's head), the campaign API shows the phase
 * overdue on them, the 督办 names them; the office's own work plan, late, goes to the office and then
 * to the leaders, who supervise it, and ends when the plan is approved. Mails are read from the
 * outbox (this context has no SMTP).
 */
class EscalationTargetsTest extends ProcessTestSupport {

    static final String PASSWORD = "pw-escalation";

    @Autowired JdbcTemplate jdbc;
    @Autowired CampaignQueries campaignQueries;

    @BeforeEach
    void people() {
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String[] member : new String[][] { { "et-ldj-head", "unit-ldj-head" }, { "et-ldj-staff", "unit-ldj" },
                { INSPECTOR_1, "inspectors" }, { OFFICE, "office" }, { LEADER, "leaders" } }) {
            identities.group(member[1]);
            identities.user(member[0], member[1]);
        }
    }

    @Test
    void theEvaluationDeadlineReachesTheInspectorsNotTheUnitHead() {
        ProcessInstance campaignPi = start(request("检查组逾期", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        scenario.deploy(ldj);
        ldj = campaignUnits.findById(ldj.getId()).orElseThrow();
        scenario.selfInspect(ldj, List.of());
        scenario.fileStaffingTable(ldj);
        scenario.summarize(ldj, applicablePoints(ldj)); // received by the office: the unit's part is done
        ProcessInstance unitPi = unitInstance(ldj);

        setClock(Instant.parse("2019-10-01T00:00:00Z")); // Tuesday: evaluation due 30 September
        fireDueTimers(unitPi.getId()); // the evaluation opens (county inspections' deadline) ...
        fireDueTimers(unitPi.getId()); // ... and its own deadline has passed
        assertThat(unitPi).isWaitingAt(TASK_SCORE_UNIT);
        ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OverdueEscalationProcess.KEY).superProcessInstanceId(unitPi.getId()).singleResult();

        CampaignView.PhaseState evaluation = campaignQueries.unit(ldj.getId(), new CurrentUser(OFFICE, List.of("office")))
                .phases().stream().filter(p -> p.phase() == Phase.EVALUATION).findFirst().orElseThrow();
        assertThat(evaluation.overdueOn()).isEqualTo("检查组");
        assertThat(evaluation.statusLabel()).isEqualTo("已逾期（待检查组办理「考核评分」）");

        setClock(Instant.parse("2019-10-02T01:30:00Z")); // day 1
        fireDueTimers(escalation.getId());
        List<Map<String, Object>> day1 = mails(ldj, "ESCALATION_HOLDERS");
        assertThat(day1).extracting(m -> m.get("RECIPIENT")).contains(INSPECTOR_1 + "@fundrisk.example")
                .doesNotContain("et-ldj-head@fundrisk.example", "et-ldj-staff@fundrisk.example");
        assertThat(day1.get(0).get("SUBJECT").toString())
                .endsWith("逾期提醒：市劳动就业管理局「检查评估」已逾期，待检查组办理");
        assertThat(day1.get(0).get("TEXT_BODY").toString()).contains("目前待检查组办理「考核评分」", "请检查组尽快办理");
        assertThat(mails(ldj, "ESCALATION_HEAD")).as("the unit did its part: its head is not told").isEmpty();

        setClock(Instant.parse("2019-10-04T01:30:00Z")); // day 3
        fireDueTimers(escalation.getId());
        assertThat(mails(ldj, "ESCALATION_OFFICE")).extracting(m -> m.get("RECIPIENT"))
                .containsExactly(OFFICE + "@fundrisk.example");
        Task supervise = driver.one(escalation.getId(), OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE);
        assertThat(supervise.getName()).isEqualTo("督办：市劳动就业管理局（检查评估逾期，待检查组办理）");
        assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
    }

    @Test
    void theOfficesLateWorkPlanGoesToTheLeadersAndEndsWhenApproved() {
        ProcessInstance campaignPi = start(request("方案逾期", 2019, "ylbx"));
        long campaignId = campaignOf(campaignPi).getId();
        setClock(Instant.parse("2019-04-30T16:30:00Z")); // deployment (and work plan) due 30 April
        fireDueTimers(campaignPi.getId());
        ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OverdueEscalationProcess.KEY).superProcessInstanceId(campaignPi.getId())
                .singleResult();
        assertThat(escalation.getBusinessKey()).isEqualTo(Long.toString(campaignId));

        setClock(Instant.parse("2019-05-02T01:30:00Z")); // day 1: the office, which drafts the plan
        fireDueTimers(escalation.getId());
        setClock(Instant.parse("2019-05-06T01:30:00Z")); // day 3: the leaders
        fireDueTimers(escalation.getId());
        List<Map<String, Object>> mails = jdbc.queryForList("SELECT kind, recipient, subject FROM outbox_message"
                + " WHERE cause_key LIKE ? ORDER BY id", "%|C" + campaignId + "|WORK_PLAN|%");
        assertThat(mails).extracting(m -> m.get("KIND") + " " + m.get("RECIPIENT")).containsExactly(
                "ESCALATION_HOLDERS " + OFFICE + "@fundrisk.example", "ESCALATION_LEADERS " + LEADER + "@fundrisk.example");
        assertThat(mails.get(1).get("SUBJECT").toString())
                .endsWith("逾期督办：《方案逾期》「制定工作方案」已逾期，待领导小组办公室办理");
        Task supervise = driver.one(escalation.getId(), OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE);
        assertThat(taskService.getIdentityLinksForTask(supervise.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("leaders");

        driver.submit(supervise, LEADER, Map.of("superviseMethod", "INTERVIEW", "superviseNote", "已约谈办公室",
                "newTargetDate", "2019-05-10"));
        assertThat(escalation).isWaitingAt(OverdueEscalationProcess.TIMER_HEAD_DAY);
        assertThat(driver.one(campaignPi.getId(), CampaignProcess.TASK_DRAFT_WORK_PLAN).getDueDate().toInstant())
                .isEqualTo(Instant.parse("2019-05-10T15:59:59Z"));
        scenario.approveWorkPlan(campaignPi.getId());
        assertThat(escalation).hasPassed(OverdueEscalationProcess.END_PHASE_COMPLETED_LATE).isEnded();
    }

    private List<Map<String, Object>> mails(CampaignUnit unit, String kind) {
        return jdbc.queryForList("SELECT recipient, subject, text_body FROM outbox_message WHERE campaign_unit_id = ?"
                + " AND kind = ? ORDER BY id", unit.getId(), kind);
    }
}
