package cn.fundrisk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's embedded PostgreSQL (a free port), started once per JVM and stopped when it exits.
 * Driver parameters: {@code reWriteBatchedInserts=true}, as production should use; {@code -Dbench.jdbcParams=} sets others.
 */
final class BenchPostgres {

    static final EmbeddedPostgres SERVER = start();

    private BenchPostgres() {
    }

    static String url() {
        String url = SERVER.getJdbcUrl("postgres", "postgres");
        String params = System.getProperty("bench.jdbcParams", "reWriteBatchedInserts=true");
        return params.isBlank() ? url : url + (url.contains("?") ? "&" : "?") + params;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is exiting
                }
            }, "bench-postgres-shutdown"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }
}
