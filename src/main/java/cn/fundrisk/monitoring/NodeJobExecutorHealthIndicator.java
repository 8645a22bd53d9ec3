package cn.fundrisk.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code nodeJobExecutor}, part of readiness: this node's job executor, which fires deadline
 * timers, escalations, unit starts and the mail jobs. DOWN when it should run on this node
 * ({@code camunda.bpm.job-execution.enabled}) and does not: such a node leaves the load balancer
 * until it runs again. UP when it runs, or when it is switched off on purpose (a node that only
 * serves users). Always present, unlike Camunda's own {@code jobExecutor}, which exists only on
 * nodes that run one.
 */
@Component("nodeJobExecutor")
public class NodeJobExecutorHealthIndicator implements HealthIndicator {

    private final ProcessEngine processEngine;
    private final boolean enabled;

    public NodeJobExecutorHealthIndicator(ProcessEngine processEngine,
            @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
        this.processEngine = processEngine;
        this.enabled = enabled;
    }

    @Override
    public Health health() {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean active = executor != null && executor.isActive();
        Health.Builder health = enabled && !active ? Health.down() : Health.up();
        return health.withDetail("enabled", enabled).withDetail("active", active).build();
    }
}
