package cn.fundrisk.reminder;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import cn.fundrisk.process.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each e-mail: (1) claimed, SENDING, in a transaction of its own that
 * commits before SMTP is spoken to; (2) handed to SMTP; (3) SENT, or FAILED with the error and the
 * next attempt after an exponential back-off (capped), or DEAD after the last attempt. A crash between
 * (1) and (3) leaves the row SENDING: it is never sent again by itself (at most once), the office
 * sees it as 状态不明 and may send it again. Without SMTP configured (no spring.mail.host) nothing is
 * claimed: e-mails wait, visible, until SMTP is configured.
 * <p>
 * A run goes on, round after round, while mails are due, and claims nothing new after
 * {@code sender-run-limit}; one node runs one sender at a time (a run started while another runs on
 * the same node returns at once), two nodes may send side by side: the claim decides who sends a row.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings mailSettings;
    private final ReminderProperties properties;
    private final TransactionTemplate ownTransaction;
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    public OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mailSender,
            MailSettings mailSettings, ReminderProperties properties,
            PlatformTransactionManager transactionManager) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.mailSettings = mailSettings;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True when SMTP is configured. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends the e-mails that are due, until none is or the run's time is up; returns how many went out. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long stopClaimingAt = System.nanoTime() + properties.getSenderRunLimit().toNanos();
            int sent = 0;
            while (System.nanoTime() < stopClaimingAt) {
                Instant now = Clock.now();
                List<Long> due = inOwnTransaction(() -> outbox.due(now, properties.getSenderBatchSize()));
                int claimed = 0;
                for (Long id : due) {
                    if (System.nanoTime() >= stopClaimingAt) {
                        break;
                    }
                    Boolean outcome = sendOne(sender, id, now);
                    if (outcome != null) {
                        claimed++;
                        sent += outcome ? 1 : 0;
                    }
                }
                if (claimed == 0) {
                    return sent; // nothing due, or another node took all of it
                }
            }
            return sent;
        } finally {
            running.set(false);
        }
    }

    /** True when sent, false when it failed, null when another node or run had claimed it. */
    private Boolean sendOne(JavaMailSender sender, long id, Instant now) {
        // claimed at this instant (not the run's start): SENDING lasts exactly as long as this one message's SMTP exchange
        Boolean claimed = inOwnTransaction(() -> outbox.claim(id, NODE, Clock.now()));
        if (!Boolean.TRUE.equals(claimed)) {
            return null;
        }
        Outbox.MailContent content = inOwnTransaction(() -> outbox.content(id)).orElseThrow();
        try {
            sender.send(message(sender, content));
        } catch (Exception e) {
            OutboxRow row = inOwnTransaction(() -> outbox.find(id)).orElseThrow();
            boolean giveUp = row.attempts() >= properties.getMaxAttempts();
            Instant next = now.plus(backoff(row.attempts()));
            LOG.warn("E-mail {} to {} failed (attempt {}): {}", id, content.recipient(), row.attempts(), e.toString());
            inOwnTransaction(() -> {
                outbox.failed(id, describe(e), next, giveUp);
                return null;
            });
            return false;
        }
        inOwnTransaction(() -> {
            outbox.sent(id, Clock.now());
            return null;
        });
        return true;
    }

    /** The wait after the n-th failed attempt: initial × 2^(n-1), at most the cap. */
    Duration backoff(int attempts) {
        Duration wait = properties.getBackoffInitial();
        for (int i = 1; i < attempts && wait.compareTo(properties.getBackoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.getBackoffMax()) > 0 ? properties.getBackoffMax() : wait;
    }

    private MimeMessage message(JavaMailSender sender, Outbox.MailContent content) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mailSettings.from(), properties.getBureauName());
        helper.setTo(content.recipient());
        helper.setSubject(content.subject());
        helper.setText(content.textBody(), content.htmlBody());
        return message;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " ← " + root;
    }

    private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
        return ownTransaction.execute(status -> work.get());
    }
}
