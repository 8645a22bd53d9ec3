package cn.fundrisk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.support.RowCounts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * B1 and B2: our launch of N units against the bare engine's, timed and with the rows each writes;
 * and our launch with every unit started in one transaction (the parent model without its
 * asynchronous continuations, deployed for the measurement) against the per-unit jobs.
 */
final class LaunchCases {

    private final BenchWorld world;
    private final RowCounts rows;
    private final RepositoryService repositoryService;
    final Map<Integer, Stats> ours = new LinkedHashMap<>();
    final Map<Integer, Stats> baseline = new LinkedHashMap<>();
    final Map<Integer, Stats> oursRegister = new LinkedHashMap<>();
    final Map<Integer, Stats> oursOneTransaction = new LinkedHashMap<>();
    final Map<Integer, Double> oursRowsPerUnit = new LinkedHashMap<>();
    final Map<Integer, Double> baselineRowsPerUnit = new LinkedHashMap<>();
    final Map<Integer, Map<String, Long>> oursRowsByTable = new LinkedHashMap<>();
    final Map<Integer, Map<String, Long>> baselineRowsByTable = new LinkedHashMap<>();
    final Map<Integer, BenchWorld.Launched> lastOurs = new LinkedHashMap<>();

    LaunchCases(BenchWorld world, RowCounts rows, RepositoryService repositoryService) {
        this.world = world;
        this.rows = rows;
        this.repositoryService = repositoryService;
    }

    void warmUp() {
        for (int i = 0; i < 3; i++) {
            world.launchOurs(world.createUnits(10), 20);
            world.launchBaseline(10);
        }
    }

    /** reps launches of n units each way, alternating; the last of ours gets the deployment deadline given. */
    void measure(int n, int reps, int lastDeploymentDays) {
        for (int rep = 0; rep < reps; rep++) {
            List<String> codes = world.createUnits(n);
            Map<String, Long> before = rows.now();
            BenchWorld.Launched launched = world.launchOurs(codes, rep == reps - 1 ? lastDeploymentDays : 20);
            Map<String, Long> between = rows.now();
            ours.computeIfAbsent(n, k -> new Stats()).add(launched.seconds());
            oursRegister.computeIfAbsent(n, k -> new Stats()).add(launched.registerSeconds());
            BenchWorld.Launched bare = world.launchBaseline(n);
            Map<String, Long> after = rows.now();
            baseline.computeIfAbsent(n, k -> new Stats()).add(bare.seconds());
            oursRowsPerUnit.put(n, (RowCounts.total(between) - RowCounts.total(before)) / (double) n);
            baselineRowsPerUnit.put(n, (RowCounts.total(after) - RowCounts.total(between)) / (double) n);
            oursRowsByTable.put(n, RowCounts.added(before, between));
            baselineRowsByTable.put(n, RowCounts.added(between, after));
            lastOurs.put(n, launched);
            log("B1 n=%d rep=%d ours %.2fs baseline %.2fs", n, rep, launched.seconds(), bare.seconds());
        }
    }

    /** Our launch with all units started in the approving transaction (the model before issue #7). */
    void measureOneTransaction(int n, int reps) {
        deployParent(true);
        try {
            for (int rep = 0; rep < reps; rep++) {
                BenchWorld.Launched launched = world.launchOurs(world.createUnits(n), 20);
                oursOneTransaction.computeIfAbsent(n, k -> new Stats()).add(launched.seconds());
                log("B1-sync n=%d rep=%d %.2fs", n, rep, launched.seconds());
            }
        } finally {
            deployParent(false);
        }
    }

    /** A new version of campaignProcess (with the forms its tasks bind to), with or without its async continuations. */
    private void deployParent(boolean oneTransaction) {
        String model = read(new PathMatchingResourcePatternResolver().getResource("classpath:" + CampaignProcess.RESOURCE));
        if (oneTransaction) {
            model = model.replace(" camunda:asyncBefore=\"true\"", "");
        }
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(oneTransaction ? "bench: launch in one transaction" : "bench: launch restored")
                .addString("campaign-process.bpmn", model);
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                deployment.addString(form.getFilename(), read(form));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deployment.deploy();
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
