package cn.fundrisk.campaign;

import static cn.fundrisk.process.CampaignProcess.*;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.JsonFormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First step of campaignProcess: checks the request from the start form or REST, writes the
 * campaign with its item snapshot and units (each unit's assessments and phases come with its own start,
 * StartUnitCampaignDelegate), and leaves only the campaign id and the deadlines as
 * process variables. Bad input throws, and the whole start is rolled back.
 */
@Component
public class RegisterCampaignDelegate implements JavaDelegate {

    private final CampaignLauncher launcher;
    private final Actors actors;

    public RegisterCampaignDelegate(CampaignLauncher launcher, Actors actors) {
        this.launcher = launcher;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<Phase, Object> deadlines = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            deadlines.put(phase, execution.getVariable(phase.deadlineVariable()));
        }
        CampaignRequest request = CampaignRequest.parse(execution.getVariable(VAR_CAMPAIGN_NAME),
                execution.getVariable(VAR_CAMPAIGN_YEAR),
                JsonFormValues.plainOrTexts(execution.getVariableTyped(VAR_UNIT_CODES, false)), deadlines,
                execution.getVariable(VAR_MONTHLY_AUDIT_INTERVAL));
        Object initiator = execution.getVariable("initiator");
        String user = initiator != null ? initiator.toString() : actors.of(execution);
        Instant now = Clock.now();
        Campaign campaign = launcher.register(request, user, now, execution.getProcessInstanceId());

        execution.setProcessBusinessKey(campaign.getId().toString());
        execution.removeVariables(List.of(VAR_CAMPAIGN_NAME, VAR_CAMPAIGN_YEAR, VAR_UNIT_CODES,
                VAR_MONTHLY_AUDIT_INTERVAL));
        execution.setVariable(VAR_CAMPAIGN_ID, campaign.getId());
        execution.setVariables(campaign.getSchedule().asVariables());
    }
}
