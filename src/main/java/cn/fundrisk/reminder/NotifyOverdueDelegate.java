package cn.fundrisk.reminder;

import static cn.fundrisk.process.OverdueEscalationProcess.TASK_NOTIFY_OFFICE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.WorkHolders;
import cn.fundrisk.campaign.WorkHolders.Party;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.Unit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyUnitHead (day 1) and Task_NotifyOffice (day 3) of overdueEscalationProcess: the e-mail
 * follows the work. Day 1 tells whoever holds the phase's open tasks (a unit's staff through their
 * head, the head, the inspectors, the office, the leaders); day 3 tells their supervisors (the office
 * for units and inspectors, the leaders for the office), who get the 督办 task. Queued in the step's
 * transaction, once per subject, deadline, step and recipient (opt-outs do not apply).
 */
@Component
public class NotifyOverdueDelegate implements JavaDelegate {

    private final Escalations escalations;
    private final CampaignUnits campaignUnits;
    private final Recipients recipients;
    private final Notices notices;

    public NotifyOverdueDelegate(Escalations escalations, CampaignUnits campaignUnits, Recipients recipients,
            Notices notices) {
        this.escalations = escalations;
        this.campaignUnits = campaignUnits;
        this.recipients = recipients;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationSubject subject = escalations.subject(execution);
        WorkHolders.Waiting waiting = escalations.waiting(subject);
        if (TASK_NOTIFY_OFFICE.equals(execution.getCurrentActivityId())) {
            String supervisors = escalations.supervisorsOf(subject, waiting);
            OutboxMail.Kind kind = Groups.LEADERS.equals(supervisors) ? OutboxMail.Kind.ESCALATION_LEADERS
                    : OutboxMail.Kind.ESCALATION_OFFICE;
            notices.overdue(subject, waiting, kind, supervisors, recipients.members(supervisors));
        } else {
            OutboxMail.Kind kind = subject.ofUnit() && waiting.onUnit() ? OutboxMail.Kind.ESCALATION_HEAD
                    : OutboxMail.Kind.ESCALATION_HOLDERS;
            notices.overdue(subject, waiting, kind, null, holdersTold(subject, waiting));
        }
    }

    /** Those told on day 1: a unit's staff through their head (who answers for the unit), the others themselves. */
    private List<Recipients.Recipient> holdersTold(EscalationSubject subject, WorkHolders.Waiting waiting) {
        String unitCode = subject.ofUnit()
                ? campaignUnits.findById(subject.campaignUnitId()).orElseThrow().getUnit().getCode() : null;
        List<Party> parties = waiting.isEmpty() ? List.of(subject.ofUnit() ? Party.UNIT_HEAD : Party.OFFICE)
                : waiting.parties();
        Map<String, Recipients.Recipient> byEmail = new LinkedHashMap<>();
        for (Party party : parties) {
            String group = switch (party) {
                case UNIT_STAFF, UNIT_HEAD -> Unit.headGroup(unitCode);
                case INSPECTORS -> Groups.INSPECTORS;
                case OFFICE -> Groups.OFFICE;
                case LEADERS -> Groups.LEADERS;
            };
            recipients.members(group).forEach(r -> byEmail.putIfAbsent(r.email().toLowerCase(), r));
        }
        return List.copyOf(byEmail.values());
    }
}
