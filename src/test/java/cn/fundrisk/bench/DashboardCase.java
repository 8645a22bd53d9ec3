package cn.fundrisk.bench;

import static cn.fundrisk.bench.ScaleBenchmark.p50p95;

import java.util.List;
import java.util.Locale;

import cn.fundrisk.support.HttpClientForTests;

/**
 * B4 dashboard: the figures of /dashboard at 1,000 units as the office reads them, each of the
 * page's API calls on its own and one whole page load (all of them in a row), against the raw
 * GROUP BY over the same data measured in the same run.
 */
final class DashboardCase {

    private static final List<String> CALLS = List.of("progress", "heatmap", "problems", "overdue", "scores", "steps");

    private final HttpClientForTests http;

    DashboardCase(HttpClientForTests http) {
        this.http = http;
    }

    void measure(BenchTable table, Long campaignId, int units, Stats rawGroupBy) {
        String base = "/api/campaigns/" + campaignId + "/";
        Stats progress = QueryCase.latencies(10, 60, QueryCase.get(http, BenchWorld.OFFICE, base + "progress"));
        double ratio = progress.percentile(95) / rawGroupBy.percentile(95);
        table.add(new BenchTable.Row("B4 dashboard", "/api/campaigns/{id}/progress (header, lights per phase, first 50 "
                + "units of the matrix) as the office, " + units + " units", p50p95(progress), p50p95(rawGroupBy),
                String.format(Locale.ROOT, "%.1f× (p95)", ratio), "p95 ≤ 200 ms, ≤ 3× raw GROUP BY",
                BenchTable.verdict(progress.percentile(95) <= 200 && ratio <= 3, "")));
        for (String call : CALLS.subList(1, CALLS.size())) {
            Stats stats = QueryCase.latencies(5, 30, QueryCase.get(http, BenchWorld.OFFICE, base + call));
            table.note(String.format(Locale.ROOT, "B4 dashboard /api/campaigns/{id}/%s: %s", call, p50p95(stats)));
        }
        Stats page = QueryCase.latencies(3, 20, () -> {
            for (String call : CALLS) {
                String error = QueryCase.get(http, BenchWorld.OFFICE, base + call).get();
                if (error != null) {
                    return error;
                }
            }
            return null;
        });
        table.add(new BenchTable.Row("B4 dashboard page", "one page load: the six API calls of /dashboard in a row",
                p50p95(page), "", "", "interactive (< 1 s)", BenchTable.verdict(page.percentile(95) < 1000, "")));
    }
}
