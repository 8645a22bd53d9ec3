package cn.fundrisk.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * /actuator: the health status for everyone, its database and job-executor details and the
 * metrics for the office and administrators only; the job executor's health sees overdue jobs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-actuator;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ActuatorTest {

    static final String PASSWORD = "pw";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine processEngine;

    HttpClientForTests http;

    @BeforeEach
    void users() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("office");
        identities.group("camunda-admin");
        identities.group("unit-ldj");
        identities.user("office-m", "office");
        identities.user("admin-m", "camunda-admin");
        identities.user("ldj-staff-m", "unit-ldj");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void healthIsPublicItsDetailsAreNot() {
        // This context is shared with other test classes and its job executor is off: a cycle timer (the mail
        // sender's) may have been due for longer than the WARNING threshold by now. Due now, it is not overdue.
        Date now = new Date();
        for (Job job : processEngine.getManagementService().createJobQuery()
                .duedateLowerThan(new Date(now.getTime() - 60_000)).list()) {
            processEngine.getManagementService().setJobDuedate(job.getId(), now);
        }
        for (String user : new String[] { null, "ldj-staff-m" }) {
            for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
                    "/actuator/health/readiness" }) {
                Answer health = http.get(user, path);
                assertThat(health.status()).as("%s %s", user, path).isEqualTo(200);
                assertThat(health.body().path("status").asText()).as(path).isEqualTo("UP");
                assertThat(health.body().has("components")).as("no components for %s", user).isFalse();
            }
        }
        JsonNode readiness = http.get("admin-m", "/actuator/health/readiness").ok().path("components");
        assertThat(readiness.fieldNames()).toIterable().as("readiness: the database and this node's job executor")
                .containsExactlyInAnyOrder("db", "nodeJobExecutor", "readinessState");
        assertThat(http.get("admin-m", "/actuator/health/liveness").ok().path("components").fieldNames())
                .toIterable().containsExactly("livenessState");
        for (String user : new String[] { "office-m", "admin-m" }) {
            JsonNode components = http.get(user, "/actuator/health").ok().path("components");
            assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("db").path("details").path("database").asText()).isEqualTo("H2");
            JsonNode jobs = components.path("jobs");
            assertThat(jobs.path("status").asText()).as("%s", jobs).isEqualTo("UP");
            assertThat(components.path("nodeJobExecutor").path("details").path("enabled").asBoolean())
                    .as("tests fire jobs themselves").isFalse();
            assertThat(components.path("nodeJobExecutor").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("mail").path("details").path("configured").asBoolean()).isFalse();
            assertThat(jobs.path("details").path("overdueJobs").asLong()).isZero();
            assertThat(jobs.path("details").path("failedJobs").asLong()).isZero();
            assertThat(jobs.path("details").path("incidents").asLong()).isZero();
        }
    }

    @Test
    void metricsAreForTheOfficeAndAdministrators() {
        Answer anonymous = http.get(null, "/actuator/metrics");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.message()).isEqualTo("请先登录：运行监控仅限领导小组办公室和系统管理员");
        Answer staff = http.get("ldj-staff-m", "/actuator/metrics");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.message()).isEqualTo("无权查看运行监控：仅限领导小组办公室和系统管理员");
        assertThat(http.get("ldj-staff-m", "/actuator/health/db").status()).isEqualTo(403);

        List<String> names = new java.util.ArrayList<>();
        http.get("office-m", "/actuator/metrics").ok().path("names").forEach(n -> names.add(n.asText()));
        assertThat(names).contains("fundrisk.jobs.due", "fundrisk.jobs.overdue", "fundrisk.jobs.failed",
                "fundrisk.incidents", "jvm.memory.used", "hikaricp.connections.active", "http.server.requests");
        JsonNode incidents = http.get("admin-m", "/actuator/metrics/fundrisk.incidents").ok();
        assertThat(incidents.path("measurements").get(0).path("value").asDouble()).isZero();
    }

    @Test
    void jobsDueLongAgoAndAStoppedExecutorShowInHealth() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-04-01T01:00:00Z")));
        runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(CampaignProcess.VAR_CAMPAIGN_NAME,
                "监控", CampaignProcess.VAR_CAMPAIGN_YEAR, 2019, CampaignProcess.VAR_UNIT_CODES, "ldj"));
        // the work plan's deadline (30 April) passed a day ago and no job executor fired its timer
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-05-01T16:00:00Z")));
        Answer health = http.get("office-m", "/actuator/health");
        assertThat(health.status()).as("a warning keeps the node in service").isEqualTo(200);
        assertThat(health.body().path("status").asText()).isEqualTo("WARNING");
        JsonNode jobs = health.body().path("components").path("jobs");
        assertThat(jobs.path("status").asText()).isEqualTo("WARNING");
        assertThat(jobs.path("details").path("overdueJobs").asLong()).isPositive();
        assertThat(http.get("office-m", "/actuator/metrics/fundrisk.jobs.overdue").ok().path("measurements").get(0)
                .path("value").asDouble()).isPositive();

        assertThat(http.get(null, "/actuator/health/readiness").status())
                .as("jobs overdue in the cluster do not take this node out").isEqualTo(200);

        // a node configured to run jobs whose executor is not running is DOWN
        assertThat(new NodeJobExecutorHealthIndicator(processEngine, true).health().getStatus().getCode())
                .isEqualTo("DOWN");
    }
}
