package cn.fundrisk.inspection;


import cn.fundrisk.process.BusinessKeys;
import java.util.List;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCampaign: locks every score sheet of the campaign and closes it. */
@Component("closeCampaignDelegate")
public class CloseCampaignDelegate implements JavaDelegate {

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final ScoreSheets scoreSheets;

    public CloseCampaignDelegate(Campaigns campaigns, CampaignUnits campaignUnits, ScoreSheets scoreSheets) {
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.scoreSheets = scoreSheets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = BusinessKeys.campaignId(execution);
        List<Long> campaignUnitIds = campaignUnits.idsOf(campaignId);
        if (!campaignUnitIds.isEmpty()) {
            List<ScoreSheet> sheets = scoreSheets.findByCampaignUnitIdIn(campaignUnitIds);
            sheets.forEach(ScoreSheet::lock);
            scoreSheets.saveAll(sheets);
        }
        Campaign campaign = campaigns.findById(campaignId)
                .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
        campaign.close(Clock.now());
        campaigns.save(campaign);
    }
}
