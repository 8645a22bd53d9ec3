package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import cn.fundrisk.support.HttpClientForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox's promises: SMTP down, then back: everything delivered, once; an hour's outage loses
 * nothing (a mail is given up only after 6 h of failures); back-off doubles up to its cap; a row left SENDING by a crash is not sent again by itself; without SMTP nothing is claimed.
 */
class OutboxDeliveryTest extends ReminderTestSupport {

    static final Instant T0 = Instant.parse("2019-06-03T01:00:00Z");

    @Autowired OutboxSender sender;
    @Autowired ReminderProperties properties;
    @Autowired MailSettings mailSettings;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired MailHealth mailHealth;

    record HealthAnswers(HttpClientForTests.Answer readiness, HttpClientForTests.Answer all) {
    }

    /** Readiness as a load balancer asks (anonymous), and the whole health as the office. */
    private HealthAnswers health() {
        people("outbox-office", "office");
        HttpClientForTests http = new HttpClientForTests(port, PASSWORD);
        return new HealthAnswers(http.get(null, "/actuator/health/readiness"), http.get("outbox-office", "/actuator/health"));
    }

    @Test
    void smtpDownThenBackDeliversEveryMailOnce() throws Exception {
        setClock(T0);
        for (int i = 1; i <= 3; i++) {
            outbox.queue(mail("DOWN|" + i, "down-" + i + "@fundrisk.example", "测试邮件" + i));
        }
        Smtp.stop();
        try {
            mailHealth.recheck();
            HealthAnswers down = health();
            assertThat(down.readiness.status()).as("SMTP down keeps the node ready").isEqualTo(200);
            assertThat(down.readiness.body().path("status").asText()).isEqualTo("UP");
            assertThat(down.all.status()).as("DOWN answers 503").isEqualTo(503);
            assertThat(down.all.body().path("components").path("mail").path("status").asText()).isEqualTo("DOWN");
            assertThat(down.all.body().path("components").path("mail").path("details").path("queued").asLong())
                    .isEqualTo(3);
            runSenderJob();
            assertThat(outbox.newest("FAILED", 10)).hasSize(3).allSatisfy(row -> {
                assertThat(row.attempts()).isEqualTo(1);
                assertThat(row.lastError()).isNotBlank();
                assertThat(row.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
            });
            runSenderJob(); // not due yet: no attempt
            assertThat(outbox.newest("FAILED", 10)).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(1));
            setClock(T0.plus(Duration.ofMinutes(2)));
            runSenderJob();
            assertThat(outbox.newest("FAILED", 10)).allSatisfy(row -> {
                assertThat(row.attempts()).isEqualTo(2);
                assertThat(row.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(4)));
            });
            assertThat(mailHealth.state().line()).contains("无法连接", "发送失败待重试 3 封");
        } finally {
            Smtp.restart();
        }
        mailHealth.recheck();
        assertThat(health().all.body().path("components").path("mail").path("status").asText())
                .as("back, with 3 mails waiting for their retry").isEqualTo("WARNING");
        setClock(T0.plus(Duration.ofHours(1)));
        runSenderJob();
        runSenderJob();
        assertThat(outbox.newest("SENT", 10)).hasSize(3);
        assertThat(health().all.body().path("components").path("mail").path("status").asText()).isEqualTo("UP");
        for (int i = 1; i <= 3; i++) {
            assertThat(Smtp.to("down-" + i + "@fundrisk.example")).hasSize(1);
            assertThat(Smtp.to("down-" + i + "@fundrisk.example").get(0).getSubject()).isEqualTo("测试邮件" + i);
        }
    }

    /**
     * SMTP down for an hour, the sender job run every minute of it (engine clock moved): the mails
     * queued before and during the outage fail with back-off (1, 2, 4 … minutes), none is given up,
     * and each arrives once at its first attempt after SMTP is back.
     */
    @Test
    void anHourLongOutageDelaysButLosesNothing() throws Exception {
        setClock(T0);
        outbox.queue(mail("HOUR|early", "hour-early@fundrisk.example", "停机前的邮件"));
        Smtp.stop();
        try {
            for (int minute = 0; minute < 60; minute++) {
                setClock(T0.plus(Duration.ofMinutes(minute)));
                if (minute == 30) {
                    outbox.queue(mail("HOUR|middle", "hour-middle@fundrisk.example", "停机中的邮件"));
                }
                runSenderJob();
            }
            assertThat(outbox.newest(null, 10)).as("none given up").allSatisfy(row -> assertThat(row.state()).isEqualTo("FAILED"));
            // attempts at minutes 0, 1, 3, 7, 15, 31; the next at 63
            OutboxRow early = row("HOUR|early");
            assertThat(early.attempts()).isEqualTo(6);
            assertThat(early.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(63)));
            // attempts at minutes 30, 31, 33, 37, 45; the next at 61
            assertThat(row("HOUR|middle").attempts()).isEqualTo(5);
            assertThat(row("HOUR|middle").nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(61)));
        } finally {
            Smtp.restart();
        }
        for (int minute = 60; minute <= 65; minute++) {
            setClock(T0.plus(Duration.ofMinutes(minute)));
            runSenderJob();
        }
        assertThat(outbox.newest("SENT", 10)).hasSize(2);
        assertThat(row("HOUR|early").sentAt()).isEqualTo(T0.plus(Duration.ofMinutes(63)));
        assertThat(row("HOUR|middle").sentAt()).isEqualTo(T0.plus(Duration.ofMinutes(61)));
        assertThat(Smtp.to("hour-early@fundrisk.example")).hasSize(1);
        assertThat(Smtp.to("hour-middle@fundrisk.example")).hasSize(1);
    }

    /** With the defaults (12 attempts, back-off 1 minute doubling up to 1 hour) a mail is given up after 6 h 3 min of failures. */
    @Test
    void aMailIsGivenUpOnlyAfterSixHoursOfFailures() {
        setClock(T0);
        outbox.queue(mail("GIVEUP|1", "giveup@fundrisk.example", "一直发不出去"));
        Smtp.stop();
        try {
            OutboxRow row = row("GIVEUP|1");
            for (int run = 0; run < 20 && !row.state().equals("DEAD"); run++) {
                setClock(row.nextAttemptAt());
                runSenderJob();
                row = row("GIVEUP|1");
            }
            assertThat(row.state()).isEqualTo("DEAD");
            assertThat(row.attempts()).isEqualTo(properties.getMaxAttempts()).isEqualTo(12);
            assertThat(Duration.between(T0, row.claimedAt())).as("the last attempt").isEqualTo(Duration.ofMinutes(363));
        } finally {
            Smtp.restart();
        }
    }

    private OutboxRow row(String cause) {
        return outbox.newest(null, 50).stream().filter(r -> r.causeKey().equals(cause)).findFirst().orElseThrow();
    }

    @Test
    void theSameCauseIsQueuedOnceAndBackOffIsCapped() {
        setClock(T0);
        assertThat(outbox.queue(mail("ONCE|1", "once@fundrisk.example", "一次"))).isTrue();
        assertThat(outbox.queue(mail("ONCE|1", "once@fundrisk.example", "一次"))).isFalse();
        assertThat(outbox.newest(null, 10)).hasSize(1);
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(sender.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(sender.backoff(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRowLeftSendingByACrashIsNotResentButTheOfficeMayRetryIt() throws Exception {
        setClock(T0);
        outbox.queue(mail("CRASH|1", "crash@fundrisk.example", "中断的邮件"));
        long id = outbox.newest(null, 1).get(0).id();
        assertThat(outbox.claim(id, "crashed-node", T0)).isTrue(); // the node died after claiming
        runSenderJob();
        assertThat(Smtp.to("crash@fundrisk.example")).isEmpty();
        OutboxRow row = outbox.find(id).orElseThrow();
        assertThat(row.stateLabel()).isEqualTo("状态不明");
        assertThat(row.retryable()).isTrue();

        assertThat(outbox.retry(id, T0)).isTrue();
        runSenderJob();
        assertThat(Smtp.to("crash@fundrisk.example")).hasSize(1);
        assertThat(outbox.retry(id, T0)).as("a sent mail is not sent again").isFalse();
    }

    @Test
    void withoutSmtpNothingIsClaimedAndMailsWaitVisible() {
        setClock(T0);
        outbox.queue(mail("NOSMTP|1", "nosmtp@fundrisk.example", "等待发送"));
        ObjectProvider<JavaMailSender> none = new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class);
        OutboxSender unconfigured = new OutboxSender(outbox, none, mailSettings, properties, transactionManager);
        assertThat(unconfigured.configured()).isFalse();
        assertThat(unconfigured.sendDue()).isZero();
        assertThat(outbox.newest("QUEUED", 10)).extracting(OutboxRow::recipient).containsExactly("nosmtp@fundrisk.example");
    }

    private static OutboxMail mail(String cause, String to, String subject) {
        return new OutboxMail(cause, OutboxMail.Kind.NOTICE, to, subject, "正文：" + subject,
                "<p>正文：" + subject + "</p>", null);
    }
}
