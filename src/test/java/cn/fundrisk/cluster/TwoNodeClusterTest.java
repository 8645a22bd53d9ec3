package cn.fundrisk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.ClusterNode;
import cn.fundrisk.support.PostgresForTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes (two Spring contexts, two engines, both job executors on) on one PostgreSQL database
 * run a campaign whose deadlines are seconds apart: every deadline timer fires exactly once,
 * whichever node acquires it, and nothing is left failed or as an incident (the engine's
 * optimistic locking lets the loser of a race retry, never duplicate). Email counts (GreenMail)
 * join once reminders send mail: pass spring.mail.* to both nodes and count the messages.
 */
class TwoNodeClusterTest {

    static ClusterNode node1;
    static ClusterNode node2;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void startCluster() {
        String url = PostgresForTests.freshDatabase("cluster");
        // one after the other: the first creates the schema (Camunda, Flyway) and the deployment
        node1 = ClusterNode.start("node1", url, Map.of());
        node2 = ClusterNode.start("node2", url, Map.of());
        jdbc = node1.bean(JdbcTemplate.class);
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
    void everyDeadlineTimerFiresOnceAcrossTwoNodes() throws InterruptedException {
        Instant now = Instant.now();
        Map<String, Object> start = new HashMap<>();
        start.put(CampaignProcess.VAR_CAMPAIGN_NAME, "集群演练");
        start.put(CampaignProcess.VAR_CAMPAIGN_YEAR, now.atZone(cn.fundrisk.process.Clock.ZONE).getYear());
        start.put(CampaignProcess.VAR_UNIT_CODES, "");
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

        // 8 deployment deadlines at the same instant, 2 self-inspection deadlines 4 s later
        waitFor(() -> count("select count(*) from unit_phase where overdue_at is not null") >= 10, Duration.ofSeconds(40));
        Thread.sleep(3000); // a timer fired twice would show now

        assertThat(activityCount(UnitCampaignProcess.TASK_RECORD_DEPLOYMENT_OVERDUE)).isEqualTo(8);
        assertThat(activityCount(UnitCampaignProcess.TASK_RECORD_SELF_INSPECTION_OVERDUE)).isEqualTo(2);
        assertThat(count("select count(*) from unit_phase where overdue_at is not null")).isEqualTo(10);
        assertThat(count("select count(*) from unit_phase where phase = 'DEPLOYMENT' and overdue_at is not null"))
                .isEqualTo(8);
        // every deadline timer job ran successfully exactly once (job log: 1 = successful)
        assertThat(jdbc.queryForList("select JOB_ID_ from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ = 'timer-transition'"
                + " and JOB_STATE_ = 2 group by JOB_ID_ having count(*) > 1")).as("no timer succeeded twice").isEmpty();
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
