package cn.fundrisk.campaign;

import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.UnitCampaignProcess.*;

import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Actors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * First step of unitCampaignProcess: links the instance to its campaign unit, writes the unit's item
 * assessments and phases ({@link UnitStartRows}, one audit row for them), names the unit's groups and
 * lets them (and only them, of all units) read the instance. Each unit starts in its own
 * transaction (asynchronous before the parent's multi-instance inner activity), so the launch logs
 * its progress about every tenth of the units, and a unit that fails becomes a retryable job.
 */
@Component
public class StartUnitCampaignDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(StartUnitCampaignDelegate.class);

    private final CampaignUnits campaignUnits;
    private final AccessRules accessRules;
    private final UnitStartRows unitStartRows;
    private final Actors actors;

    public StartUnitCampaignDelegate(CampaignUnits campaignUnits, AccessRules accessRules, UnitStartRows unitStartRows,
            Actors actors) {
        this.campaignUnits = campaignUnits;
        this.accessRules = accessRules;
        this.unitStartRows = unitStartRows;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignUnitId = BusinessKeys.campaignUnitId(execution); // the campaign started it with this key
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        campaignUnit.attachProcess(execution.getProcessInstanceId());
        unitStartRows.create(campaignUnit, actors.of(execution));
        execution.setVariable(VAR_UNIT_CODE, campaignUnit.getUnit().getCode());
        execution.setVariable(VAR_COUNTY_UNIT, campaignUnit.getUnit().getKind() == UnitKind.COUNTY);
        accessRules.grantUnitInstance(execution.getProcessInstanceId(), campaignUnit.getUnit().getCode());
        logProgress(campaignUnit.getCampaignId());
    }

    private void logProgress(Long campaignId) {
        campaignUnits.flush();
        long started = campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaignId);
        long total = campaignUnits.countByCampaignId(campaignId);
        if (started == total || started * 10 / total != (started - 1) * 10 / total) {
            LOG.info("Campaign {}: {} of {} units started", campaignId, started, total);
        }
    }
}
