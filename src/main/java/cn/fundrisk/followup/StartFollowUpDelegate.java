package cn.fundrisk.followup;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartFollowUp: the unit's long-term follow-up starts with its campaign (business key = campaign_unit.id). */
@Component("startFollowUpDelegate")
public class StartFollowUpDelegate implements JavaDelegate {

    private final CampaignUnits campaignUnits;
    private final FollowUps followUps;

    public StartFollowUpDelegate(CampaignUnits campaignUnits, FollowUps followUps) {
        this.campaignUnits = campaignUnits;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.start(campaignUnits.findById(BusinessKeys.campaignUnitId(execution)).orElseThrow());
    }
}
