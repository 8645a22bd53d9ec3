package cn.fundrisk.process;

import static cn.fundrisk.process.AttackWorld.LDJ_STAFF;
import static cn.fundrisk.process.AttackWorld.LDJ_STAFF_2;
import static cn.fundrisk.process.AttackWorld.YLBX_STAFF;
import static cn.fundrisk.process.AttackWorld.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.fundrisk.support.HttpClientForTests.Answer;
import org.camunda.bpm.engine.task.Task;

/**
 * The attacks on the engine as a client-writable surface (issue 12), each as ldj's staff over real
 * HTTP with authorization on, on its own unit's open item tasks, aiming at ylbx's records. Each asserts
 * the refusal (status, Chinese message) and that no row of ours or of the engine changed but the audit
 * trail's REJECTED rows. Run on H2 and on PostgreSQL (EngineSurfaceH2Test, EngineSurfacePostgresTest).
 */
final class EngineSurfaceAttacks {

    static final String ITEM_TASKS = "/engine-rest/task?processInstanceId=";
    private final AttackWorld world;

    EngineSurfaceAttacks(AttackWorld world) {
        this.world = world;
    }

    /** An item task of ldj, claimed by ldj's staff over REST (a candidate may claim it for himself). */
    String claimedItemTask() {
        Task task = world.driver.open(world.ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_SELF_INSPECT_ITEM).stream()
                .filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        Answer claim = world.http.post(LDJ_STAFF, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", LDJ_STAFF));
        assertThat(claim.status()).as(claim.raw()).isEqualTo(204);
        return task.getId();
    }

    private Map<String, Object> form(Object... extra) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("result", typed("COMPLIANT", "String"));
        variables.put("note", typed("已对照检查。", "String"));
        for (int i = 0; i < extra.length; i += 2) {
            variables.put((String) extra[i], extra[i + 1]);
        }
        return Map.of("variables", variables);
    }

    /** Another unit's record named by an added variable (campaignUnitId, itemNo), on both REST paths. */
    void extraVariablesAreRefused() {
        String task = claimedItemTask();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        for (String path : new String[] { "/engine-rest/task/" + task + "/submit-form",
                "/camunda/api/engine/engine/default/task/" + task + "/submit-form", "/engine-rest/task/" + task + "/complete" }) {
            Answer answer = world.http.post(LDJ_STAFF, path, form("campaignUnitId", typed(world.ylbx.getId(), "Long"),
                    "itemNo", typed(5, "Integer"), "unitCode", typed("ylbx", "String"),
                    "selfInspectionDeadline", typed("2099-01-01T00:00:00.000+0000", "Date")));
            assertThat(answer.status()).as("%s: %s", path, answer.raw()).isEqualTo(400);
            assertThat(answer.message()).startsWith(EngineRequestGate.UNDECLARED).contains("campaignUnitId", "itemNo",
                    "unitCode", "selfInspectionDeadline");
        }
        world.unchanged.since(before, rejected, 3, "extra variables");
        assertThat(world.jdbc.queryForObject("select count(*) from audit_log where action = 'REJECTED' and entity_id = ?"
                + " and campaign_unit_id = ? and user_id = ?", Long.class, task, world.ldj.getId(), LDJ_STAFF))
                .as("the trail files the attempt under the attacker's unit and name").isEqualTo(3);
    }

    /** Setting the variable on the task first, then completing: the engine refuses the variable. */
    void variablesSetOnTheTaskAreRefused() {
        String task = claimedItemTask();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        for (String path : new String[] { "/engine-rest/task/" + task + "/localVariables/campaignUnitId",
                "/engine-rest/task/" + task + "/variables/unitCode" }) {
            Answer answer = world.http.put(LDJ_STAFF, path, typed(world.ylbx.getId(), "Long"));
            assertThat(answer.status()).as("%s: %s", path, answer.raw()).isEqualTo(403);
            assertThat(answer.message()).startsWith("无权执行此操作");
        }
        Answer modify = world.http.post(LDJ_STAFF, "/engine-rest/task/" + task + "/variables",
                Map.of("modifications", Map.of("problemId", typed(1, "Long"))));
        assertThat(modify.status()).as(modify.raw()).isEqualTo(403);
        world.unchanged.since(before, rejected, 3, "task variables");
    }

    /**
     * The item and the problem a multi-instance task is about (elements {@code itemNo}, {@code problemId}) are
     * the engine's: it takes them from our tables (assessments.itemsToInspect, problems.idsToRectify) and sets
     * them on the task's execution in the transaction that creates the task, where the listeners read them
     * once and bind the task to the record (task_subject, checked against the business key's unit). A unit's
     * user can change them on neither the instance nor the execution, nor start such a task with his own.
     */
    void elementVariablesAreTheEngines() {
        String pi = world.ldj.getProcessInstanceId();
        String execution = world.jdbc.queryForObject("select EXECUTION_ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?"
                + " and TASK_DEF_KEY_ = ? fetch first 1 rows only", String.class, pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM);
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        for (String path : new String[] { "/engine-rest/process-instance/" + pi + "/variables/itemNo",
                "/engine-rest/execution/" + execution + "/localVariables/itemNo" }) {
            Answer answer = world.http.put(LDJ_STAFF, path, typed(5, "Integer"));
            assertThat(answer.status()).as("%s: %s", path, answer.raw()).isEqualTo(403);
        }
        Answer modify = world.http.post(LDJ_STAFF, "/engine-rest/process-instance/" + pi + "/variables",
                Map.of("modifications", Map.of("problemId", typed(1, "Long"))));
        assertThat(modify.status()).as(modify.raw()).isEqualTo(403);
        Map<String, Object> local = new LinkedHashMap<>(typed(5, "Integer"));
        local.put("local", true);
        for (String activity : new String[] { UnitCampaignProcess.TASK_SELF_INSPECT_ITEM,
                UnitCampaignProcess.TASK_RECTIFY_PROBLEM }) {
            Answer start = world.http.post(LDJ_STAFF, "/engine-rest/process-instance/" + pi + "/modification",
                    Map.of("instructions", java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", activity,
                            "variables", Map.of("itemNo", local, "problemId", local)))));
            assertThat(start.status()).as("%s: %s", activity, start.raw()).isEqualTo(403);
        }
        world.unchanged.since(before, rejected, 5, "element variables");
        java.util.List<Map<String, Object>> bound = world.jdbc.queryForList("select v.LONG_ as element, a.item_no as bound,"
                + " a.campaign_unit_id as unit from ACT_RU_TASK t join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.EXECUTION_ID_"
                + " and v.NAME_ = 'itemNo' join task_subject s on s.task_id = t.ID_ join item_assessment a on a.id = s.subject_id"
                + " where t.PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ = ?", pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM);
        assertThat(bound).as("every open item task is bound to its element's item of its own unit").isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(((Number) row.get("BOUND")).longValue()).isEqualTo(((Number) row.get("ELEMENT")).longValue());
                    assertThat(((Number) row.get("UNIT")).longValue()).isEqualTo(world.ldj.getId());
                });
    }

    /** Due dates, names, identity links, assignees outside the unit: a candidate works a task, does not edit it. */
    void taskEditsAreRefused() {
        String task = claimedItemTask();
        String base = "/engine-rest/task/" + task;
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("name", "改名");
        edit.put("due", null);
        edit.put("priority", 1);
        assertThat(world.http.put(LDJ_STAFF, base, edit).status()).as("update").isEqualTo(403);
        assertThat(world.http.post(LDJ_STAFF, base + "/identity-links", Map.of("groupId", "unit-ylbx", "type", "candidate"))
                .status()).as("add a candidate group").isEqualTo(403);
        assertThat(world.http.post(LDJ_STAFF, base + "/identity-links/delete", Map.of("groupId", "unit-ldj", "type",
                "candidate")).status()).as("remove a candidate group").isEqualTo(403);
        assertThat(world.http.post(LDJ_STAFF, base + "/assignee", Map.of("userId", YLBX_STAFF)).status())
                .as("assign to another unit's user").isEqualTo(403);
        assertThat(world.http.post(LDJ_STAFF, base + "/delegate", Map.of("userId", YLBX_STAFF)).status())
                .as("delegate to another unit's user").isEqualTo(403);
        world.unchanged.since(before, rejected, 5, "task edits");
    }

    /** A claim in another unit's user's name is refused by the engine's assignment rule; a colleague's is fine. */
    void claimsForOthersStayInTheUnit() {
        Task task = world.driver.open(world.ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_SELF_INSPECT_ITEM).stream()
                .filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        Answer claim = world.http.post(LDJ_STAFF, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", YLBX_STAFF));
        assertThat(claim.status()).as(claim.raw()).isEqualTo(400);
        assertThat(claim.message()).isEqualTo(TaskAssignmentRule.REFUSED);
        world.unchanged.since(before, rejected, 1, "claim for another unit's user");
        assertThat(world.http.get(YLBX_STAFF, "/engine-rest/task/" + task.getId()).status()).isEqualTo(404);

        Answer colleague = world.http.post(LDJ_STAFF, "/engine-rest/task/" + task.getId() + "/claim",
                Map.of("userId", LDJ_STAFF_2));
        assertThat(colleague.status()).as(colleague.raw()).isEqualTo(204);
        assertThat(world.http.post(LDJ_STAFF_2, "/engine-rest/task/" + task.getId() + "/unclaim", null).status())
                .isEqualTo(204);
    }

    /** File, Bytes and Object values, on a declared field or as a variable of their own, and bodies too large. */
    void fileBytesAndObjectVariablesAreRefused() {
        String task = claimedItemTask();
        String base = "/engine-rest/task/" + task;
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        Map<String, Object> file = Map.of("value", "JVBERi0xLjQK", "type", "File",
                "valueInfo", Map.of("filename", "a.pdf", "mimetype", "application/pdf"));
        Map<String, Object> object = Map.of("value", "\"http://attacker.example/\"", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json"));
        for (Map<String, Object> value : java.util.List.of(file, object, typed("AAAA", "Bytes"))) {
            Answer answer = world.http.post(LDJ_STAFF, base + "/submit-form", form("note", value));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
            assertThat(answer.message()).startsWith(EngineRequestGate.TYPE).contains("note");
        }
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Answer large = world.http.sendRaw(LDJ_STAFF, "POST", base + "/submit-form", big);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.message()).isEqualTo(EngineRequestGate.TOO_LARGE);
        Answer upload = world.http.upload(LDJ_STAFF, base + "/localVariables/x/data", "data", "x.bin",
                "application/octet-stream", big);
        assertThat(upload.status()).isEqualTo(413);
        Answer small = world.http.upload(LDJ_STAFF, base + "/localVariables/x/data", "data", "x.bin",
                "application/octet-stream", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(small.status()).as("no File variables from unit users at all: %s", small.raw()).isEqualTo(403);
        world.unchanged.since(before, rejected, 4, "File, Bytes, Object");
    }

    /** What Tasklist sends (the declared fields, plain values) still completes the task, for the own unit only. */
    void theDeclaredFieldsStillComplete() {
        String task = claimedItemTask();
        long assessment = world.jdbc.queryForObject("select subject_id from task_subject where task_id = ?", Long.class,
                task);
        Answer answer = world.http.post(LDJ_STAFF, "/engine-rest/task/" + task + "/submit-form",
                Map.of("variables", Map.of("result", typed("COMPLIANT", "String"), "note", typed("已核对。", "String"),
                        "problems", typed("[]", "Json"))));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
        assertThat(world.jdbc.queryForObject("select status from item_assessment where id = ?", String.class, assessment))
                .isEqualTo("SUBMITTED");
        assertThat(world.jdbc.queryForObject("select count(*) from task_subject where task_id = ?", Long.class, task))
                .as("the binding ends with the task").isZero();
    }
}
