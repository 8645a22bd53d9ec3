package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.PendingJobs;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of {@link BadInputCatalogueTest}: send a bad input, check the answer and that nothing
 * was saved.
 */
abstract class BadInputSupport {

    static final String PASSWORD = "pw";
    static final String OFFICE = "office-b";
    static final String LEADER = "leader-b";
    static final String STAFF = "guichi-staff-b";
    static final String STAFF_2 = "guichi-staff-c";
    static final String HEAD = "guichi-head-b";
    static final String UNIT = "guichi";
    static final String STAFF_GROUP = "unit-guichi";
    static final String HEAD_GROUP = "unit-guichi-head";
    static final String TASK_GONE = "该任务已办结或不存在：可能已由您或他人办理，请刷新任务列表。本次提交未保存。";
    /** Our tables; every change to them also writes audit_log. */
    static final List<String> TABLES = List.of("campaign", "campaign_item", "campaign_unit", "unit_phase",
            "item_assessment", "problem", "unit_report", "score_sheet", "item_score", "staff_member", "evidence", "unit");

    HttpClientForTests http;
    private IdentityService identityService;
    private FormService formService;
    private JdbcTemplate jdbc;
    private ManagementService managementService;
    private PendingJobs pendingJobs;

    void init(HttpClientForTests http, IdentityService identityService, FormService formService, JdbcTemplate jdbc,
            ManagementService managementService, PendingJobs pendingJobs) {
        this.http = http;
        this.identityService = identityService;
        this.formService = formService;
        this.jdbc = jdbc;
        this.managementService = managementService;
        this.pendingJobs = pendingJobs;
    }

    /** What the job executor (off in tests) runs after a submission: the units' starts, the steps after items. */
    void runPendingJobs() {
        managementService.createJobQuery().messages().executable().list().stream()
                .map(job -> job.getProcessInstanceId()).distinct().forEach(pendingJobs::runFor);
    }

    TestIdentities identities() {
        return new TestIdentities(identityService, PASSWORD);
    }

    /** Row counts of our tables, changes in the audit trail (rejections aside), open tasks, process instances. */
    record Snapshot(Map<String, Long> counts) {
    }

    Snapshot snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("audit_log (changes)", jdbc.queryForObject(
                "select count(*) from audit_log where action <> 'REJECTED'", Long.class));
        counts.put("ACT_RU_TASK", jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class));
        counts.put("ACT_HI_PROCINST", jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class));
        counts.put("ACT_HI_TASKINST (ended)", jdbc.queryForObject(
                "select count(*) from ACT_HI_TASKINST where END_TIME_ is not null", Long.class));
        return new Snapshot(counts);
    }

    /** A call to /api as the office. */
    record Call(String method, String path, Object body) {
    }

    static Call post(String path, Object body) {
        return new Call("POST", path, body);
    }

    static Call put(String path, Object body) {
        return new Call("PUT", path, body);
    }

    /** The office's bad call: 400, the message, nothing saved. */
    void api(Call call, String message) {
        api(OFFICE, call, message);
    }

    void api(String user, Call call, String message) {
        Snapshot before = snapshot();
        Answer answer = http.send(user, call.method(), call.path(), call.body());
        assertThat(answer.status()).as("%s %s: %s", call.method(), call.path(), answer.raw()).isEqualTo(400);
        assertThat(answer.problem(ApiProblem.INPUT_REJECTED)).isEqualTo(message);
        assertThat(snapshot()).as("nothing saved after %s", message).isEqualTo(before);
    }

    /** Tasklist's start form of campaignProcess, as the office. */
    void startForm(Map<String, Object> values, String message) {
        Snapshot before = snapshot();
        Answer answer = http.post(OFFICE, "/engine-rest/process-definition/key/campaignProcess/submit-form",
                Map.of("variables", variables(values)));
        assertThat(answer.status()).as("start form: %s", answer.raw()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo(message);
        assertThat(snapshot()).as("nothing started after %s", message).isEqualTo(before);
    }

    void upload(String user, String path, String fileName, byte[] content, String message) {
        Snapshot before = snapshot();
        Answer answer = http.upload(user, path, fileName, "application/octet-stream", content);
        assertThat(answer.status()).as("upload %s: %s", fileName, answer.raw()).isEqualTo(400);
        assertThat(answer.problem(ApiProblem.INPUT_REJECTED)).isEqualTo(message);
        assertThat(snapshot()).as("nothing saved after %s", message).isEqualTo(before);
    }

    /** The one open task of the definition in the instance with the business key, claimed by the user. */
    String openTask(String user, String taskKey, String businessKey) {
        JsonNode tasks = http.get(user, "/engine-rest/task?" + CampaignApiFlowTestBase.query("taskDefinitionKey",
                taskKey, "processInstanceBusinessKey", businessKey)).ok();
        assertThat(tasks).as("open %s in %s for %s", taskKey, businessKey, user).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /**
     * A bad form, through both paths: Camunda's REST submit-form (what Tasklist sends) answers 400
     * with the message, FormService (the Java API, as the user) throws it; each time nothing is
     * saved and the task stays open.
     */
    void form(String user, String taskId, Map<String, Object> values, String message) {
        claim(user, taskId);
        Snapshot before = snapshot();
        Answer answer = http.post(user, "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables(values)));
        assertThat(answer.status()).as("submit-form: %s", answer.raw()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo(message);
        assertThat(snapshot()).as("nothing saved after %s", message).isEqualTo(before);
        assertThat(http.get(user, "/engine-rest/task/" + taskId).status()).as("task still open").isEqualTo(200);

        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            assertThatThrownBy(() -> formService.submitTaskForm(taskId, javaValues(values)))
                    .isInstanceOf(InputRejectedException.class).hasMessage(message);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(snapshot()).as("nothing saved by FormService after %s", message).isEqualTo(before);
    }

    void submit(String user, String taskId, Map<String, Object> values) {
        claim(user, taskId);
        Answer answer = http.post(user, "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables(values)));
        assertThat(answer.status()).as("submit-form: %s", answer.raw()).isEqualTo(204);
        runPendingJobs();
    }

    /** The same submission again (a double click, a replayed call): 404 in Chinese, nothing saved twice. */
    void replayed(String user, String taskId, Map<String, Object> values) {
        Snapshot before = snapshot();
        for (String action : List.of("submit-form", "complete")) {
            Answer answer = http.post(user, "/engine-rest/task/" + taskId + "/" + action,
                    Map.of("variables", variables(values)));
            assertThat(answer.status()).as("replayed %s: %s", action, answer.raw()).isEqualTo(404);
            assertThat(answer.message()).isEqualTo(TASK_GONE);
        }
        assertThat(snapshot()).as("nothing saved by the replay").isEqualTo(before);
    }

    private void claim(String user, String taskId) {
        JsonNode task = http.get(user, "/engine-rest/task/" + taskId).ok();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            Answer claimed = http.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
            assertThat(claimed.status()).as("claim: %s", claimed.raw()).isEqualTo(204);
        }
    }

    /** A dynamic list as form-js submits it. */
    record JsonText(String serialized) {
    }

    static JsonText json(String serialized) {
        return new JsonText(serialized);
    }

    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof JsonText json
                ? Map.of("type", "Json", "value", json.serialized())
                : java.util.Collections.singletonMap("value", value)));
        return variables;
    }

    private static Map<String, Object> javaValues(Map<String, Object> values) {
        Map<String, Object> java = new LinkedHashMap<>();
        values.forEach((name, value) -> java.put(name, value instanceof JsonText json
                ? SpinValues.jsonValue(json.serialized()).create() : value));
        return java;
    }

    static Map<String, Object> campaign(String name, int year, String unitCode) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name);
        request.put("year", year);
        request.put("unitCodes", List.of(unitCode));
        return request;
    }

    /** A copy with pairs of key and value replaced. */
    static Map<String, Object> with(Map<String, Object> map, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }
}
