package cn.fundrisk.bench;

import static cn.fundrisk.process.OverdueEscalationProcess.TASK_NOTIFY_OFFICE;
import static cn.fundrisk.process.OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE;

import java.util.Date;
import java.util.Locale;

import cn.fundrisk.process.Clock;
import cn.fundrisk.reminder.ReminderSchedule;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * B5 outbox: after B5's deadline, the clock moves past the office's escalation day: for every unit
 * the escalation's day-1 and day-3 timers fire, the office's e-mail is written to the outbox and its
 * 督办 task created. Measures the time until all are there.
 */
final class EscalationMailCase {

    private final BenchWorld world;
    private final ProcessEngineConfiguration configuration;
    private final ReminderSchedule schedule;

    EscalationMailCase(BenchWorld world, ProcessEngineConfiguration configuration, ReminderSchedule schedule) {
        this.world = world;
        this.configuration = configuration;
        this.schedule = schedule;
    }

    void measure(BenchTable table, BenchWorld.Launched campaign, int units, Date deadline) {
        Date officeDay = Date.from(schedule.officeDate(deadline).toInstant().plusSeconds(3600));
        long incidentsBefore = world.runtimeService.createIncidentQuery().count();
        double seconds;
        try {
            seconds = world.moveClockAndAwait(configuration, officeDay, 100,
                    () -> officeMails(campaign.campaignId()) >= units && supervisions() >= units);
        } finally {
            ClockUtil.reset();
        }
        long mails = officeMails(campaign.campaignId());
        long supervisions = supervisions();
        long notified = count("select count(*) from act_hi_actinst where act_id_ = ?", TASK_NOTIFY_OFFICE);
        long failed = world.managementService.createJobQuery().noRetriesLeft().count();
        long incidents = world.runtimeService.createIncidentQuery().count() - incidentsBefore;
        boolean complete = mails >= units && supervisions >= units;
        table.add(new BenchTable.Row("B5 outbox", "the escalations of the " + units + " overdue units reach the office's "
                + "day (" + Clock.ZONE + "): day-1 and day-3 timers, office e-mail queued in the outbox ("
                + mails + "), 督办 tasks (" + supervisions + "), office step passed " + notified + ", jobs failed for good "
                + failed + ", new incidents " + incidents,
                String.format(Locale.ROOT, "%.1f s, %.1f units/s", seconds, units / seconds), "", "",
                "one e-mail and one 督办 per unit, ≤ 60 s", BenchTable.verdict(complete && seconds <= 60 && failed == 0,
                        complete ? "" : "not all escalated")));
    }

    private long officeMails(Long campaignId) {
        return world.jdbc.queryForObject("select count(*) from outbox_message o join campaign_unit cu "
                + "on cu.id = o.campaign_unit_id where cu.campaign_id = ? and o.kind = 'ESCALATION_OFFICE'",
                Long.class, campaignId);
    }

    private long supervisions() {
        return count("select count(*) from act_ru_task where task_def_key_ = ?", TASK_SUPERVISE_OVERDUE);
    }

    private long count(String sql, String activity) {
        return world.jdbc.queryForObject(sql, Long.class, activity);
    }
}
