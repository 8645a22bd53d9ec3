package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.OutboxSenderProcess;
import cn.fundrisk.process.OverdueEscalationProcess;
import cn.fundrisk.process.ReminderProcess;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.CampaignProcess;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * History is bounded: Camunda's cleanup runs every night in its window (01:00–05:00 Asia/Shanghai)
 * and removes the outbox sender's runs after a day and the digest's after 7 days, while a
 * campaign's history (an ended escalation here) is kept for 10 years.
 */
class HistoryCleanupTest extends ReminderTestSupport {

    static final Instant T0 = Instant.parse("2019-06-10T01:00:00Z");

    @Test
    void senderAndDigestRunsGoAfterTheirTimeToLiveCampaignHistoryStays() {
        Job nightly = historyService.findHistoryCleanupJobs().get(0);
        LocalTime at = nightly.getDuedate().toInstant().atZone(Clock.ZONE).toLocalTime();
        assertThat(at).as("the nightly window, Asia/Shanghai").isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));

        people("hc-qingyang-staff", "unit-qingyang", "hc-qingyang-head", "unit-qingyang-head");
        ProcessInstance escalation = endedEscalation();
        setClock(T0);
        long historyBefore = historyRows();
        runSenderJob();
        System.out.println("history rows written by one outbox sender run (nothing to send): "
                + (historyRows() - historyBefore));
        runDigestJob();

        Instant sent = senderRuns().stream().map(h -> h.getRemovalTime().toInstant()).max(Instant::compareTo)
                .orElseThrow();
        assertThat(Duration.between(T0, sent)).as("the sender's runs: one day").isLessThanOrEqualTo(Duration.ofDays(1)
                .plusMinutes(1));
        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(escalation.getId()).singleResult();
        assertThat(ended.getRemovalTime()).as("a campaign's history goes with its campaign, not before").isNull();
        HistoricProcessInstance campaign = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(ended.getRootProcessInstanceId()).singleResult();
        assertThat(campaign.getProcessDefinitionKey()).isEqualTo(CampaignProcess.KEY);
        assertThat(processEngine.getRepositoryService().getProcessDefinition(campaign.getProcessDefinitionId()).getHistoryTimeToLive())
                .as("and the campaign's is kept 10 years after it ends").isEqualTo(3650);

        setClock(T0.plus(Duration.ofDays(8)));
        managementService.executeJob(historyService.cleanUpHistoryAsync(true).getId());
        assertThat(senderRuns()).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ReminderProcess.KEY)
                .finished().startedBefore(java.util.Date.from(T0.plus(Duration.ofDays(1)))).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(escalation.getId()).count())
                .isEqualTo(1);
    }

    private java.util.List<HistoricProcessInstance> senderRuns() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(OutboxSenderProcess.KEY)
                .finished().startedBefore(java.util.Date.from(T0.plus(Duration.ofDays(1)))).list();
    }

    /** A unit's deployment overdue and done before day 1: its escalation ends at once. */
    private ProcessInstance endedEscalation() {
        setClock(START_OF_2019_CAMPAIGN);
        ProcessInstance campaignPi = start(request("历史清理", 2019, "qingyang"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "方案"));
        driver.submit(campaignPi.getId(), CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        var unit = unit(campaignOf(campaignPi), "qingyang");
        setClock(Instant.parse("2019-04-30T16:30:00Z"));
        fireDueTimers(unit.getProcessInstanceId());
        ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OverdueEscalationProcess.KEY).processInstanceBusinessKey(unit.getId().toString())
                .singleResult();
        String pi = unit.getProcessInstanceId();
        driver.submit(pi, cn.fundrisk.process.UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, "hc-qingyang-staff",
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, cn.fundrisk.process.UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, "hc-qingyang-staff",
                Map.of(cn.fundrisk.process.FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, cn.fundrisk.process.UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, "hc-qingyang-head",
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation.getId()).count()).isZero();
        return escalation;
    }

    private long historyRows() {
        long rows = 0;
        for (String table : new String[] { "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_JOB_LOG", "ACT_HI_VARINST",
                "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT" }) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }
        return rows;
    }
}
