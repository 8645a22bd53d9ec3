package cn.fundrisk.bench;

import java.util.List;

import cn.fundrisk.support.HttpClientForTests;

/**
 * The extension point for cases whose parts are not merged yet: the dashboard figures (issue #5),
 * the outbox rows of the deadline escalations and the daily digest (issue #3). Each reports
 * "n/a — not yet built" until its {@link Case#measure} is written against the merged code; replace
 * the {@link #notYetBuilt} entry by a class implementing {@link Case}.
 */
final class PendingCases {

    /** What a plugged case may use: the 1,000-unit campaign and the raw GROUP BY latency to compare with. */
    record Context(BenchWorld world, HttpClientForTests http, BenchWorld.Launched campaign, int units,
            String unitUser, Stats rawGroupByMs) {
    }

    interface Case {
        String id();

        String what();

        String target();

        /** A table row, or null when the part it measures does not exist yet. */
        BenchTable.Row measure(Context context);
    }

    /** B4 dashboard: p50/p95 of /api/campaigns/{id}/progress ÷ the raw GROUP BY (#5). */
    static final Case DASHBOARD = notYetBuilt("B4 dashboard", "dashboard figures at 1,000 units (#5, not merged)",
            "p95 ≤ 200 ms, ≤ 3× raw GROUP BY");
    /** B5 outbox: the reminder e-mails queued by the escalations (#3). */
    static final Case OUTBOX = notYetBuilt("B5 outbox", "outbox rows written by the escalations (#3, not merged)",
            "one per escalated unit, within the 60 s");
    /** B6 reminders: the daily digest for all recipients (#3). */
    static final Case DIGEST = notYetBuilt("B6 digest", "daily digest for all recipients at 1,000 units (#3, not merged)",
            "seconds; e-mails queued");

    static final List<Case> AFTER_QUERIES = List.of(DASHBOARD);
    static final List<Case> AFTER_DEADLINES = List.of(OUTBOX, DIGEST);

    private PendingCases() {
    }

    static Case notYetBuilt(String id, String what, String target) {
        return new Case() {
            public String id() { return id; }
            public String what() { return what; }
            public String target() { return target; }
            public BenchTable.Row measure(Context context) { return null; }
        };
    }

    static BenchTable.Row rowOf(Case c, Context context) {
        BenchTable.Row row = c.measure(context);
        return row != null ? row : new BenchTable.Row(c.id(), c.what(), "n/a — not yet built", "", "", c.target(), "n/a");
    }
}
