package cn.fundrisk.campaign;

import static cn.fundrisk.process.UnitCampaignProcess.VAR_CAMPAIGN_UNIT_ID;

import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On a phase's start and end (its sub-process or task in the unit model), records the unit's phase status. */
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
        Long campaignUnitId = (Long) execution.getVariable(VAR_CAMPAIGN_UNIT_ID);
        UnitPhase unitPhase = unitPhases.findByCampaignUnitIdAndPhase(campaignUnitId, phase).orElseThrow();
        if (EVENTNAME_START.equals(execution.getEventName())) {
            unitPhase.start(Clock.now());
        } else if (EVENTNAME_END.equals(execution.getEventName())) {
            unitPhase.complete(Clock.now());
        }
    }
}
