package cn.fundrisk.process;

import static cn.fundrisk.process.AttackWorld.ADMIN;
import static cn.fundrisk.process.AttackWorld.INSPECTOR_1;
import static cn.fundrisk.process.AttackWorld.INSPECTOR_2;
import static cn.fundrisk.process.AttackWorld.LDJ_STAFF;
import static cn.fundrisk.process.AttackWorld.PASSWORD;
import static cn.fundrisk.process.AttackWorld.YLBX_STAFF;
import static cn.fundrisk.process.AttackWorld.typed;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.identity.DemoUsers;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.PasswordRules;
import cn.fundrisk.identity.SecurityAnswers;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/** The attack classes of issue 12 beyond variables, each run once on H2 (EngineSurfaceH2Test). */
final class OtherAttacks {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final AttackWorld world;

    OtherAttacks(AttackWorld world) {
        this.world = world;
    }

    private String ackTask() {
        return world.task(world.ylbx, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN).getId();
    }

    /** A JSON Object of a type outside the allow-list is stored only serialized, never instantiated. */
    void foreignObjectTypeIsNotDeserialized() {
        String path = "/engine-rest/process-instance/" + world.ylbx.getProcessInstanceId() + "/variables/probe";
        Answer set = world.http.put(ADMIN, path, Map.of("value", "\"http://attacker.example/\"", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json")));
        if (set.status() == 204) {
            Answer read = world.http.get(ADMIN, path);
            assertThat(read.status()).as("reading it deserializes it: %s", read.raw()).isNotEqualTo(200);
            assertThat(read.raw()).contains("java.net.URL");
            assertThat(world.http.send(ADMIN, "DELETE", path, null).status()).isEqualTo(204);
        } else {
            assertThat(set.status()).as(set.raw()).isIn(400, 500);
        }
        assertThat(world.jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ = 'probe'", Long.class))
                .isZero();
    }

    void crossSiteRequestsAreRefused() {
        String task = ackTask();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        for (Map<String, String> browser : List.of(Map.of("Origin", "http://attacker.example"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "null"))) {
            Answer claim = world.http.sendWith(YLBX_STAFF, "POST", "/engine-rest/task/" + task + "/claim",
                    Map.of("userId", YLBX_STAFF), browser);
            assertThat(claim.status()).as("%s: %s", browser, claim.raw()).isEqualTo(403);
            assertThat(claim.message()).isEqualTo(SecurityAnswers.CROSS_SITE);
            Answer deploy = world.http.sendWith(ADMIN, "POST", "/engine-rest/deployment/create", Map.of(), browser);
            assertThat(deploy.status()).as("the administrator's cached login on a hostile page").isEqualTo(403);
        }
        world.unchanged.since(before, rejected, 0, "cross-site requests");
    }

    /** A browser session (the login page) must send the CSRF token with every change, on /api and /engine-rest. */
    void sessionsNeedTheCsrfToken(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + YLBX_STAFF + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token(loginPage, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        long optOuts = world.jdbc.queryForObject("select count(*) from reminder_opt_out", Long.class);
        HttpResponse<String> noToken = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/reminders/opt-out"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains(SecurityAnswers.CROSS_SITE);
        HttpResponse<String> engine = browser.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/"
                + ackTask() + "/claim")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + YLBX_STAFF + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(engine.statusCode()).as("/engine-rest with the session and no token").isEqualTo(403);
        assertThat(world.jdbc.queryForObject("select count(*) from reminder_opt_out", Long.class)).isEqualTo(optOuts);
        world.unchanged.since(before, rejected, 2, "session without CSRF token");

        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/reminders/settings")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = token(page, "name=\"_csrf\" content=\"([^\"]+)\"");
        String header = token(page, "name=\"_csrf_header\" content=\"([^\"]+)\"");
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/reminders/opt-out"))
                .header(header, csrf).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isLessThan(300);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/api/reminders/opt-out")).header(header, csrf)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        // Tasklist's, Cockpit's or Admin's logout ends the one session the gate and the webapps share
        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(base
                + "/camunda/api/admin/auth/user/default/logout")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/units"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the session is gone").isEqualTo(401);
    }

    private static String token(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    void pagesCannotBeFramed() {
        for (String path : List.of("/dashboard", "/login", "/camunda/app/tasklist/default/")) {
            Answer page = world.http.getPage(DemoUsers.OFFICE, path);
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            // ours: frame-ancestors 'self'; the webapps keep Camunda's own, stricter policy ('none')
            assertThat(page.header("Content-Security-Policy")).as(path).containsPattern("frame-ancestors '(self|none)'");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
        }
    }

    void deploymentsAreForTheDeploymentAccount() {
        assertThat(world.jdbc.queryForObject("select count(*) from ACT_ID_MEMBERSHIP where USER_ID_ = ? and GROUP_ID_ = ?",
                Long.class, DemoUsers.OFFICE, Groups.CAMUNDA_ADMIN)).as("office is not camunda-admin").isZero();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        byte[] model = ("<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " targetNamespace=\"x\"><process id=\"evil\" isExecutable=\"true\"/></definitions>")
                .getBytes(StandardCharsets.UTF_8);
        for (String user : List.of(DemoUsers.OFFICE, LDJ_STAFF)) {
            Answer deploy = world.http.upload(user, "/engine-rest/deployment/create", "evil.bpmn", "text/xml", model);
            assertThat(deploy.status()).as(user).isEqualTo(403);
        }
        Answer start = world.http.post(LDJ_STAFF, "/engine-rest/process-definition/key/campaignProcess/start",
                Map.of("variables", Map.of()));
        assertThat(start.status()).isEqualTo(403);
        world.unchanged.since(before, rejected, 3, "deployments and starts");
    }

    /** Evidence and staffing rows of approved records: refused until the reviewer returns them. */
    void lockedRecordsRefuseAdditions() {
        Long plan = world.jdbc.queryForObject("select id from unit_report where campaign_unit_id = ? and kind = 'UNIT_PLAN'",
                Long.class, world.ldj.getId());
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        Answer api = world.http.upload(LDJ_STAFF, "/api/evidence/report/" + plan, "方案附件.pdf", "application/pdf", PDF);
        assertThat(api.status()).as(api.raw()).isEqualTo(400);
        assertThat(api.problem(ApiProblem.LOCKED)).isEqualTo(InputRejectedException.LOCKED);
        world.unchanged.since(before, rejected, 0, "evidence on an approved plan");

        world.evaluateGsbx();
        before = world.unchanged.snapshot();
        rejected = world.unchanged.rejectedRows();
        Map<String, Object> row = new HashMap<>();
        row.put("name", "张三");
        row.put("positions", List.of("业务"));
        row.put("duties", "经办");
        row.put("formal", true);
        row.put("yearsInPosition", 2);
        Answer staffing = world.http.put(DemoUsers.staffUser("gsbx"), "/api/campaign-units/" + world.gsbx.getId()
                + "/staffing", List.of(row));
        assertThat(staffing.status()).as(staffing.raw()).isEqualTo(400);
        assertThat(staffing.problem(ApiProblem.LOCKED)).isEqualTo(InputRejectedException.LOCKED);
        world.unchanged.since(before, rejected, 0, "staffing table filed with the office");
    }

    void weakPasswordsAreRefused() {
        new TestIdentities(world.driverIdentity(), PASSWORD).user("pw-probe", "unit-ylbx");
        String hash = world.jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'pw-probe'", String.class);
        for (String weak : List.of("a", "abcdefghijk", "pw-probe-2098")) {
            Answer change = world.http.put("pw-probe", "/engine-rest/user/pw-probe/credentials",
                    Map.of("password", weak, "authenticatedUserPassword", PASSWORD));
            assertThat(change.status()).as("%s: %s", weak, change.raw()).isEqualTo(400);
            assertThat(change.message()).isEqualTo(PasswordRules.MESSAGE);
        }
        assertThat(world.jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = 'pw-probe'", String.class))
                .isEqualTo(hash);
        Answer created = world.http.post(ADMIN, "/engine-rest/user/create", Map.of("profile", Map.of("id", "weak-new",
                "firstName", "弱", "lastName", "密码"), "credentials", Map.of("password", "123")));
        assertThat(created.status()).as(created.raw()).isEqualTo(400);
        assertThat(created.message()).isEqualTo(PasswordRules.MESSAGE);
        assertThat(world.jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ = 'weak-new'", Long.class)).isZero();
    }

    void lockoutExpiresOrIsUnlocked(ApplicationContext context) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) context
                .getBean(ProcessEngine.class).getProcessEngineConfiguration();
        assertThat(configuration.getLoginMaxAttempts()).as("no permanent lock").isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);
        new TestIdentities(world.driverIdentity(), PASSWORD).user("lock-probe", "unit-ylbx");
        assertThat(world.http.get("lock-probe", "wrong-password-1", "/api/units").status()).isEqualTo(401);
        assertThat(world.http.get("lock-probe", PASSWORD, "/api/units").status())
                .as("held back for a few seconds after a wrong password").isEqualTo(401);
        assertThat(world.http.post(ADMIN, "/engine-rest/user/lock-probe/unlock", null).status()).isEqualTo(204);
        assertThat(world.http.get("lock-probe", PASSWORD, "/api/units").status()).as("unlocked").isEqualTo(200);
    }

    /** The inspector who scored a sheet does not see or claim its review; the other inspector does. */
    void scorerIsNotOfferedTheReview() {
        world.evaluateGsbx();
        String pi = world.gsbx.getProcessInstanceId();
        Map<String, Object> scores = new HashMap<>();
        world.jdbc.queryForList("select a.item_no, ci.points from item_assessment a join campaign_unit cu"
                + " on cu.id = a.campaign_unit_id join campaign_item ci on ci.campaign_id = cu.campaign_id"
                + " and ci.item_no = a.item_no where a.campaign_unit_id = ?", world.gsbx.getId())
                .forEach(r -> scores.put("score" + r.get("item_no"), ((Number) r.get("points")).intValue()));
        world.driver.submit(pi, UnitCampaignProcess.TASK_SCORE_UNIT, INSPECTOR_1, scores);
        Task review = world.task(world.gsbx, UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET);
        String query = "/engine-rest/task?taskDefinitionKey=" + UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET
                + "&processInstanceId=" + pi;
        assertThat(world.http.get(INSPECTOR_1, query).body()).as("the scorer's task list").isEmpty();
        assertThat(world.http.get(INSPECTOR_2, query).body()).hasSize(1);
        Answer own = world.http.post(INSPECTOR_1, "/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", INSPECTOR_1));
        assertThat(own.status()).as(own.raw()).isIn(403, 404);
        Answer other = world.http.post(INSPECTOR_2, "/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", INSPECTOR_1));
        assertThat(other.status()).as("nor given to him by a colleague: %s", other.raw()).isEqualTo(400);
        assertThat(world.http.post(INSPECTOR_2, "/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", INSPECTOR_2)).status()).isEqualTo(204);
        assertThat(world.http.post(INSPECTOR_2, "/engine-rest/task/" + review.getId() + "/unclaim", null).status())
                .as("Tasklist's 取消签收 by the holder").isEqualTo(204);
    }

    void refusalsAreTraced() {
        long rejected = world.unchanged.rejectedRows();
        Answer api = world.http.get(LDJ_STAFF, "/api/campaign-units/" + world.ylbx.getId());
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.problem(ApiProblem.ACCESS_DENIED)).contains("无权");
        assertThat(world.http.get(LDJ_STAFF, "/engine-rest/task/" + ackTask()).status()).isEqualTo(404);
        assertThat(world.http.get(LDJ_STAFF, "/camunda/api/engine/engine/default/task/" + ackTask()).status())
                .isEqualTo(404);
        assertThat(world.http.get(LDJ_STAFF, "/js/no-such-file.js").status()).isEqualTo(404);
        Answer anonymous = world.http.get(null, "/api/campaign-units/" + world.ylbx.getId());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problem(ApiProblem.LOGIN_REQUIRED)).isEqualTo("请先登录");
        assertThat(world.unchanged.rejectedRows() - rejected).as("one row per refused request, none for a missing"
                + " static file or an anonymous caller").isEqualTo(3);
        assertThat(world.jdbc.queryForList("select user_id, campaign_unit_id, field from audit_log where action = "
                + "'REJECTED' and entity_type = 'Request' order by id desc fetch first 3 rows only"))
                .allSatisfy(row -> {
                    assertThat(row.get("user_id")).isEqualTo(LDJ_STAFF);
                    assertThat(((Number) row.get("campaign_unit_id")).longValue()).isEqualTo(world.ylbx.getId());
                });
    }

    /** What held before the gate, and must keep holding. */
    void whatHeldStillHolds() {
        String other = world.ylbx.getProcessInstanceId();
        Map<String, Object> before = world.unchanged.snapshot();
        long rejected = world.unchanged.rejectedRows();
        assertThat(world.http.get(LDJ_STAFF, "/engine-rest/process-instance/" + other + "/variables").status())
                .isIn(403, 404);
        assertThat(world.http.put(LDJ_STAFF, "/engine-rest/process-instance/" + world.ldj.getProcessInstanceId()
                + "/suspended", Map.of("suspended", true)).status()).as("suspend").isEqualTo(403);
        assertThat(world.http.post(LDJ_STAFF, "/engine-rest/task/" + ackTask() + "/submit-form",
                Map.of("variables", Map.of("acknowledged", typed(true, "Boolean")))).status()).isIn(403, 404);
        assertThat(world.http.get(LDJ_STAFF, "/units/" + world.ylbx.getId()).status()).isEqualTo(403);
        Answer injection = world.http.get(LDJ_STAFF, "/api/audit?unit=ldj'%20OR%20'1'='1");
        assertThat(injection.status()).isIn(400, 403);
        assertThat(world.http.get(LDJ_STAFF, "/actuator/metrics").status()).isEqualTo(403);
        long refused = world.unchanged.rejectedRows() - rejected;
        assertThat(refused).isBetween(5L, 6L);
        world.unchanged.since(before, rejected, refused, "what held");
    }
}
