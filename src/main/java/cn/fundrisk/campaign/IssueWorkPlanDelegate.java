package cn.fundrisk.campaign;

import static cn.fundrisk.process.CampaignProcess.VAR_CAMPAIGN_ID;

import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leader approved the work plan: it is issued (印发) to every unit. */
@Component
public class IssueWorkPlanDelegate implements JavaDelegate {

    private final Campaigns campaigns;

    public IssueWorkPlanDelegate(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = (Long) execution.getVariable(VAR_CAMPAIGN_ID);
        campaigns.findById(campaignId).orElseThrow().issueWorkPlan(Clock.now());
    }
}
