package cn.fundrisk.campaign;


import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import cn.fundrisk.reminder.PhaseNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leader approved the work plan: it is issued (印发) to every unit. */
@Component
public class IssueWorkPlanDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final PhaseNotices notices;

    public IssueWorkPlanDelegate(Campaigns campaigns, PhaseNotices notices) {
        this.campaigns = campaigns;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = BusinessKeys.campaignId(execution);
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        campaign.issueWorkPlan(Clock.now());
        notices.planIssued(campaignId, campaign.getName());
    }
}
