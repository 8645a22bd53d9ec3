package cn.fundrisk.dashboard;

import cn.fundrisk.support.PostgresForTests;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's figures, the same assertions, on PostgreSQL (embedded, a database of its own). */
class DashboardFiguresPostgresTest extends DashboardFiguresTestBase {

    private static String url;

    /** Created once, however often the property is read. */
    private static synchronized String url() {
        if (url == null) {
            url = PostgresForTests.freshDatabase("dashboard");
        }
        return url;
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DashboardFiguresPostgresTest::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
