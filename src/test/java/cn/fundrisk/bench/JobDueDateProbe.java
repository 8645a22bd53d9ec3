package cn.fundrisk.bench;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the job executor's acquisition by due date costs on the jobs of a large campaign, with and
 * without an index on ACT_RU_JOB (DUEDATE_): the acquisition query's shape (due, unlocked, retries
 * left, active, ordered by due date, first 3), timed over 200 runs each way.
 */
final class JobDueDateProbe {

    static final String INDEX = "act_idx_job_duedate";
    private static final String QUERY = "select id_ from act_ru_job where retries_ > 0 "
            + "and (duedate_ is null or duedate_ <= now()) and (lock_owner_ is null or lock_exp_time_ <= now()) "
            + "and suspension_state_ = 1 order by duedate_ limit 3";

    private final JdbcTemplate jdbc;

    JobDueDateProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String run() {
        long jobs = jdbc.queryForObject("select count(*) from act_ru_job", Long.class);
        boolean existed = jdbc.queryForObject("select count(*) from pg_indexes where indexname = ?", Long.class, INDEX) > 0;
        jdbc.execute("drop index if exists " + INDEX);
        jdbc.execute("analyze act_ru_job");
        Stats without = time();
        jdbc.execute("create index " + INDEX + " on act_ru_job (duedate_)");
        jdbc.execute("analyze act_ru_job");
        Stats with = time();
        if (!existed) {
            jdbc.execute("drop index " + INDEX);
        }
        return String.format(Locale.ROOT, "acquisition by due date over %d jobs: without an index on DUEDATE_ "
                + "p50 %.2f ms / p95 %.2f ms, with it p50 %.2f ms / p95 %.2f ms", jobs, without.median(),
                without.percentile(95), with.median(), with.percentile(95));
    }

    private Stats time() {
        for (int i = 0; i < 20; i++) {
            jdbc.queryForList(QUERY);
        }
        Stats stats = new Stats();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            jdbc.queryForList(QUERY);
            stats.add((System.nanoTime() - start) / 1e6);
        }
        return stats;
    }
}
