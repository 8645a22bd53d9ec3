package cn.fundrisk.campaign;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import cn.fundrisk.identity.UnitKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First step of unitCampaignProcess: links the instance to its campaign unit and names the unit's groups. */
@Component
public class StartUnitCampaignDelegate implements JavaDelegate {

    private final CampaignUnits campaignUnits;

    public StartUnitCampaignDelegate(CampaignUnits campaignUnits) {
        this.campaignUnits = campaignUnits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignUnitId = (Long) execution.getVariable(VAR_CAMPAIGN_UNIT_ID);
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        campaignUnit.attachProcess(execution.getProcessInstanceId());
        execution.setVariable(VAR_UNIT_CODE, campaignUnit.getUnit().getCode());
        execution.setVariable(VAR_COUNTY_UNIT, campaignUnit.getUnit().getKind() == UnitKind.COUNTY);
    }
}
