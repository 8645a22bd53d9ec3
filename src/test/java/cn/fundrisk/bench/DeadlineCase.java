package cn.fundrisk.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * B5: the deployment deadline passes for every unit of a campaign at once: the engine clock moves
 * past it, the job executor fires the units' timers, each records the phase overdue and escalates to
 * the campaign. Measures the time until every escalation is recorded (the campaign's
 * EndEvent_UnitOverdueNoted passed once per unit, and the phase marked overdue in our table).
 */
final class DeadlineCase {

    record Outcome(int units, double seconds, long escalations, long overdueRows, long failedJobs, long incidents) {

        double jobsPerSecond() {
            return units / seconds;
        }
    }

    private final BenchWorld world;
    private final ProcessEngineConfiguration configuration;

    DeadlineCase(BenchWorld world, ProcessEngineConfiguration configuration) {
        this.world = world;
        this.configuration = configuration;
    }

    Outcome run(BenchWorld.Launched campaign, int units, int deploymentDays) {
        Date past = Date.from(LocalDate.now().plusDays(deploymentDays).atTime(LocalTime.of(23, 59, 59))
                .atZone(Clock.ZONE).toInstant().plusSeconds(3600));
        long incidentsBefore = world.runtimeService.createIncidentQuery().count();
        try {
            double seconds = world.moveClockAndAwait(configuration, past, 50,
                    () -> escalations(campaign.processInstanceId()) >= units && overdueRows(campaign.campaignId()) >= units);
            return new Outcome(units, seconds, escalations(campaign.processInstanceId()), overdueRows(campaign.campaignId()),
                    world.managementService.createJobQuery().noRetriesLeft().count(),
                    world.runtimeService.createIncidentQuery().count() - incidentsBefore);
        } finally {
            ClockUtil.reset();
        }
    }

    private long escalations(String campaignPi) {
        return world.jdbc.queryForObject("select count(*) from act_hi_actinst where proc_inst_id_ = ? "
                + "and act_id_ = 'EndEvent_UnitOverdueNoted'", Long.class, campaignPi);
    }

    private long overdueRows(Long campaignId) {
        return world.jdbc.queryForObject("select count(*) from unit_phase up join campaign_unit cu "
                + "on cu.id = up.campaign_unit_id where cu.campaign_id = ? and up.phase = 'DEPLOYMENT' "
                + "and up.overdue_at is not null", Long.class, campaignId);
    }
}
