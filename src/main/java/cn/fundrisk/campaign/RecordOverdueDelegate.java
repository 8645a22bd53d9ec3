package cn.fundrisk.campaign;

import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.CampaignProcess.TASK_RECORD_RESULTS_OVERDUE;
import static cn.fundrisk.process.CampaignProcess.TASK_RECORD_WORK_PLAN_OVERDUE;

import java.time.Instant;

import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A deadline timer fired with work still open: marks the phase overdue. The model then goes on to
 * its escalation path; the open work is not cancelled and is recorded as late when done.
 */
@Component
public class RecordOverdueDelegate implements JavaDelegate {

    private final UnitPhases unitPhases;
    private final Campaigns campaigns;

    public RecordOverdueDelegate(UnitPhases unitPhases, Campaigns campaigns) {
        this.unitPhases = unitPhases;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activityId = execution.getCurrentActivityId();
        Instant now = Clock.now();
        if (TASK_RECORD_WORK_PLAN_OVERDUE.equals(activityId)) {
            campaign(execution).workPlanOverdue(now);
        } else if (TASK_RECORD_RESULTS_OVERDUE.equals(activityId)) {
            campaign(execution).resultsOverdue(now);
        } else {
            Phase phase = Phase.ofOverdueActivity(activityId)
                    .orElseThrow(() -> new IllegalStateException("no phase for " + activityId));
            Long campaignUnitId = BusinessKeys.campaignUnitId(execution);
            unitPhases.findByCampaignUnitIdAndPhase(campaignUnitId, phase).orElseThrow().markOverdue(now);
        }
    }

    private Campaign campaign(DelegateExecution execution) {
        return campaigns.findById(BusinessKeys.campaignId(execution)).orElseThrow();
    }
}
