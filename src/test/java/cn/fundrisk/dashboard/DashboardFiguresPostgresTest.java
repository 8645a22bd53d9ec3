package cn.fundrisk.dashboard;

import cn.fundrisk.support.EmbeddedPostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's figures, the same assertions, on PostgreSQL (embedded, a database of its own). */
class DashboardFiguresPostgresTest extends DashboardFiguresTestBase {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedPostgresForTests.newDatabase("dashboard"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
