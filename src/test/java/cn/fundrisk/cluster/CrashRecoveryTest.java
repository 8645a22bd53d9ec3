package cn.fundrisk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.fundrisk.process.OverdueEscalationProcess;
import cn.fundrisk.reminder.Smtp;
import cn.fundrisk.support.ChildNode;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.PostgresForTests;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production nodes (child JVMs, profile prod, on the embedded PostgreSQL) killed with SIGKILL: in
 * the middle of a campaign launch over REST, in the middle of a burst of deadline timers, and, of
 * two nodes with SMTP and the production job settings, the one that has just claimed the first
 * e-mail. The campaign is there completely or not at all (the retry then succeeds), every timer
 * fires exactly once (the dead node's job locks expire and another start executes what it had
 * acquired), the other node goes on sending within 30 s (it does not wait for the dead node's locks)
 * and every queued e-mail arrives once in GreenMail, except at most the one message the killed
 * sender had in flight, which stays SENDING (状态不明) and is not sent again by itself. Last, the
 * database refuses the surviving node: readiness 503, liveness 200, ready again when it is back.
 */
class CrashRecoveryTest {

    static final String ADMIN_PASSWORD = "crash-test-root-pw"; // meets the password policy: not the user id
    static final String PASSWORD = "pw-crash-1";
    static final Duration START = Duration.ofSeconds(150);
    /** The default units: the ten the notice addresses and 市人社局. */
    static final int UNITS = 11;
    /** Timers of the units' own processes (an overdue phase adds its escalation's timers, not counted here). */
    static final String UNIT_TIMERS = "select count(*) from ACT_RU_JOB where TYPE_ = 'timer'"
            + " and PROCESS_DEF_KEY_ = 'unitCampaignProcess'";

    JdbcTemplate jdbc;
    List<String> arguments;
    /** Every node this test started: killed after it, whatever happened, so none outlives a failure. */
    final List<ChildNode> nodes = new java.util.ArrayList<>();

    private ChildNode track(ChildNode node) {
        nodes.add(node);
        return node;
    }

    @org.junit.jupiter.api.AfterEach
    void killLeftNodes() throws InterruptedException {
        for (ChildNode node : nodes) {
            if (node.isAlive()) {
                node.kill();
            }
        }
    }

    @Test
    void aKilledNodeLosesAndDuplicatesNothing() throws Exception {
        String url = PostgresForTests.freshDatabase("crash");
        jdbc = new JdbcTemplate(PostgresForTests.SERVER.getDatabase(PostgresForTests.USER, "crash"));
        arguments = List.of("--spring.profiles.active=prod", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresForTests.USER,
                "--spring.datasource.password=" + PostgresForTests.PASSWORD,
                // the units' made-up contact addresses (empty in production until set): the plan notices
                "--fundrisk.demo.contact-addresses=true",
                // a dead node's jobs are taken over when its locks expire (Camunda's default: 5 minutes)
                "--camunda.bpm.job-execution.lock-time-in-millis=8000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000",
                "--fundrisk.reminders.sender-cycle=R/PT1S");
        // the first two nodes have no SMTP: the plan notices wait in the outbox for the next ones
        List<String> mail = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Smtp.port(),
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=2000");
        List<String> withMail = new java.util.ArrayList<>(arguments);
        withMail.addAll(mail);
        // the last node meets a refusing database: its pool gives up after 5 s, not Hikari's 30
        withMail.add("--spring.datasource.hikari.connection-timeout=5000");
        // the sending nodes run as in production: no job-executor or sender setting changed
        List<String> prodWithMail = new java.util.ArrayList<>(arguments.subList(0, 5));
        prodWithMail.addAll(mail);
        Smtp.purge();
        Map<String, String> environment = Map.of("FUNDRISK_ADMIN_PASSWORD", ADMIN_PASSWORD);

        ChildNode node = track(ChildNode.start("crash-node-1", environment, arguments, START));
        HttpClientForTests http = node.http(PASSWORD);
        createUsers(node.http(ADMIN_PASSWORD));
        // a production node: the office decides on the items whose text the source lost before any campaign
        for (int itemNo : new int[] { 7, 27, 29 }) {
            assertThat(http.put("office-k", "/api/checklist/" + itemNo + "/not-scored",
                    Map.of("reason", "原文缺失，本次不计分")).status()).as("item %d 不计分", itemNo).isEqualTo(200);
        }

        // 1. SIGKILL while POST /api/campaigns writes the campaign (11 units, their items and phases)
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", "崩溃恢复演练");
        request.put("year", Instant.now().atZone(cn.fundrisk.process.Clock.ZONE).getYear());
        request.put("deadlines", deadlines(Instant.now().plusSeconds(35)));
        HttpClientForTests firstNode = http;
        CompletableFuture<Answer> launch = CompletableFuture.supplyAsync(() -> firstNode.post("office-k",
                "/api/campaigns", request));
        Thread.sleep(150);
        node.kill();
        boolean answered = launch.handle((answer, failure) -> answer != null && answer.status() == 201).get();

        node = track(ChildNode.start("crash-node-2", environment, arguments, START));
        http = node.http(PASSWORD);
        long campaigns = count("select count(*) from campaign");
        System.out.println("launch killed: answered=" + answered + ", campaign committed=" + (campaigns == 1));
        assertThat(campaigns).as("all or nothing").isIn(0L, 1L);
        if (campaigns == 0) {
            assertThat(count("select count(*) from campaign_unit") + count("select count(*) from item_assessment")
                    + count("select count(*) from unit_phase") + count("select count(*) from ACT_RU_EXECUTION"
                    + " where PROC_DEF_ID_ not like 'outboxSenderProcess:%'")) // a sender run may be waiting
                    .as("nothing half-saved").isZero();
            request.put("deadlines", deadlines(Instant.now().plusSeconds(10)));
            assertThat(http.post("office-k", "/api/campaigns", request).status()).as("the retry").isEqualTo(201);
        }
        Answer replay = http.post("office-k", "/api/campaigns", request);
        assertThat(replay.status()).as("a replay is refused").isEqualTo(400);
        assertThat(count("select count(*) from campaign")).isEqualTo(1);
        assertThat(count("select count(*) from campaign_unit")).isEqualTo(UNITS);
        assertThat(count("select count(*) from campaign_item")).isEqualTo(31);
        assertThat(count("select count(*) from item_assessment") + count("select count(*) from unit_phase"))
                .as("items and phases come with each unit's start").isZero();
        long campaignId = count("select id from campaign");

        // the units' processes start when the plan is approved; their deployment deadlines fire together
        launchUnits(http, campaignId);
        // each unit starts in a job of the node's job executor (its rows with it): wait for all of them
        waitFor(() -> count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_AcknowledgePlan'") == UNITS,
                Duration.ofSeconds(60));
        // deadline timers of the units' processes, counting any that already fired (they are marked overdue)
        long timers = count(UNIT_TIMERS) + overdueMarks();
        assertThat(count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_AcknowledgePlan'"))
                .isEqualTo(UNITS);
        assertThat(count("select count(*) from campaign_unit cu where not exists (select 1 from item_assessment a"
                + " where a.campaign_unit_id = cu.id) or (select count(*) from unit_phase p where p.campaign_unit_id = cu.id)"
                + " < 5")).as("every unit with its items and phases").isZero();

        // 2. SIGKILL as soon as the first deadline timer has been recorded
        long first = waitFor(() -> overdueMarks() > 0, Duration.ofSeconds(90));
        node.kill();
        long marksAtKill = overdueMarks();
        System.out.println("timer burst killed after " + marksAtKill + " of " + UNITS + " overdue marks");

        // 3. two nodes with SMTP and production settings (job lock 2 minutes, sender every 10 s, the
        // job executor's idle wait at most 10 s); SIGKILL the one that claimed the first e-mail: the
        // other resumes the sending, without waiting for the dead node's locks
        long queued = count("select count(*) from outbox_message where state = 'QUEUED'");
        assertThat(queued).as("plan notices to the units' contact addresses, waiting for SMTP").isEqualTo(UNITS);
        jdbc.update("update outbox_message set next_attempt_at = now() + interval '1 day'"); // not due yet
        ChildNode other = track(ChildNode.start("crash-node-3", environment, prodWithMail, START));
        ChildNode sender = track(ChildNode.start("crash-node-4", environment, prodWithMail, START));
        jdbc.update("update outbox_message set next_attempt_at = now()");
        waitFor(() -> count("select count(*) from outbox_message where state in ('SENDING', 'SENT')") > 0, START);
        String claimer = jdbc.queryForObject("select min(claimed_by) from outbox_message where claimed_by is not null",
                String.class);
        ChildNode victim = claimer.startsWith(sender.pid() + "@") ? sender : other;
        ChildNode survivor = victim == sender ? other : sender;
        victim.kill();
        Instant killed = Instant.now();
        long sendingAtKill = count("select count(*) from outbox_message where state = 'SENDING'");
        long sentAtKill = count("select count(*) from outbox_message where state = 'SENT'");
        int deliveredAtKill = Smtp.received().size();
        String survivorName = survivor.pid() + "@%";
        waitFor(() -> count("select count(*) from outbox_message where state = 'SENT' and claimed_by like '"
                + survivorName + "'") > 0, Duration.ofSeconds(60));
        Duration resumed = Duration.between(killed, Instant.now());
        waitFor(() -> count("select count(*) from outbox_message where state in ('QUEUED', 'FAILED')"
                + " or (state = 'SENDING' and claimed_by like '" + survivorName + "')") == 0, Duration.ofSeconds(60));
        Duration allSent = Duration.between(killed, Instant.now());
        System.out.println("send killed: " + sendingAtKill + " SENDING, " + sentAtKill + " SENT, " + deliveredAtKill
                + " in GreenMail, of " + queued + "; the other node sent again " + resumed.toMillis()
                + " ms after the kill, everything " + allSent.toMillis() + " ms after it");
        assertThat(resumed).as("mail resumes within 30 s of a node's death").isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertEachMailOnceExceptInFlight(queued);
        other.close();
        sender.close();

        node = track(ChildNode.start("crash-node-5", environment, withMail, START));
        waitFor(() -> overdueMarks() == UNITS, Duration.ofSeconds(60));
        Thread.sleep(3000); // a timer fired twice, or an e-mail sent twice, would show now
        assertEachMailOnceExceptInFlight(queued);
        assertThat(overdueMarks()).isEqualTo(UNITS);
        assertThat(count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'Task_RecordDeploymentOverdue'"))
                .as("each unit's deadline recorded once").isEqualTo(UNITS);
        assertThat(count(UNIT_TIMERS)).as("the fired timers are gone, the others are all still there")
                .isEqualTo(timers - UNITS);
        assertThat(count("select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = '"
                + OverdueEscalationProcess.KEY + "'")).as("each overdue unit waits for its day-1 escalation, once")
                .isEqualTo(UNITS);
        assertThat(count("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_AcknowledgePlan'"))
                .isEqualTo(UNITS);
        assertThat(count("select count(*) from ACT_RU_INCIDENT")).as("incidents").isZero();
        assertThat(count("select count(*) from campaign_unit")).isEqualTo(UNITS);
        databaseDownTakesTheNodeOutOfTheLoadBalancerButKeepsItAlive(node);
        node.close();
        assertThat(first).isPositive();
    }

    /**
     * The database refuses this node (connections cut, new ones refused): readiness answers 503, the
     * node stays alive (liveness 200) and is ready again once the database is back.
     */
    private void databaseDownTakesTheNodeOutOfTheLoadBalancerButKeepsItAlive(ChildNode node) throws Exception {
        HttpClientForTests anonymous = node.http("");
        assertThat(anonymous.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
        JdbcTemplate admin = new JdbcTemplate(PostgresForTests.SERVER.getPostgresDatabase());
        admin.execute("alter database crash with allow_connections false");
        try {
            admin.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'crash'");
            waitFor(() -> anonymous.get(null, "/actuator/health/readiness").status() == 503, Duration.ofSeconds(90));
            assertThat(anonymous.get(null, "/actuator/health/readiness").body().path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(anonymous.get(null, "/actuator/health").status()).isEqualTo(503);
            assertThat(anonymous.get(null, "/actuator/health/liveness").status()).as("alive: not restarted")
                    .isEqualTo(200);
        } finally {
            admin.execute("alter database crash with allow_connections true");
        }
        waitFor(() -> anonymous.get(null, "/actuator/health/readiness").status() == 200, Duration.ofSeconds(60));
        jdbc = new JdbcTemplate(PostgresForTests.SERVER.getDatabase(PostgresForTests.USER, "crash"));
    }

    /**
     * Every queued e-mail SENT and in GreenMail once, or left SENDING by the killed sender (at most
     * the one it had claimed; it may or may not have reached the server: 状态不明); none twice.
     */
    private void assertEachMailOnceExceptInFlight(long queued) throws Exception {
        long sent = count("select count(*) from outbox_message where state = 'SENT'");
        long sending = count("select count(*) from outbox_message where state = 'SENDING'");
        List<String> deliveries = Smtp.deliveries();
        Map<String, Object> window = jdbc.queryForMap("select max(extract(epoch from sent_at - claimed_at) * 1000) as max_ms,"
                + " avg(extract(epoch from sent_at - claimed_at) * 1000) as avg_ms from outbox_message where state = 'SENT'");
        System.out.println("after restart: " + sent + " SENT, " + sending + " SENDING (状态不明), " + deliveries.size()
                + " in GreenMail, of " + queued + "; claim-to-SENT window per message: " + window);
        assertThat(sent + sending).as("delivered + 状态不明 = queued").isEqualTo(queued);
        assertThat(sending).as("in flight when killed: one claim at a time").isLessThanOrEqualTo(1);
        assertThat(deliveries).as("no e-mail twice").doesNotHaveDuplicates();
        assertThat(deliveries).as("every SENT row arrived").containsAll(jdbc.queryForList(
                "select lower(recipient) || '|' || subject from outbox_message where state = 'SENT'", String.class));
        assertThat(deliveries.size() - sent).as("beyond SENT: only the message in flight, if it reached the server")
                .isBetween(0L, sending);
    }

    private void createUsers(HttpClientForTests admin) {
        for (String[] user : new String[][] { { "office-k", "office" }, { "leader-k", "leaders" } }) {
            Answer created = admin.post("admin", "/engine-rest/user/create", Map.of(
                    "profile", Map.of("id", user[0], "firstName", user[0], "lastName", "测试", "email", user[0] + "@x.cn"),
                    "credentials", Map.of("password", PASSWORD)));
            assertThat(created.status()).as(created.raw()).isEqualTo(204);
            assertThat(admin.put("admin", "/engine-rest/group/" + user[1] + "/members/" + user[0], null).status())
                    .isEqualTo(204);
        }
    }

    private static void launchUnits(HttpClientForTests http, long campaignId) {
        submit(http, "office-k", "Task_DraftWorkPlan", campaignId, Map.of("planText", Map.of("value", "演练方案")));
        submit(http, "leader-k", "Task_ApproveWorkPlan", campaignId, Map.of("decision", Map.of("value", "APPROVE")));
    }

    private static void submit(HttpClientForTests http, String user, String taskKey, long campaignId,
            Map<String, Object> variables) {
        JsonNode tasks = http.get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&processInstanceBusinessKey=" + campaignId).ok();
        assertThat(tasks).hasSize(1);
        String id = tasks.get(0).path("id").asText();
        assertThat(http.post(user, "/engine-rest/task/" + id + "/claim", Map.of("userId", user)).status()).isEqualTo(204);
        Answer answer = http.post(user, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables));
        if (answer.status() == 500 && answer.raw().contains("updated by another transaction concurrently")) {
            // the work plan's deadline timer fired at the same instant: a client tries again
            answer = http.post(user, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables));
        }
        assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
    }

    /** The deployment deadline at the instant, each later phase a minute after the previous. */
    private static Map<String, String> deadlines(Instant deployment) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        String[] phases = { "deployment", "selfInspection", "rectification", "summary", "countyInspection",
                "evaluation" };
        for (int i = 0; i < phases.length; i++) {
            deadlines.put(phases[i], deployment.plusSeconds(60L * i).toString());
        }
        return deadlines;
    }

    private long overdueMarks() {
        return count("select count(*) from unit_phase where phase = 'DEPLOYMENT' and overdue_at is not null");
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    /** Polls every 5 ms (a kill follows the first sign of what it waits for); the milliseconds waited. */
    private static long waitFor(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant start = Instant.now();
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", timeout).isBefore(start.plus(timeout));
            Thread.sleep(5);
        }
        return Math.max(1, Duration.between(start, Instant.now()).toMillis());
    }
}
