package cn.fundrisk.reminder;

import java.time.Duration;
import java.time.Instant;

import cn.fundrisk.process.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * {@code mail} in /actuator/health (not in readiness: a mail problem never takes a node out of the
 * load balancer, mails wait in the outbox): DOWN when the SMTP server does not answer (tested at
 * most every 30 s per node, with the configured timeouts), WARNING when mails were given up (DEAD)
 * or are 状态不明 (SENDING for longer than a send takes) or wait for a retry (FAILED), UP otherwise;
 * UP with {@code configured: false} when no SMTP server is set (mails wait, the outbox page says so).
 * The counts are gauges in /actuator/metrics and a line on /outbox.
 */
@Component("mail")
public class MailHealth implements HealthIndicator, MeterBinder {

    /** The same code as the jobs' warning: HTTP 200, the node stays in service. */
    static final Status WARNING = new Status("WARNING", "有发送失败、已停止重试或状态不明的邮件");
    static final Duration RECHECK = Duration.ofSeconds(30);
    /** A row SENDING for longer than this was left by a crashed sender: 状态不明. */
    static final Duration IN_FLIGHT = Duration.ofMinutes(2);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final Outbox outbox;
    private volatile Probe last;

    public MailHealth(ObjectProvider<JavaMailSender> mailSender, Outbox outbox) {
        this.mailSender = mailSender;
        this.outbox = outbox;
    }

    /** The SMTP server's last answer: reachable or the error, and when it was asked. */
    record Probe(boolean reachable, String error, Instant at) {
    }

    /** What the outbox page and the health show: the server, then the counts. */
    public record State(boolean configured, boolean reachable, String error, Outbox.Counts counts) {

        public boolean down() {
            return configured && !reachable;
        }

        public boolean warning() {
            return counts.dead() > 0 || counts.unknown() > 0 || counts.failed() > 0;
        }

        /** 邮件服务器：…；待发送 N 封，… */
        public String line() {
            String server = !configured ? "未配置（邮件在发件箱中等待）"
                    : reachable ? "连接正常" : "无法连接（" + error + "），邮件在发件箱中等待，恢复后自动发出";
            return "邮件服务器：" + server + "；待发送 " + counts.queued() + " 封，发送失败待重试 " + counts.failed()
                    + " 封，已停止重试 " + counts.dead() + " 封，状态不明 " + counts.unknown() + " 封。";
        }
    }

    public State state() {
        JavaMailSender sender = mailSender.getIfAvailable();
        Outbox.Counts counts = outbox.counts(Clock.now().minus(IN_FLIGHT));
        if (sender == null) {
            return new State(false, false, null, counts);
        }
        Probe probe = probe(sender);
        return new State(true, probe.reachable(), probe.error(), counts);
    }

    @Override
    public Health health() {
        State state;
        try {
            state = state();
        } catch (RuntimeException e) {
            // the outbox cannot be read (the database does not answer): db says DOWN
            return Health.unknown().withException(e).build();
        }
        Health.Builder health = state.down() ? Health.down()
                : state.warning() ? Health.status(WARNING)
                : Health.up();
        health.withDetail("configured", state.configured());
        if (state.configured()) {
            health.withDetail("reachable", state.reachable());
        }
        if (state.error() != null) {
            health.withDetail("error", state.error());
        }
        return health.withDetail("queued", state.counts().queued()).withDetail("failed", state.counts().failed())
                .withDetail("dead", state.counts().dead()).withDetail("unknown", state.counts().unknown()).build();
    }

    private Probe probe(JavaMailSender sender) {
        Instant now = Instant.now();
        Probe probe = last;
        if (probe != null && probe.at().plus(RECHECK).isAfter(now)) {
            return probe;
        }
        try {
            if (sender instanceof JavaMailSenderImpl impl) {
                impl.testConnection();
            }
            probe = new Probe(true, null, now);
        } catch (Exception e) {
            probe = new Probe(false, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), now);
        }
        last = probe;
        return probe;
    }

    /** Forgets the last answer (tests, and the outbox page after an operator's change). */
    void recheck() {
        last = null;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("fundrisk.outbox.queued", this, m -> m.counts().queued())
                .description("e-mails waiting to be sent").register(registry);
        Gauge.builder("fundrisk.outbox.failed", this, m -> m.counts().failed())
                .description("e-mails that failed and will be retried").register(registry);
        Gauge.builder("fundrisk.outbox.dead", this, m -> m.counts().dead())
                .description("e-mails given up after the last attempt").register(registry);
        Gauge.builder("fundrisk.outbox.unknown", this, m -> m.counts().unknown())
                .description("e-mails left SENDING by a crashed sender (状态不明)").register(registry);
        Gauge.builder("fundrisk.mail.reachable", this, m -> m.state().reachable() ? 1 : 0)
                .description("1 when the SMTP server answered this node's last check").register(registry);
    }

    private Outbox.Counts counts() {
        return outbox.counts(Clock.now().minus(IN_FLIGHT));
    }
}
