package cn.fundrisk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.FundRiskCampaignApplication;

/**
 * The application as a separate JVM (the test's classpath, profile prod) on a free port, as an
 * operator runs it; {@link #kill()} ends it with SIGKILL ({@link Process#destroyForcibly()} on
 * Linux), as a crash or the OOM killer would. Its output goes to a log file under target/.
 */
public final class ChildNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the node and waits until it is ready (/actuator/health/readiness answers 200). */
    public static ChildNode start(String name, Map<String, String> environment, List<String> arguments,
            Duration timeout) {
        ChildNode node = launch(name, environment, arguments);
        node.awaitHealthy(timeout);
        return node;
    }

    /**
     * Starts the node without waiting: a test that must act while it starts (kill it as soon as its
     * job executor has done something) watches the database, then calls {@link #awaitHealthy} or {@link #kill}.
     */
    public static ChildNode launch(String name, Map<String, String> environment, List<String> arguments) {
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", classPath(), FundRiskCampaignApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ChildNode(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The process id: the sender names its node "pid@host" in outbox_message.claimed_by. */
    public long pid() {
        return process.pid();
    }

    public HttpClientForTests http(String password) {
        return new HttpClientForTests(port, password);
    }

    /** SIGKILL: no shutdown hook, no graceful close, open transactions die with the connection. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void awaitHealthy(Duration timeout) {
        HttpClientForTests http = new HttpClientForTests(port, "");
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node exited with " + process.exitValue() + ", see " + log);
            }
            try {
                if (http.get(null, "/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("node not healthy after " + timeout + ", see " + log);
    }

    /** The test's classpath, each entry once (a folder listed twice would deploy the models twice). */
    private static String classPath() {
        return String.join(File.pathSeparator, new java.util.LinkedHashSet<>(
                List.of(System.getProperty("java.class.path").split(File.pathSeparator))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "node on port " + port + " (log " + log + File.separator + ")";
    }
}
