package cn.fundrisk.api;

import cn.fundrisk.support.PostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP flow on a real PostgreSQL (embedded, started once per JVM by PostgresForTests): Flyway's schema, the
 * engine's tables and every query of the flow run against it.
 */
class CampaignApiFlowPostgresTest extends CampaignApiFlowTestBase {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresForTests.SERVER.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
