package cn.fundrisk.bench;

import static cn.fundrisk.bench.BenchTable.verdict;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.reminder.DailyDigest;
import cn.fundrisk.reminder.ReminderSchedule;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.RowCounts;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scale benchmark of issue #7 (docs/performance.md): not a test of {@code mvn verify} (its name
 * does not end in Test), run by {@code mvn -B -o -Pbench test}. One run on embedded PostgreSQL with
 * the application as in production (authorization on, job executor on), every case against a
 * baseline measured in the same run; prints a Markdown table and writes target/bench/results.md.
 * {@code -Dbench.full} adds N = 6,000.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.authorization.enabled=true", "camunda.bpm.job-execution.enabled=true",
        "logging.level.cn.fundrisk.campaign.StartUnitCampaignDelegate=warn"})
@ActiveProfiles("test")
class ScaleBenchmark {

    static final int B4_UNITS = Integer.getInteger("bench.queryUnits", 1000);
    static final int B5_DEPLOYMENT_DAYS = 10;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchPostgres::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired ManagementService managementService;
    @Autowired RepositoryService repositoryService;
    @Autowired FilterService filterService;
    @Autowired ProcessEngineConfiguration engineConfiguration;
    @Autowired CampaignUnits campaignUnits;
    @Autowired TaskDriver driver;
    @Autowired ReminderSchedule reminderSchedule;
    @Autowired DailyDigest dailyDigest;

    private final BenchTable table = new BenchTable();

    @Test
    void run() {
        repositoryService.createDeployment().name("bench baseline")
                .addClasspathResource("bench/bench-baseline-campaign.bpmn")
                .addClasspathResource("bench/bench-baseline-unit.bpmn").deploy();
        HttpClientForTests http = new HttpClientForTests(port, BenchWorld.PASSWORD);
        BenchWorld world = new BenchWorld(jdbc, runtimeService, taskService, formService, identityService,
                managementService, campaignUnits, http);
        table.note("settings: history " + engineConfiguration.getHistory() + ", JDBC "
                + BenchPostgres.url().replaceAll(".*\\?", "?") + ", jdbcBatchProcessing "
                + ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engineConfiguration).isJdbcBatchProcessing());
        double heapAtStart = heapMiB();

        LaunchCases launch = new LaunchCases(world, new RowCounts(jdbc), repositoryService);
        launch.warmUp();
        List<Integer> sizes = sizes();
        for (int n : sizes) {
            launch.measure(n, n <= 10 ? 5 : n <= 100 ? 3 : n <= 1000 ? 2 : 1,
                    n == B4_UNITS ? B5_DEPLOYMENT_DAYS : 20);
        }
        BenchWorld.Launched big = launch.lastOurs.get(B4_UNITS);
        if (big == null) {
            throw new IllegalStateException("the run needs N = " + B4_UNITS + " for B4 and B5");
        }
        double heapAfterLaunch = heapMiB();
        launchRows(launch, B4_UNITS);
        for (int n : sizes) {
            if (n == 100 || n == B4_UNITS && System.getProperty("bench.full") != null) {
                launch.measureOneTransaction(n, n == 100 ? 3 : 1);
            }
        }
        oneTransactionRows(launch);

        queries(world, http, big);
        double heapAfterQueries = heapMiB();
        table.add(new BenchTable.Row("B7 memory", "heap used after System.gc(): at start " + fmt(heapAtStart)
                + " MiB; after the launches", fmt(heapAfterLaunch) + " MiB", "", "", "< 512 MiB at 1,000 units",
                verdict(heapAfterLaunch < 512, "")));
        table.add(new BenchTable.Row("B7 memory", "heap used after System.gc(), after B4", fmt(heapAfterQueries) + " MiB",
                "", "", "< 512 MiB", verdict(heapAfterQueries < 512, "")));

        DeadlineCase.Outcome deadline = new DeadlineCase(world, engineConfiguration).run(big, B4_UNITS, B5_DEPLOYMENT_DAYS);
        boolean complete = deadline.escalations() == B4_UNITS && deadline.overdueRows() == B4_UNITS;
        table.add(new BenchTable.Row("B5 deadlines", "deployment deadline passes for " + B4_UNITS
                + " units: timer, overdue recorded, escalation to the campaign; escalated " + deadline.escalations()
                + ", phases marked " + deadline.overdueRows() + ", jobs failed for good " + deadline.failedJobs()
                + ", new incidents " + deadline.incidents(), fmt(deadline.seconds()) + " s, "
                + fmt(deadline.jobsPerSecond()) + " units/s", "", "", "≤ 60 s, none starved",
                verdict(complete && deadline.seconds() <= 60 && deadline.failedJobs() == 0,
                        complete ? "" : "not all escalated")));
        Date deploymentDeadline = (Date) runtimeService.getVariable(big.processInstanceId(),
                Phase.DEPLOYMENT.deadlineVariable());
        new EscalationMailCase(world, engineConfiguration, reminderSchedule)
                .measure(table, big, B4_UNITS, deploymentDeadline);
        new DigestCase(world, engineConfiguration, dailyDigest, reminderSchedule).measure(table, B4_UNITS);

        new CompletionRounds(world, driver, http, table).run(Integer.getInteger("bench.b3rounds", 3));
        table.write();
    }

    private void launchRows(LaunchCases launch, int n) {
        Stats ours = launch.ours.get(n);
        Stats bare = launch.baseline.get(n);
        double ratio = ours.median() / bare.median();
        table.add(new BenchTable.Row("B1 launch", "campaign of " + n + " units × applicable items, our path "
                + "(register, work plan approved, one job per unit) vs startProcessInstanceByKey of the baseline model",
                ours.describe("%.1f s"), bare.describe("%.1f s"), Stats.ratio(ours.median(), bare.median()),
                "≤ 1.2×; 1,000 units < 30 s", verdict(ratio <= 1.2 && ours.median() < 30,
                        String.format(Locale.ROOT, "%.1f s", ours.median()))));
        double rows = launch.oursRowsPerUnit.get(n);
        double bareRows = launch.baselineRowsPerUnit.get(n);
        table.add(new BenchTable.Row("B1 rows", "rows written per unit, all tables (ours and ACT_)", fmt(rows),
                fmt(bareRows), Stats.ratio(rows, bareRows), "≤ 1.1×", verdict(rows / bareRows <= 1.1, "")));
        table.note("rows per unit by table at N = " + n + ", ours: " + perUnit(launch.oursRowsByTable.get(n), n));
        table.note("rows per unit by table at N = " + n + ", baseline: " + perUnit(launch.baselineRowsByTable.get(n), n));
        int smallest = launch.ours.keySet().iterator().next();
        for (int size : launch.ours.keySet()) {
            if (size == smallest) {
                continue;
            }
            double growth = (launch.ours.get(size).median() / size) / (launch.ours.get(smallest).median() / smallest);
            double bareGrowth = (launch.baseline.get(size).median() / size)
                    / (launch.baseline.get(smallest).median() / smallest);
            table.add(new BenchTable.Row("B2 growth", "time per unit at N = " + size + " ÷ at N = " + smallest,
                    String.format(Locale.ROOT, "%.2f", growth), String.format(Locale.ROOT, "%.2f", bareGrowth), "",
                    "≤ 1.2", verdict(growth <= 1.2, "")));
        }
        List<Integer> measured = List.copyOf(launch.ours.keySet());
        if (measured.size() >= 3) {
            // the fixed part (request, work plan) flatters the ratio above: compare the cost of each further unit
            int a = measured.get(0);
            int b = measured.get(1);
            int c = measured.get(measured.size() - 1);
            table.add(new BenchTable.Row("B2 marginal", "time per further unit between N = " + b + " and " + c
                    + " ÷ between N = " + a + " and " + b, fmt2(marginal(launch.ours, a, b, c)),
                    fmt2(marginal(launch.baseline, a, b, c)), "", "≤ 1.2",
                    verdict(marginal(launch.ours, a, b, c) <= 1.2, "")));
        }
        launch.ours.forEach((size, s) -> table.note("launch N = " + size + ": ours " + s.describe("%.2f s")
                + " (of which the start request, our register step: " + launch.oursRegister.get(size).describe("%.2f s") + ")"
                + ", baseline " + launch.baseline.get(size).describe("%.2f s")));
    }

    private static double marginal(Map<Integer, Stats> times, int a, int b, int c) {
        double late = (times.get(c).median() - times.get(b).median()) / (c - b);
        double early = (times.get(b).median() - times.get(a).median()) / (b - a);
        return late / early;
    }

    static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void oneTransactionRows(LaunchCases launch) {
        launch.oursOneTransaction.forEach((n, oneTx) -> table.add(new BenchTable.Row("B1 one transaction",
                "our launch of " + n + " units with every unit started in the approving transaction (no async) "
                        + "vs one job per unit", oneTx.describe("%.1f s"), launch.ours.get(n).describe("%.1f s")
                        + " (async)", Stats.ratio(oneTx.median(), launch.ours.get(n).median()), "decide", "")));
    }

    /** B4: a unit's Tasklist filter, one unit's 考核表, the raw GROUP BY and the dashboard's figures. */
    private String queries(BenchWorld world, HttpClientForTests http, BenchWorld.Launched big) {
        Map<String, Long> ids = world.campaignUnitIds(big.campaignId());
        String code = ids.keySet().iterator().next();
        world.usersOf(code);
        String user = code + "-staff";
        String filterId = filterService.createFilterQuery().filterName("本单位待办").singleResult().getId();
        String filterPath = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        Stats beforeAnalyze = QueryCase.latencies(20, 100, QueryCase.get(http, user, filterPath));
        row("B4 unit filter", "Tasklist filter 本单位待办 (first 15) as a unit's staff, " + B4_UNITS
                + " units running, right after the launch", beforeAnalyze, 50, "ms p95 ≤ 50");
        long analyze = System.nanoTime();
        jdbc.execute("analyze");
        table.note(String.format(Locale.ROOT, "ANALYZE of the whole database after the launch took %.1f s",
                (System.nanoTime() - analyze) / 1e9));
        Stats filter = QueryCase.latencies(20, 100, QueryCase.get(http, user, filterPath));
        row("B4 unit filter", "the same after ANALYZE", filter, 50, "ms p95 ≤ 50");
        table.note(new JobDueDateProbe(jdbc).run());
        Stats export = QueryCase.latencies(5, 30, QueryCase.get(http, user,
                "/api/campaign-units/" + ids.get(code) + "/assessment-sheet.xlsx"));
        row("B4 export", "one unit's 考核表 (.xlsx) as its staff", export, 500, "ms p95 ≤ 500");
        Stats raw = QueryCase.latencies(20, 100, () -> {
            jdbc.queryForList("select up.phase, up.status, count(*) from unit_phase up join campaign_unit cu "
                    + "on cu.id = up.campaign_unit_id where cu.campaign_id = ? group by up.phase, up.status",
                    big.campaignId());
            return null;
        });
        table.add(new BenchTable.Row("B4 raw GROUP BY", "phase × status counts of the campaign, one SQL query (the "
                + "dashboard's baseline)", p50p95(raw), "", "", "reference", ""));
        new DashboardCase(http).measure(table, big.campaignId(), B4_UNITS, raw);
        return user;
    }

    private void row(String id, String what, Stats stats, double p95Limit, String target) {
        table.add(new BenchTable.Row(id, what, p50p95(stats), "", "", target,
                verdict(stats.percentile(95) <= p95Limit, "")));
    }

    static String p50p95(Stats s) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms (n=%d)", s.median(), s.percentile(95), s.count());
    }

    private static List<Integer> sizes() {
        String given = System.getProperty("bench.sizes");
        if (given != null && !given.isBlank()) {
            return java.util.Arrays.stream(given.split(",")).map(String::strip).map(Integer::valueOf).toList();
        }
        List<Integer> sizes = new ArrayList<>(List.of(10, 100, 1000));
        if (System.getProperty("bench.full") != null) {
            sizes.add(6000);
        }
        return sizes;
    }

    static String perUnit(Map<String, Long> added, int n) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        added.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted.entrySet().stream().map(e -> e.getKey() + " " + fmt(e.getValue() / (double) n))
                .collect(Collectors.joining(", "));
    }

    static double heapMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            BenchWorld.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }
}
