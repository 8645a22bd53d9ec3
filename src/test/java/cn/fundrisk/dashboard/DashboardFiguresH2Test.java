package cn.fundrisk.dashboard;

import org.springframework.test.context.TestPropertySource;

/** The dashboard's figures on H2 (the default database). */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-dashboard;DB_CLOSE_DELAY=-1")
class DashboardFiguresH2Test extends DashboardFiguresTestBase {
}
