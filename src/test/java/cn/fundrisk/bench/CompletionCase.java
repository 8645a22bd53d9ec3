package cn.fundrisk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import org.camunda.bpm.engine.task.Task;

/**
 * B3: item tasks (逐项自查) completed by 4 client threads, through our REST/form path (claim, then
 * {@code /engine-rest/task/{id}/submit-form}, HTTP Basic as the unit's staff) or through the Java API
 * ({@code formService.submitTaskForm}), spread over units or all within one unit.
 */
final class CompletionCase {

    static final int THREADS = 4;

    private final BenchWorld world;
    private final TaskDriver driver;
    private final HttpClientForTests http;

    CompletionCase(BenchWorld world, TaskDriver driver, HttpClientForTests http) {
        this.world = world;
        this.driver = driver;
        this.http = http;
    }

    record Outcome(int tasks, double seconds, int errors, String firstError) {

        double perSecond() {
            return tasks / seconds;
        }
    }

    /** Takes the units through deployment, so each waits at its item tasks. */
    void deploy(Map<String, String> processByCode) {
        processByCode.forEach((code, pi) -> {
            driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, code + "-staff",
                    Map.of("acknowledged", true, "contactPerson", "联络员"));
            driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, code + "-staff", Map.of("reportText", "本单位方案"));
            driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, code + "-head",
                    Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        });
    }

    /** The units' open item tasks, interleaved unit by unit so that concurrent clients meet different units. */
    List<Task> itemTasks(List<String> processInstanceIds) {
        List<List<Task>> perUnit = new ArrayList<>();
        for (String pi : processInstanceIds) {
            perUnit.add(world.taskService.createTaskQuery().processInstanceId(pi)
                    .taskDefinitionKey(UnitCampaignProcess.TASK_SELF_INSPECT_ITEM).list());
        }
        List<Task> interleaved = new ArrayList<>();
        for (int i = 0; perUnit.stream().anyMatch(l -> !l.isEmpty()); i++) {
            for (List<Task> tasks : perUnit) {
                if (!tasks.isEmpty()) {
                    interleaved.add(tasks.remove(0));
                }
            }
        }
        return interleaved;
    }

    Outcome complete(List<Task> tasks, Map<String, String> codeByProcess, boolean rest) {
        Queue<Task> queue = new ConcurrentLinkedQueue<>(tasks);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                Task task;
                while ((task = queue.poll()) != null) {
                    String code = codeByProcess.get(task.getProcessInstanceId());
                    try {
                        String error = rest ? viaRest(task, code) : viaJava(task, code);
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }, "bench-client-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Outcome(tasks.size(), (System.nanoTime() - start) / 1e9, errors.get(), firstError.get());
    }

    private String viaRest(Task task, String code) {
        String user = code + "-staff";
        HttpClientForTests.Answer claim = http.post(user, "/engine-rest/task/" + task.getId() + "/claim",
                Map.of("userId", user));
        if (claim.status() != 204) {
            return "claim " + claim.status() + " " + claim.raw();
        }
        HttpClientForTests.Answer submit = http.post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Map.of("result", Map.of("value", "COMPLIANT"), "note", Map.of("value", "符合"))));
        return submit.status() == 204 ? null : "submit-form " + submit.status() + " " + submit.raw();
    }

    private String viaJava(Task task, String code) {
        String user = code + "-staff";
        world.as(user, List.of("unit-" + code), () -> {
            world.taskService.claim(task.getId(), user);
            world.formService.submitTaskForm(task.getId(), Map.of("result", "COMPLIANT", "note", "符合"));
            return null;
        });
        return null;
    }
}
