package cn.fundrisk.bench;

import static cn.fundrisk.process.ReminderProcess.KEY;
import static cn.fundrisk.process.ReminderProcess.TASK_QUEUE_DAILY_DIGEST;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import cn.fundrisk.process.Clock;
import cn.fundrisk.reminder.DailyDigest;
import cn.fundrisk.reminder.ReminderSchedule;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * B6 reminders: the daily digest at 1,000 units as it runs in production, by reminderProcess's
 * timer: the engine clock moves to the timer's next working-day morning, the job executor runs
 * Task_QueueDailyDigest; the case measures the wall-clock time from the clock's move until the run
 * is in the engine's history (the frozen engine clock makes the history's own duration 0) and reads
 * the digests it queued from the outbox. Then the digest runs again the same day: it must queue nothing.
 */
final class DigestCase {

    private final BenchWorld world;
    private final ProcessEngineConfiguration configuration;
    private final DailyDigest digest;
    private final ReminderSchedule schedule;

    DigestCase(BenchWorld world, ProcessEngineConfiguration configuration, DailyDigest digest,
            ReminderSchedule schedule) {
        this.world = world;
        this.configuration = configuration;
        this.digest = digest;
        this.schedule = schedule;
    }

    void measure(BenchTable table, int units) {
        long runsBefore = runs();
        long rowsBefore = digestRows();
        Instant due = timer().getDuedate().toInstant();
        while (!schedule.calendar().isWorkingDay(due.atZone(Clock.ZONE).toLocalDate())) {
            due = due.plusSeconds(86_400);
        }
        try {
            double seconds = world.moveClockAndAwait(configuration, Date.from(due.plusSeconds(60)), 100,
                    () -> runs() > runsBefore);
            long queued = digestRows() - rowsBefore;
            long again = System.nanoTime();
            int twice = digest.queue();
            double secondsAgain = (System.nanoTime() - again) / 1e9;
            long tasks = world.jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
            table.add(new BenchTable.Row("B6 digest", "daily digest by reminderProcess's timer for all recipients at "
                    + units + " units (" + tasks + " open tasks in the engine): e-mails queued " + queued
                    + "; run again the same day: " + twice + " queued in "
                    + String.format(Locale.ROOT, "%.1f s", secondsAgain),
                    String.format(Locale.ROOT, "%.1f s", seconds), "", "", "seconds; e-mails queued; once a day",
                    BenchTable.verdict(runs() > runsBefore && queued > 0 && twice == 0, "")));
        } finally {
            ClockUtil.reset();
        }
    }

    private Job timer() {
        return world.managementService.createJobQuery().processDefinitionKey(KEY).timers().singleResult();
    }

    private long runs() {
        return world.jdbc.queryForObject("select count(*) from act_hi_actinst where act_id_ = ? and proc_def_key_ = ? "
                + "and end_time_ is not null", Long.class, TASK_QUEUE_DAILY_DIGEST, KEY);
    }

    private long digestRows() {
        return world.jdbc.queryForObject("select count(*) from outbox_message where kind = 'DIGEST'", Long.class);
    }
}
