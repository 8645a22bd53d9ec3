package cn.fundrisk.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.campaign.UnitPhases;
import cn.fundrisk.campaign.WorkHolders;
import cn.fundrisk.campaign.WorkHolders.Party;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.OverdueEscalationProcess;
import cn.fundrisk.process.UnitCampaignProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The escalation of an overdue phase or step, as overdueEscalationProcess asks for it
 * ({@code ${escalations...}}): what it is about ({@link EscalationSubject}, from the business key and
 * the calling element), its deadline now (a 督办's new target date moves it), the days of its steps,
 * who holds the work and who supervises them: the office supervises the units and the inspectors,
 * the leaders supervise the office.
 */
@Component("escalations")
public class Escalations {

    /** The unit model's call activity of each phase's escalation. */
    private static final Map<Phase, String> CALLS = new EnumMap<>(Map.of(
            Phase.DEPLOYMENT, UnitCampaignProcess.CALL_DEPLOYMENT_ESCALATION,
            Phase.SELF_INSPECTION, UnitCampaignProcess.CALL_SELF_INSPECTION_ESCALATION,
            Phase.RECTIFICATION, UnitCampaignProcess.CALL_RECTIFICATION_ESCALATION,
            Phase.SUMMARY, UnitCampaignProcess.CALL_SUMMARY_ESCALATION,
            Phase.COUNTY_INSPECTION, UnitCampaignProcess.CALL_COUNTY_INSPECTION_ESCALATION,
            Phase.EVALUATION, UnitCampaignProcess.CALL_EVALUATION_ESCALATION));
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final UnitPhases unitPhases;
    private final OverdueSupervisions supervisions;
    private final WorkHolders workHolders;
    private final ReminderSchedule schedule;

    public Escalations(Campaigns campaigns, CampaignUnits campaignUnits, UnitPhases unitPhases,
            OverdueSupervisions supervisions, WorkHolders workHolders, ReminderSchedule schedule) {
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.unitPhases = unitPhases;
        this.supervisions = supervisions;
        this.workHolders = workHolders;
        this.schedule = schedule;
    }

    /** What the escalation the execution belongs to is about, with its deadline as it stands now. */
    public EscalationSubject subject(DelegateExecution execution) {
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        String callActivity = caller == null ? null : caller.getCurrentActivityId();
        long key = Long.parseLong(execution.getProcessBusinessKey());
        EscalationSubject.Step step = EscalationSubject.Step.ofCallActivity(callActivity);
        if (step != null) {
            Campaign campaign = campaigns.findById(key).orElseThrow();
            return new EscalationSubject(campaign.getId(), null, null, step, "领导小组办公室", campaign.getName(),
                    campaign.getProcessInstanceId(), step.scopeActivityId(), stepDeadline(campaign, step));
        }
        // a model deployed before the calling elements were known names the phase in its input mapping
        Phase phase = CALLS.entrySet().stream().filter(e -> e.getValue().equals(callActivity)).map(Map.Entry::getKey)
                .findFirst().orElseGet(() -> Phase.valueOf((String) execution.getVariable(OverdueEscalationProcess.VAR_PHASE)));
        CampaignUnit unit = campaignUnits.findById(key).orElseThrow();
        UnitPhase unitPhase = unitPhases.findByCampaignUnitIdAndPhase(unit.getId(), phase).orElseThrow();
        return new EscalationSubject(unit.getCampaignId(), unit.getId(), phase, null, unit.getUnit().getName(), null,
                unit.getProcessInstanceId(), phase.activityId(), unitPhase.getDeadline());
    }

    /** The campaign's deadline for one of its own steps, or the latest 督办's new target date (end of that day). */
    Instant stepDeadline(Campaign campaign, EscalationSubject.Step step) {
        return supervisions.findFirstByCampaignIdAndStepOrderByIdDesc(campaign.getId(), step)
                .map(OverdueSupervision::getNewTargetDate).map(Escalations::endOfDay)
                .orElse(campaign.getSchedule().deadline(step.deadlineOf()));
    }

    static Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(Clock.ZONE).toInstant();
    }

    /** Who holds the open work of the subject now. */
    public WorkHolders.Waiting waiting(EscalationSubject subject) {
        return workHolders.of(subject.processInstanceId(), subject.scopeActivityId());
    }

    /** Day 1 (working days) after the deadline, at the escalation time: those who hold the work are told. */
    public Date firstNoticeDate(DelegateExecution execution) {
        return schedule.headDate(Date.from(subject(execution).deadline()));
    }

    /** Day 3: their supervisors are told and get the 督办 task. */
    public Date reportDate(DelegateExecution execution) {
        return schedule.officeDate(Date.from(subject(execution).deadline()));
    }

    public Date superviseDueDate(DelegateExecution execution) {
        return schedule.superviseDueDate(Date.from(subject(execution).deadline()));
    }

    /** The candidate group of the 督办 task: the leaders when the office (or they) hold the work, else the office. */
    public String supervisors(DelegateExecution execution) {
        return supervisorsOf(subject(execution), null);
    }

    String supervisorsOf(EscalationSubject subject, WorkHolders.Waiting known) {
        if (!subject.ofUnit()) {
            return Groups.LEADERS;
        }
        WorkHolders.Waiting waiting = known != null ? known : waiting(subject);
        boolean officeHolds = !waiting.isEmpty()
                && waiting.parties().stream().allMatch(p -> p == Party.OFFICE || p == Party.LEADERS);
        return officeHolds ? Groups.LEADERS : Groups.OFFICE;
    }

    /** After a 督办: a new target date still ahead and the work still open, so the escalation waits for it. */
    public boolean resumes(DelegateExecution execution) {
        EscalationSubject subject = subject(execution);
        return subject.deadline().isAfter(Clock.now()) && !waiting(subject).isEmpty();
    }
}
