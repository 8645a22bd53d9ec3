package cn.fundrisk.reminder;

import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.OverdueEscalationProcess.TASK_NOTIFY_OFFICE;
import static cn.fundrisk.process.OverdueEscalationProcess.VAR_DEADLINE;
import static cn.fundrisk.process.OverdueEscalationProcess.VAR_PHASE;

import java.util.Date;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.Unit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyUnitHead (day 1: the unit's head) and Task_NotifyOffice (day 3: the office) of
 * overdueEscalationProcess: queues the escalation e-mail in the step's transaction, once per
 * unit phase, step and recipient (opt-outs do not apply to escalations).
 */
@Component
public class NotifyOverdueDelegate implements JavaDelegate {

    private final CampaignUnits campaignUnits;
    private final Recipients recipients;
    private final Notices notices;

    public NotifyOverdueDelegate(CampaignUnits campaignUnits, Recipients recipients, Notices notices) {
        this.campaignUnits = campaignUnits;
        this.recipients = recipients;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean office = TASK_NOTIFY_OFFICE.equals(execution.getCurrentActivityId());
        Long campaignUnitId = BusinessKeys.campaignUnitId(execution);
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        Phase phase = Phase.valueOf((String) execution.getVariable(VAR_PHASE));
        Date deadline = (Date) execution.getVariable(VAR_DEADLINE);
        List<Recipients.Recipient> to = office ? recipients.members(Groups.OFFICE)
                : recipients.members(Unit.headGroup(unit.getUnit().getCode()));
        notices.overdue(unit, phase, deadline, office, to);
    }
}
