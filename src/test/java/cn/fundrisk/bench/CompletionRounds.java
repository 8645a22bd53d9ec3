package cn.fundrisk.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.support.HttpClientForTests;
import org.camunda.bpm.engine.task.Task;

/**
 * B3 in rounds: each round launches 10 units and takes them to their item tasks, then completes them
 * with 4 client threads: units 1–4 spread over units via REST, 5–8 via the Java API, unit 9 alone via
 * REST, unit 10 alone via the Java API. Afterwards every unit must have moved on to its report.
 */
final class CompletionRounds {

    private final BenchWorld world;
    private final CompletionCase completion;
    private final BenchTable table;

    CompletionRounds(BenchWorld world, TaskDriver driver, HttpClientForTests http, BenchTable table) {
        this.world = world;
        this.completion = new CompletionCase(world, driver, http);
        this.table = table;
    }

    void run(int rounds) {
        Stats restSpread = new Stats();
        Stats javaSpread = new Stats();
        Stats restOne = new Stats();
        Stats javaOne = new Stats();
        int[] errors = new int[4];
        String firstError = null;
        long stuck = 0;
        for (int round = 0; round <= rounds; round++) {
            List<String> codes = world.createUnits(10);
            codes.forEach(world::usersOf);
            BenchWorld.Launched campaign = world.launchOurs(codes, 20);
            Map<String, String> processByCode = new LinkedHashMap<>();
            world.campaignUnits.findByCampaign(campaign.campaignId())
                    .forEach(cu -> processByCode.put(cu.getUnit().getCode(), cu.getProcessInstanceId()));
            completion.deploy(processByCode);
            Map<String, String> codeByProcess = new LinkedHashMap<>();
            processByCode.forEach((code, pi) -> codeByProcess.put(pi, code));
            List<String> pis = List.copyOf(processByCode.values());
            CompletionCase.Outcome[] outcomes = {
                completion.complete(completion.itemTasks(pis.subList(0, 4)), codeByProcess, true),
                completion.complete(completion.itemTasks(pis.subList(4, 8)), codeByProcess, false),
                completion.complete(completion.itemTasks(pis.subList(8, 9)), codeByProcess, true),
                completion.complete(completion.itemTasks(pis.subList(9, 10)), codeByProcess, false)};
            pis.forEach(world::awaitNoMessageJobs);
            if (round == 0) {
                continue; // warm-up
            }
            Stats[] stats = {restSpread, javaSpread, restOne, javaOne};
            for (int i = 0; i < 4; i++) {
                stats[i].add(outcomes[i].perSecond());
                errors[i] += outcomes[i].errors();
                if (firstError == null) {
                    firstError = outcomes[i].firstError();
                }
            }
            stuck += pis.stream().filter(pi -> world.taskService.createTaskQuery().processInstanceId(pi)
                    .taskDefinitionKey("Task_WriteSelfInspectionReport").count() == 0).count();
            LaunchCases.log("B3 round %d: %s", round, java.util.Arrays.toString(outcomes));
        }
        row("spread over 4 units", restSpread, javaSpread, errors[0], errors[1]);
        row("all within one unit", restOne, javaOne, errors[2], errors[3]);
        if (firstError != null) {
            table.note("B3 first client-visible error: " + firstError);
        }
        table.note("B3: units whose self-inspection did not move on to the report after all items: " + stuck);
    }

    private void row(String how, Stats rest, Stats java, int restErrors, int javaErrors) {
        double ratio = rest.median() / java.median();
        table.add(new BenchTable.Row("B3 completion", "item tasks, 4 client threads, " + how
                + "; REST claim + submit-form vs Java API claim + submitTaskForm; client-visible errors REST "
                + restErrors + ", Java " + javaErrors, rest.describe("%.1f tasks/s"), java.describe("%.1f tasks/s"),
                Stats.ratio(rest.median(), java.median()), "≥ 0.6×, 0 errors",
                BenchTable.verdict(ratio >= 0.6 && restErrors == 0 && javaErrors == 0, "")));
    }
}
