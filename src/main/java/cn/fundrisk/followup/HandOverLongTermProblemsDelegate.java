package cn.fundrisk.followup;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_HandOverLongTermProblems, first step of the rectification phase: problems due after the
 * campaign go to the unit's follow-up, so they hold neither the unit's process nor the campaign's close.
 */
@Component("handOverLongTermProblemsDelegate")
public class HandOverLongTermProblemsDelegate implements JavaDelegate {

    private final CampaignUnits campaignUnits;
    private final FollowUps followUps;

    public HandOverLongTermProblemsDelegate(CampaignUnits campaignUnits, FollowUps followUps) {
        this.campaignUnits = campaignUnits;
        this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUps.handOverLongTermProblems(
                campaignUnits.findById(BusinessKeys.campaignUnitId(execution)).orElseThrow());
    }
}
