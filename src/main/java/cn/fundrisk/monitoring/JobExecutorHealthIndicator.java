package cn.fundrisk.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import cn.fundrisk.process.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code jobs} in /actuator/health: the cluster's jobs as the database shows them (deadline timers,
 * the monthly cycle, the digest and the sender). WARNING (HTTP 200: the node serves users and stays
 * in the load balancer) when jobs have been due for longer than the threshold without any node of
 * the cluster executing them, or when jobs failed for good or incidents are open, which an
 * administrator resolves in Cockpit; never DOWN, since no single node can mend it by leaving the
 * load balancer (this node's own executor is {@link NodeJobExecutorHealthIndicator}, in readiness).
 * The same counts are gauges in /actuator/metrics.
 */
@Component("jobs")
public class JobExecutorHealthIndicator implements HealthIndicator, MeterBinder {

    public static final Status WARNING = new Status("WARNING", "有到期未执行的作业、失败的作业或未处理的事件（incident）");

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Duration overdueAfter;

    public JobExecutorHealthIndicator(ProcessEngine processEngine,
            @Value("${fundrisk.health.job-overdue-minutes:10}") long overdueMinutes) {
        this.managementService = processEngine.getManagementService();
        this.runtimeService = processEngine.getRuntimeService();
        this.overdueAfter = Duration.ofMinutes(overdueMinutes);
    }

    @Override
    public Health health() {
        try {
            return counted();
        } catch (RuntimeException e) {
            // the database does not answer: db says DOWN; this one cannot tell
            return Health.unknown().withException(e).build();
        }
    }

    private Health counted() {
        long overdue = overdueJobs();
        long failed = failedJobs();
        long incidents = incidents();
        Health.Builder health = overdue > 0 || failed > 0 || incidents > 0 ? Health.status(WARNING) : Health.up();
        return health.withDetail("dueJobs", dueJobs())
                .withDetail("overdueJobs", overdue)
                .withDetail("overdueAfterMinutes", overdueAfter.toMinutes())
                .withDetail("failedJobs", failed)
                .withDetail("incidents", incidents).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("fundrisk.jobs.due", this, JobExecutorHealthIndicator::dueJobs)
                .description("jobs due now (timers, async steps) not yet executed").register(registry);
        Gauge.builder("fundrisk.jobs.overdue", this, JobExecutorHealthIndicator::overdueJobs)
                .description("jobs due for longer than fundrisk.health.job-overdue-minutes").register(registry);
        Gauge.builder("fundrisk.jobs.failed", this, JobExecutorHealthIndicator::failedJobs)
                .description("jobs without retries left").register(registry);
        Gauge.builder("fundrisk.incidents", this, JobExecutorHealthIndicator::incidents)
                .description("open incidents").register(registry);
    }

    long dueJobs() {
        return managementService.createJobQuery().executable().count();
    }

    long overdueJobs() {
        Instant limit = Clock.now().minus(overdueAfter);
        return managementService.createJobQuery().executable().duedateLowerThan(Date.from(limit)).count();
    }

    long failedJobs() {
        return managementService.createJobQuery().noRetriesLeft().count();
    }

    long incidents() {
        return runtimeService.createIncidentQuery().count();
    }
}
