package cn.fundrisk.bench;

import java.util.Date;
import java.util.Locale;

import cn.fundrisk.reminder.DailyDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * B6 reminders: the daily digest (Task_QueueDailyDigest's work) computed for every recipient at
 * 1,000 units, on the morning after B5's deadline, when every unit has tasks due and overdue; run
 * twice: the second run must queue nothing (one digest per recipient per day).
 */
final class DigestCase {

    private final BenchWorld world;
    private final DailyDigest digest;

    DigestCase(BenchWorld world, DailyDigest digest) {
        this.world = world;
        this.digest = digest;
    }

    void measure(BenchTable table, int units, Date morning) {
        long before = world.jdbc.queryForObject("select count(*) from outbox_message where kind = 'DIGEST'", Long.class);
        ClockUtil.setCurrentTime(morning);
        try {
            long start = System.nanoTime();
            int queued = digest.queue();
            double seconds = (System.nanoTime() - start) / 1e9;
            long again = System.nanoTime();
            int twice = digest.queue();
            double secondsAgain = (System.nanoTime() - again) / 1e9;
            long lines = world.jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
            long rows = world.jdbc.queryForObject("select count(*) from outbox_message where kind = 'DIGEST'", Long.class)
                    - before;
            table.add(new BenchTable.Row("B6 digest", "daily digest for all recipients at " + units + " units ("
                    + lines + " open tasks in the engine): e-mails queued " + queued + " (outbox rows " + rows
                    + "); run again the same day: " + twice + " queued in "
                    + String.format(Locale.ROOT, "%.1f s", secondsAgain),
                    String.format(Locale.ROOT, "%.1f s", seconds), "", "", "seconds; e-mails queued; once a day",
                    BenchTable.verdict(queued > 0 && twice == 0 && rows == queued, "")));
        } finally {
            ClockUtil.reset();
        }
    }
}
