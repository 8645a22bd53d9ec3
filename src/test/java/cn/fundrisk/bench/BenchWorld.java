package cn.fundrisk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's data and its two launch paths: synthetic units (unit rows by SQL, their Camunda
 * groups), our launch (campaignProcess: register, work plan approved, units started by the job
 * executor) and the bare engine's (benchBaselineCampaign started with startProcessInstanceByKey).
 */
final class BenchWorld {

    static final String PASSWORD = "bench";
    static final String OFFICE = "bench-office";
    static final String LEADER = "bench-leader";
    static final String BASELINE_KEY = "benchBaselineCampaign";
    static final long WAIT_LIMIT_MS = 600_000;

    final JdbcTemplate jdbc;
    final RuntimeService runtimeService;
    final TaskService taskService;
    final FormService formService;
    final IdentityService identityService;
    final ManagementService managementService;
    final CampaignUnits campaignUnits;
    final TestIdentities identities;
    final HttpClientForTests http;
    private int unitSequence;
    private Map<String, Object> baselineVariables;

    BenchWorld(JdbcTemplate jdbc, RuntimeService runtimeService, TaskService taskService, FormService formService,
            IdentityService identityService, ManagementService managementService, CampaignUnits campaignUnits,
            HttpClientForTests http) {
        this.http = http;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
        this.managementService = managementService;
        this.campaignUnits = campaignUnits;
        this.identities = new TestIdentities(identityService, PASSWORD, "压测");
        identities.group("office", "领导小组办公室", "WORKFLOW");
        identities.group("leaders", "领导小组", "WORKFLOW");
        identities.user(OFFICE, "office");
        identities.user(LEADER, "leaders");
    }

    /** n new active units (every third a county), their staff and head groups; returns their codes. */
    List<String> createUnits(int n) {
        List<String> codes = new ArrayList<>();
        List<Object[]> unitRows = new ArrayList<>();
        List<Object[]> groupRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int number = ++unitSequence;
            String code = "b" + number;
            codes.add(code);
            String kind = number % 3 == 0 ? "COUNTY" : "AGENCY";
            unitRows.add(new Object[] {code, "压测单位" + number, kind, code + "@bench.example", 10_000 + number});
            groupRows.add(new Object[] {"unit-" + code, "压测单位" + number + " 经办人员"});
            groupRows.add(new Object[] {"unit-" + code + "-head", "压测单位" + number + " 单位负责人"});
        }
        jdbc.batchUpdate("insert into unit (code, name, kind, default_participant, contact_email, sort_order, active) "
                + "values (?, ?, ?, false, ?, ?, true)", unitRows);
        jdbc.batchUpdate("insert into act_id_group (id_, rev_, name_, type_) values (?, 1, ?, 'UNIT')", groupRows);
        return codes;
    }

    /** A staff user and a head user of the unit: b7-staff in unit-b7, b7-head in unit-b7-head. */
    void usersOf(String code) {
        identities.user(code + "-staff", "unit-" + code);
        identities.user(code + "-head", "unit-" + code + "-head");
    }

    /** Our launch path: POST /api/campaigns as the office, the work plan drafted and approved, every unit started. */
    Launched launchOurs(List<String> codes, int deploymentDays) {
        LocalDate today = LocalDate.now();
        Map<String, Object> deadlines = Map.of("deployment", today.plusDays(deploymentDays).toString(),
                "selfInspection", today.plusDays(60).toString(), "rectification", today.plusDays(90).toString(),
                "summary", today.plusDays(110).toString(), "countyInspection", today.plusDays(120).toString(),
                "evaluation", today.plusDays(150).toString());
        long start = System.nanoTime();
        HttpClientForTests.Answer answer = http.post(OFFICE, "/api/campaigns", Map.of("name",
                "压测专项工作 " + codes.size() + " 个单位", "year", today.getYear(), "unitCodes", codes,
                "deadlines", deadlines));
        if (answer.status() != 201) {
            throw new IllegalStateException("POST /api/campaigns answered " + answer.status() + ": " + answer.raw());
        }
        double registered = (System.nanoTime() - start) / 1e9;
        String pi = answer.body().path("processInstanceId").asText();
        submit(pi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, "office", Map.of("planText", "压测工作方案"));
        submit(pi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER, "leaders",
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        Long campaignId = ((Number) runtimeService.getVariable(pi, CampaignProcess.VAR_CAMPAIGN_ID)).longValue();
        awaitNoMessageJobs(pi);
        long started = campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaignId);
        if (started != codes.size()) {
            throw new IllegalStateException("launch ended with " + started + " of " + codes.size() + " units started");
        }
        if (baselineVariables == null) {
            baselineVariables = new HashMap<>(runtimeService.getVariables(pi));
        }
        return new Launched(pi, campaignId, (System.nanoTime() - start) / 1e9, registered);
    }

    /** The bare engine: the baseline model with the same variables our launch leaves on the campaign. */
    Launched launchBaseline(int n) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(CampaignProcess.VAR_CAMPAIGN_ID, baselineVariables.get(CampaignProcess.VAR_CAMPAIGN_ID));
        vars.put("monthlyAuditCycle", "R5/P1M"); // the baseline keeps the old in-process monthly timer
        for (Phase phase : Phase.values()) {
            vars.put(phase.deadlineVariable(), baselineVariables.get(phase.deadlineVariable()));
        }
        vars.put("unitCount", n);
        long start = System.nanoTime();
        String pi = runtimeService.startProcessInstanceByKey(BASELINE_KEY, vars).getId();
        awaitNoMessageJobs(pi);
        return new Launched(pi, null, (System.nanoTime() - start) / 1e9, 0);
    }

    /** registerSeconds: of seconds, the start request (our register step: campaign, units, items, phases). */
    record Launched(String processInstanceId, Long campaignId, double seconds, double registerSeconds) {
    }

    /** Waits until the job executor has run the instance's asynchronous continuations. */
    void awaitNoMessageJobs(String processInstanceId) {
        long deadline = System.currentTimeMillis() + WAIT_LIMIT_MS;
        while (managementService.createJobQuery().processInstanceId(processInstanceId).messages().count() > 0) {
            if (managementService.createJobQuery().processInstanceId(processInstanceId).noRetriesLeft().count() > 0) {
                throw new IllegalStateException("a launch job of " + processInstanceId + " failed for good");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("launch jobs of " + processInstanceId + " still pending");
            }
            sleep(20);
        }
    }

    /** Claims and submits the instance's one open task of the key as the user, through the Java API. */
    void submit(String pi, String taskKey, String user, String group, Map<String, Object> values) {
        Task task = taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
        as(user, List.of(group), () -> {
            taskService.claim(task.getId(), user);
            formService.submitTaskForm(task.getId(), values);
            return null;
        });
    }

    <T> T as(String user, List<String> groups, java.util.function.Supplier<T> work) {
        identityService.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** campaign unit id by unit code */
    Map<String, Long> campaignUnitIds(Long campaignId) {
        return campaignUnits.findByCampaign(campaignId).stream()
                .collect(Collectors.toMap(cu -> cu.getUnit().getCode(), cu -> cu.getId()));
    }

    /**
     * Moves the engine clock to the moment, wakes the job executor (it sleeps while it finds nothing
     * due) and polls until done, a job has failed for good, or the wait limit; returns the seconds
     * from the move. The clock stays moved: the caller resets it ({@code ClockUtil.reset()}).
     */
    double moveClockAndAwait(ProcessEngineConfiguration configuration, Date moment, long pollMs,
            BooleanSupplier done) {
        long start = System.nanoTime();
        ClockUtil.setCurrentTime(moment);
        ((ProcessEngineConfigurationImpl) configuration).getJobExecutor().jobWasAdded();
        long limit = System.currentTimeMillis() + WAIT_LIMIT_MS;
        do {
            sleep(pollMs);
        } while (!done.getAsBoolean() && System.currentTimeMillis() < limit
                && managementService.createJobQuery().noRetriesLeft().count() == 0);
        return (System.nanoTime() - start) / 1e9;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
