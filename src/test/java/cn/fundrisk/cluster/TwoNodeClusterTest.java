package cn.fundrisk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.Units;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.OverdueEscalationProcess;
import cn.fundrisk.process.ReminderProcess;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.reminder.OutboxMail;
import cn.fundrisk.reminder.Smtp;
import cn.fundrisk.support.ClusterNode;
import cn.fundrisk.support.PostgresForTests;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes (two Spring contexts, two engines, both job executors and outbox senders on) on one
 * PostgreSQL database and one SMTP server (GreenMail) run a campaign whose deadlines are seconds
 * apart, with the escalation steps due at once (0 working days) and the sender cycling every
 * second: every deadline and escalation timer fires exactly once, whichever node acquires it;
 * the daily digest job run on both nodes at once, then again, queues one digest per recipient;
 * every e-mail the outbox holds arrives exactly once (GreenMail's messages = the SENT rows, no
 * recipient and subject twice); nothing is left failed or as an incident (the engine's
 * optimistic locking lets the loser of a race retry, never duplicate).
 */
class TwoNodeClusterTest {

    static ClusterNode node1;
    static ClusterNode node2;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startCluster() throws Exception {
        Smtp.purge();
        String url = PostgresForTests.freshDatabase("cluster");
        Map<String, Object> mailAndSchedule = Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", Smtp.port(),
                "fundrisk.reminders.sender-cycle", "R/PT1S",
                // escalation steps due on the deadline day itself, at 00:00: they fire right after the deadline
                "fundrisk.reminders.head-after-working-days", 0, "fundrisk.reminders.office-after-working-days", 0,
                "fundrisk.reminders.escalation-time", "00:00",
                "fundrisk.reminders.digest-on-working-days-only", false, // whatever day the test runs
                "camunda.bpm.webapp.enabled", false); // the engine, REST and job executor are what counts here
        // one after the other: the first creates the schema (Camunda, Flyway) and the deployment
        node1 = ClusterNode.start("node1", url, mailAndSchedule);
        node2 = ClusterNode.start("node2", url, mailAndSchedule);
        jdbc = node1.bean(JdbcTemplate.class);
        // people with e-mail addresses: each unit's staff and head, the office, a leader
        TestIdentities people = new TestIdentities(node1.bean(IdentityService.class), "pw-cluster");
        people.group(Groups.OFFICE);
        people.user("office-c", Groups.OFFICE);
        people.group(Groups.LEADERS);
        people.user("leader-c", Groups.LEADERS);
        for (Unit unit : node1.bean(Units.class).findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder()) {
            people.group(Unit.staffGroup(unit.getCode()));
            people.user(unit.getCode() + "-staff", Unit.staffGroup(unit.getCode()));
            people.group(Unit.headGroup(unit.getCode()));
            people.user(unit.getCode() + "-head", Unit.headGroup(unit.getCode()));
        }
    }

    @AfterAll
    static void stopCluster() {
        if (node2 != null) {
            node2.close();
        }
        if (node1 != null) {
            node1.close();
        }
    }

    @Test
    void everyTimerFiresAndEveryMailArrivesOnceAcrossTwoNodes() throws Exception {
        Instant now = Instant.now();
        Map<String, Object> start = new HashMap<>();
        start.put(CampaignProcess.VAR_CAMPAIGN_NAME, "集群演练");
        start.put(CampaignProcess.VAR_CAMPAIGN_YEAR, now.atZone(cn.fundrisk.process.Clock.ZONE).getYear());
        // the ten units the notice addresses (市人社局, a default participant too, is left out: the counts below)
        start.put(CampaignProcess.VAR_UNIT_CODES, "ldj,ylbx,gsbx,jjzj,xxzx,guichi,dongzhi,shitai,qingyang,jiuhuashan");
        int seconds = 25;
        for (Phase phase : Phase.values()) {
            // deployment after 25 s (time to approve the plan and deploy two units), then 4 s apart
            start.put(phase.deadlineVariable(), now.plusSeconds(seconds).toString());
            seconds += 4;
        }
        String campaignPi = node1.bean(RuntimeService.class).startProcessInstanceByKey(CampaignProcess.KEY, start)
                .getId();
        TaskDriver onNode2 = node2.bean(TaskDriver.class);
        onNode2.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, "office-c", Map.of("planText", "集群演练方案"));
        onNode2.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, "leader-c",
                Map.of(TaskForm.DECISION, TaskForm.APPROVE));
        Long campaignId = ((Number) node1.bean(RuntimeService.class).getVariable(campaignPi,
                CampaignProcess.VAR_CAMPAIGN_ID)).longValue();
        List<CampaignUnit> units = node1.bean(CampaignUnits.class).findByCampaign(campaignId);
        assertThat(units).hasSize(10);
        // two units finish deployment in time on node1, so their self-inspection deadline fires instead
        TaskDriver onNode1 = node1.bean(TaskDriver.class);
        for (CampaignUnit unit : units.subList(0, 2)) {
            String pi = unit.getProcessInstanceId();
            String code = unit.getUnit().getCode();
            onNode1.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, code + "-staff",
                    Map.of("acknowledged", true, "contactPerson", "联络员"));
            onNode1.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, code + "-staff",
                    Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
            onNode1.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, code + "-head",
                    Map.of(TaskForm.DECISION, TaskForm.APPROVE));
        }
        assertThat(Instant.now()).as("set-up done before the first deadline").isBefore(now.plusSeconds(25));

        // 8 deployment deadlines at the same instant, 2 self-inspection deadlines 4 s later; each
        // starts its escalation, whose head and office steps are due at once
        waitFor(() -> count("select count(*) from unit_phase where overdue_at is not null") >= 10
                && activityCount(OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE) >= 10, Duration.ofSeconds(40));

        // the daily digest job run on both nodes at once, then once more: one digest per recipient
        String digestJob = digestJob(node1);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> runQuietly(node1, digestJob)),
                CompletableFuture.runAsync(() -> runQuietly(node2, digestJob))).get();
        runQuietly(node2, digestJob(node2));

        waitFor(() -> count("select count(*) from outbox_message where state <> 'SENT'") == 0, Duration.ofSeconds(20));
        Thread.sleep(3000); // a timer fired twice, or a mail sent twice, would show now

        assertThat(activityCount(UnitCampaignProcess.TASK_RECORD_DEPLOYMENT_OVERDUE)).isEqualTo(8);
        assertThat(activityCount(UnitCampaignProcess.TASK_RECORD_SELF_INSPECTION_OVERDUE)).isEqualTo(2);
        assertThat(count("select count(*) from unit_phase where overdue_at is not null")).isEqualTo(10);
        assertThat(count("select count(*) from unit_phase where phase = 'DEPLOYMENT' and overdue_at is not null"))
                .isEqualTo(8);
        // every deadline timer job ran successfully exactly once (job log: 1 = successful)
        assertThat(jdbc.queryForList("select JOB_ID_ from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ like 'timer%'"
                + " and JOB_STATE_ = 2 group by JOB_ID_ having count(*) > 1")).as("no timer succeeded twice").isEmpty();
        // each escalation step once per overdue unit phase, with its 督办 task
        for (String step : List.of(OverdueEscalationProcess.TIMER_HEAD_DAY, OverdueEscalationProcess.TASK_NOTIFY_UNIT_HEAD,
                OverdueEscalationProcess.TIMER_OFFICE_DAY, OverdueEscalationProcess.TASK_NOTIFY_OFFICE,
                OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE)) {
            assertThat(activityCount(step)).as(step).isEqualTo(10);
        }
        assertEveryMailDeliveredOnce();
        assertThat(node1.bean(RuntimeService.class).createIncidentQuery().count()).as("incidents").isZero();
        ManagementService jobs = node2.bean(ManagementService.class);
        assertThat(jobs.createJobQuery().withException().count()).as("jobs left failing").isZero();
        List<Map<String, Object>> byNode = jdbc.queryForList("select HOSTNAME_ as node, count(*) as jobs"
                + " from ACT_HI_JOB_LOG where JOB_STATE_ = 2 group by HOSTNAME_");
        // job log states: 1 failed (e.g. an optimistic-locking conflict between the nodes), 2 successful
        long failures = count("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1");
        System.out.println("jobs executed per node: " + byNode + "; failed attempts retried: " + failures);
        assertThat(jdbc.queryForList("select f.JOB_ID_ from ACT_HI_JOB_LOG f where f.JOB_STATE_ = 1 and not exists"
                + " (select 1 from ACT_HI_JOB_LOG s where s.JOB_ID_ = f.JOB_ID_ and s.JOB_STATE_ = 2)"))
                .as("every failed attempt succeeded on a retry").isEmpty();
        assertThat(byNode.stream().mapToLong(r -> ((Number) r.get("jobs")).longValue()).sum())
                .as("successful jobs").isGreaterThanOrEqualTo(10);
    }

    /** GreenMail's messages are exactly the outbox's rows, all SENT, none twice. */
    private static void assertEveryMailDeliveredOnce() throws Exception {
        Map<String, Long> byKind = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select kind, count(*) as n from outbox_message group by kind")) {
            byKind.put((String) row.get("kind"), ((Number) row.get("n")).longValue());
        }
        List<String> deliveries = Smtp.deliveries();
        System.out.println("e-mails by cause: " + byKind + "; delivered: " + deliveries.size());
        assertThat(count("select count(*) from outbox_message where state <> 'SENT'")).as("not SENT").isZero();
        List<String> sent = jdbc.queryForList("select lower(recipient) || '|' || subject from outbox_message",
                String.class);
        assertThat(deliveries).as("no e-mail twice").doesNotHaveDuplicates();
        assertThat(deliveries).as("GreenMail received = the outbox's SENT rows").containsExactlyInAnyOrderElementsOf(sent);
        // plan issued: 10 units' staff and contact address; 2 plans submitted (head) and approved (staff)
        assertThat(byKind.get(OutboxMail.Kind.NOTICE.name())).isEqualTo(10 * 2 + 2 + 2);
        assertThat(byKind.get(OutboxMail.Kind.ESCALATION_HEAD.name())).as("day 1: each unit's head").isEqualTo(10);
        assertThat(byKind.get(OutboxMail.Kind.ESCALATION_OFFICE.name())).as("day 3: the office").isEqualTo(10);
        // every unit's staff and contact address have tasks due today or overdue
        assertThat(byKind.get(OutboxMail.Kind.DIGEST.name())).as("digests").isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("select lower(recipient) from outbox_message where kind = 'DIGEST'"
                + " group by lower(recipient) having count(*) > 1")).as("one digest per recipient").isEmpty();
    }

    private static String digestJob(ClusterNode node) {
        return node.bean(ManagementService.class).createJobQuery().processDefinitionKey(ReminderProcess.KEY)
                .activityId(ReminderProcess.START_DAILY_DIGEST).singleResult().getId();
    }

    /** Runs the job; the loser of a race gets the engine's optimistic-locking failure, as in production. */
    private static void runQuietly(ClusterNode node, String jobId) {
        try {
            node.bean(ManagementService.class).executeJob(jobId);
        } catch (RuntimeException e) {
            // the other node ran it (or is running it): the unique cause key keeps each digest single
            System.out.println("digest job on " + node.name() + ": " + e);
        }
    }

    private static long activityCount(String activityId) {
        return count("select count(*) from ACT_HI_ACTINST where ACT_ID_ = '" + activityId + "'");
    }

    private static long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", timeout).isBefore(end);
            Thread.sleep(250);
        }
    }
}
