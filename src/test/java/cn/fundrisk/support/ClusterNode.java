package cn.fundrisk.support;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.fundrisk.FundRiskCampaignApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One node of a test cluster: the whole application in its own Spring context (engine, job
 * executor, web server on a free port) against a shared database. Extra properties plug in more
 * shared parts, e.g. spring.mail.host/port of a GreenMail server, so that a test can count what
 * all nodes sent.
 */
public final class ClusterNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private ClusterNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * Starts a node named name (its engine's name and the hostname its job executor writes into
     * the job log) on the JDBC URL, with the job executor on and polling often.
     */
    public static ClusterNode start(String name, String jdbcUrl, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", PostgresForTests.USER);
        properties.put("spring.datasource.password", PostgresForTests.PASSWORD);
        // two engines in one JVM: Camunda's registry of engines is static and keyed by name
        properties.put("camunda.bpm.process-engine-name", name);
        properties.put("camunda.bpm.generic-properties.properties.hostname", name);
        properties.put("camunda.bpm.job-execution.enabled", true);
        properties.put("camunda.bpm.job-execution.deployment-aware", false);
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
        properties.put("camunda.bpm.job-execution.max-wait", 1000);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(extraProperties);
        // as command-line arguments: above application.yaml and the test profile's file
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(FundRiskCampaignApplication.class)
                .profiles("test").run(arguments);
        return new ClusterNode(name, context);
    }

    public String name() {
        return name;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
