package cn.fundrisk.campaign;


import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.OverdueEscalationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On a phase's start and end (its sub-process or task in the unit model), records the unit's phase
 * status; at the end also stops the phase's escalation (催办, 督办) if one is running.
 */
@Component
public class TrackPhaseListener implements ExecutionListener {

    private final UnitPhases unitPhases;

    public TrackPhaseListener(UnitPhases unitPhases) {
        this.unitPhases = unitPhases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Phase phase = Phase.ofActivity(execution.getCurrentActivityId())
                .orElseThrow(() -> new IllegalStateException("no phase for " + execution.getCurrentActivityId()));
        Long campaignUnitId = BusinessKeys.campaignUnitId(execution);
        UnitPhase unitPhase = unitPhases.findByCampaignUnitIdAndPhase(campaignUnitId, phase).orElseThrow();
        if (EVENTNAME_START.equals(execution.getEventName())) {
            unitPhase.start(Clock.now());
        } else if (EVENTNAME_END.equals(execution.getEventName())) {
            unitPhase.complete(Clock.now());
            endEscalation(execution, campaignUnitId, phase);
        }
    }

    /** A running escalation of this phase (overdueEscalationProcess) ends: no more mails, no 督办. */
    private static void endEscalation(DelegateExecution execution, Long campaignUnitId, Phase phase) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(OverdueEscalationProcess.MESSAGE_PHASE_COMPLETED)
                .processInstanceBusinessKey(campaignUnitId.toString())
                .processInstanceVariableEquals(OverdueEscalationProcess.VAR_PHASE, phase.name())
                .correlateAllWithResult();
    }
}
