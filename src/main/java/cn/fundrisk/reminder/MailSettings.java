package cn.fundrisk.reminder;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The two settings a cluster set-up forgets: the links' base URL (left at localhost, every link in
 * every e-mail points at the reader's own computer) and the sender address (no fundrisk.reminders.from
 * and no user name with an @: noreply@localhost, which servers reject or mark as spam). Checked at
 * start (a warning in the log) and shown on /outbox.
 */
@Component
public class MailSettings {

    private static final Logger LOG = LoggerFactory.getLogger(MailSettings.class);

    private final ReminderProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<MailProperties> mailProperties;

    public MailSettings(ReminderProperties properties, ObjectProvider<JavaMailSender> mailSender,
            ObjectProvider<MailProperties> mailProperties) {
        this.properties = properties;
        this.mailSender = mailSender;
        this.mailProperties = mailProperties;
    }

    /** The sender address e-mails go out with. */
    public String from() {
        if (!properties.getFrom().isBlank()) {
            return properties.getFrom();
        }
        MailProperties mail = mailProperties.getIfAvailable();
        return mail != null && mail.getUsername() != null && mail.getUsername().contains("@") ? mail.getUsername()
                : "noreply@localhost";
    }

    /** What is wrong with the settings, in Chinese; empty when nothing is (or no SMTP server is set). */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (mailSender.getIfAvailable() == null) {
            return warnings;
        }
        String base = properties.getBaseUrl();
        if (base.contains("://localhost") || base.contains("://127.0.0.1")) {
            warnings.add("邮件中的链接指向 " + base + "，用户打不开：请设置 fundrisk.reminders.base-url"
                    + "（环境变量 FUNDRISK_REMINDERS_BASE_URL）为用户访问本系统的地址");
        }
        if ("noreply@localhost".equals(from())) {
            warnings.add("发件人地址为 noreply@localhost，邮件服务器可能拒收：请设置 fundrisk.reminders.from"
                    + "（环境变量 FUNDRISK_REMINDERS_FROM）");
        }
        return warnings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void check() {
        warnings().forEach(w -> LOG.warn("E-mail settings: {}", w));
    }
}
