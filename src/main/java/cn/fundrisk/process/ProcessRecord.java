package cn.fundrisk.process;

import java.util.Date;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.UnitKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the models' expressions ask about their campaign or unit, from the instance's business key and
 * our tables, never from a variable a client could set: {@code ${processRecord.staffGroup(execution)}}
 * and {@code headGroup} for candidate groups, {@code deadline(execution, 'SUMMARY')} for due dates and
 * deadline timers, {@code county(execution)} for the county gateway, {@code unitId(execution)} and
 * {@code campaignId(execution)} for the repositories' gateway and collection expressions.
 */
@Component("processRecord")
public class ProcessRecord {

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;

    public ProcessRecord(CampaignUnits campaignUnits, Campaigns campaigns) {
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
    }

    public Long unitId(DelegateExecution execution) {
        return BusinessKeys.campaignUnitId(execution);
    }

    /** The campaign of a campaign instance, or of a unit's instance. */
    public Long campaignId(DelegateExecution execution) {
        return execution.getProcessDefinitionId().startsWith(CampaignProcess.KEY + ":")
                ? BusinessKeys.campaignId(execution) : unit(execution).getCampaignId();
    }

    public String staffGroup(DelegateExecution execution) {
        return Unit.staffGroup(unit(execution).getUnit().getCode());
    }

    public String headGroup(DelegateExecution execution) {
        return Unit.headGroup(unit(execution).getUnit().getCode());
    }

    public boolean county(DelegateExecution execution) {
        return unit(execution).getUnit().getKind() == UnitKind.COUNTY;
    }

    /** The campaign's deadline of a phase (Phase name), for a unit's instance or a campaign's. */
    public Date deadline(DelegateExecution execution, String phase) {
        return Date.from(campaigns.findById(campaignId(execution)).orElseThrow().getSchedule().deadline(Phase.valueOf(phase)));
    }

    private CampaignUnit unit(DelegateExecution execution) {
        return campaignUnits.findById(unitId(execution)).orElseThrow();
    }
}
