package cn.fundrisk.reminder;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Clock;
import org.springframework.stereotype.Component;

/** Renders and queues the single-cause e-mails: escalations and 催办. */
@Component
public class Notices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MailTemplates templates;
    private final Outbox outbox;
    private final ReminderSchedule schedule;
    private final ReminderProperties properties;

    public Notices(MailTemplates templates, Outbox outbox, ReminderSchedule schedule, ReminderProperties properties) {
        this.templates = templates;
        this.outbox = outbox;
        this.schedule = schedule;
        this.properties = properties;
    }

    /** Escalation of an overdue unit phase: day 1 to the head, day 3 to the office. */
    public int overdue(CampaignUnit unit, Phase phase, Date deadline, boolean office,
            List<Recipients.Recipient> to) {
        int overdueDays = -schedule.calendar().workingDaysUntil(schedule.today(),
                deadline.toInstant().atZone(Clock.ZONE).toLocalDate());
        String unitName = unit.getUnit().getName();
        String subject = templates.subject((office ? "逾期督办：" : "逾期提醒：") + unitName + "「" + phase.label() + "」已逾期");
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitName", unitName);
        variables.put("phase", phase.label());
        variables.put("deadline", date(deadline));
        variables.put("overdueDays", overdueDays);
        variables.put("office", office);
        variables.put("unitUrl", properties.getBaseUrl() + "/units/" + unit.getId());
        variables.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/");
        MailTemplates.Rendered mail = templates.render("overdue", subject, variables);
        OutboxMail.Kind kind = office ? OutboxMail.Kind.ESCALATION_OFFICE : OutboxMail.Kind.ESCALATION_HEAD;
        int queued = 0;
        for (Recipients.Recipient recipient : to) {
            String cause = OutboxMail.cause(kind, unit.getId(), phase, recipient.email().toLowerCase());
            if (outbox.queue(new OutboxMail(cause, kind, recipient.email(), mail.subject(), mail.text(), mail.html(),
                    unit.getId()))) {
                queued++;
            }
        }
        return queued;
    }

    /** 催办: the office's message to the unit's staff and contact address; the nudge's id makes the cause. */
    public int nudge(CampaignUnit unit, long nudgeId, String message, List<Recipients.Recipient> to) {
        String unitName = unit.getUnit().getName();
        String subject = templates.subject("催办通知：请" + unitName + "抓紧办理专项工作");
        Map<String, Object> variables = new HashMap<>();
        variables.put("unitName", unitName);
        variables.put("message", message == null ? "" : message);
        variables.put("unitUrl", properties.getBaseUrl() + "/units/" + unit.getId());
        variables.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/");
        MailTemplates.Rendered mail = templates.render("nudge", subject, variables);
        int queued = 0;
        for (Recipients.Recipient recipient : to) {
            String cause = OutboxMail.cause(OutboxMail.Kind.NUDGE, nudgeId, recipient.email().toLowerCase());
            if (outbox.queue(new OutboxMail(cause, OutboxMail.Kind.NUDGE, recipient.email(), mail.subject(),
                    mail.text(), mail.html(), unit.getId()))) {
                queued++;
            }
        }
        return queued;
    }

    static String date(Date date) {
        return date == null ? "" : date.toInstant().atZone(Clock.ZONE).toLocalDate().format(DATE);
    }
}
