package cn.fundrisk.reminder;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.WorkHolders;
import cn.fundrisk.identity.Groups;
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

    /**
     * Escalation of an overdue phase or step: day 1 to whoever holds the work, day 3 (supervisors set)
     * to their supervisors. Says who is waiting on whom; the deadline to the minute and how late.
     */
    public int overdue(EscalationSubject subject, WorkHolders.Waiting waiting, OutboxMail.Kind kind,
            String supervisors, List<Recipients.Recipient> to) {
        boolean report = supervisors != null;
        boolean named = !waiting.isEmpty() && !(subject.ofUnit() && waiting.onUnit());
        String title = subject.title();
        String mailSubject = templates.subject((report ? "逾期督办：" : "逾期提醒：") + title + "已逾期"
                + (named ? "，待" + waiting.who() + "办理" : ""));
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", title);
        variables.put("deadline", DueWords.dateTime(subject.deadline()));
        variables.put("overdue", DueWords.overdueFor(subject.deadline(), Clock.now(), schedule.calendar()));
        variables.put("waiting", waiting.isEmpty() ? "目前没有待办任务" : "目前" + waiting.text());
        variables.put("action", report ? "请" + (Groups.LEADERS.equals(supervisors) ? "领导小组" : "领导小组办公室")
                + "在任务列表中办理督办事项，记录督办方式和情况。" : action(waiting));
        variables.put("unitUrl", properties.getBaseUrl() + (subject.ofUnit() ? "/units/" + subject.campaignUnitId()
                : "/campaigns/" + subject.campaignId()));
        variables.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/");
        MailTemplates.Rendered mail = templates.render("overdue", mailSubject, variables);
        String about = subject.ofUnit() ? subject.campaignUnitId().toString() : "C" + subject.campaignId();
        int queued = 0;
        for (Recipients.Recipient recipient : to) {
            String cause = OutboxMail.cause(kind, about, subject.code(), subject.deadline().getEpochSecond(),
                    recipient.email().toLowerCase());
            if (outbox.queue(new OutboxMail(cause, kind, recipient.email(), mail.subject(), mail.text(), mail.html(),
                    subject.campaignUnitId()))) {
                queued++;
            }
        }
        return queued;
    }

    /** What day 1 asks of those told: 请督促本单位经办人员尽快办理。 */
    private static String action(WorkHolders.Waiting waiting) {
        if (waiting.isEmpty()) {
            return "请尽快办理。";
        }
        return String.join("", waiting.parties().stream().distinct().map(party -> switch (party) {
            case UNIT_STAFF -> "请督促本单位经办人员尽快办理。";
            case UNIT_HEAD -> "请单位负责人尽快审核办理。";
            default -> "请" + party.label() + "尽快办理。";
        }).toList());
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
