package cn.fundrisk.followup;

import static cn.fundrisk.followup.FollowUpRules.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.UnitFollowUpProcess;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The units' long-term follow-up ({@code unitFollowUpProcess}): started with each unit's campaign,
 * fed the problems due after the campaign, and ended by the office once the campaign is closed and
 * no handed-over problem is still open. The instance is found by its business key, the campaign
 * unit's id, and our tables; no process variable decides which unit or problem is meant.
 */
@Component
public class FollowUps {

    private final RuntimeService runtimeService;
    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final Problems problems;
    private final AccessRules accessRules;

    public FollowUps(RuntimeService runtimeService, CampaignUnits campaignUnits, Campaigns campaigns, Problems problems,
            AccessRules accessRules) {
        this.runtimeService = runtimeService;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.problems = problems;
        this.accessRules = accessRules;
    }

    /** Starts the unit's follow-up unless it runs already; its groups may read it, like their unit's process. */
    public String start(CampaignUnit unit) {
        return accessRules.asEngine(() -> {
            ProcessInstance running = instanceOf(unit.getId());
            if (running != null) {
                return running.getId();
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(UnitFollowUpProcess.VAR_CAMPAIGN_ID, unit.getCampaignId());
            variables.put(UnitFollowUpProcess.VAR_CAMPAIGN_UNIT_ID, unit.getId());
            variables.put(UnitFollowUpProcess.VAR_UNIT_CODE, unit.getUnit().getCode());
            String id = runtimeService.startProcessInstanceByKey(UnitFollowUpProcess.KEY, unit.getId().toString(),
                    variables).getId();
            accessRules.grantUnitInstance(id, unit.getUnit().getCode());
            return id;
        });
    }

    /**
     * Problems due after the campaign's evaluation deadline (an item with a later deadline of its own,
     * such as item 19, 12月底前) leave the campaign's rectification for the follow-up: each becomes an
     * instance of its long-term rectification there. Returns how many were handed over.
     */
    public int handOverLongTermProblems(CampaignUnit unit) {
        Campaign campaign = campaigns.findById(unit.getCampaignId()).orElseThrow();
        List<Problem> longTerm = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()).stream()
                .filter(p -> p.getHandedOverAt() == null && p.getStatus() != Problem.Status.CLOSED_OFF)
                .filter(p -> isLongTerm(p, campaign)).toList();
        if (longTerm.isEmpty()) {
            return 0;
        }
        start(unit);
        Instant now = Clock.now();
        for (Problem problem : longTerm) {
            problem.handOver(now);
            problems.saveAndFlush(problem); // the task created by the message reads it
            accessRules.asEngine(() -> runtimeService.createMessageCorrelation(UnitFollowUpProcess.MESSAGE_LONG_TERM_PROBLEM)
                    .processInstanceBusinessKey(unit.getId().toString())
                    .setVariableLocal(UnitFollowUpProcess.VAR_PROBLEM_ID, problem.getId())
                    .correlateWithResult());
        }
        return longTerm.size();
    }

    /**
     * The office ends the follow-up of every unit of a closed campaign (or of one unit): its monthly
     * audits stop, open monthly report tasks are withdrawn. Refused while the campaign runs or a
     * handed-over problem is not yet closed off (销号).
     */
    public int end(Long campaignId, Long onlyUnitId, String user, String note) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        if (campaign.getStatus() != Campaign.Status.CLOSED) {
            throw new InputRejectedException(CAMPAIGN_STILL_RUNNING);
        }
        String checkedNote = note(note);
        List<CampaignUnit> units = campaignUnits.findByCampaign(campaignId).stream()
                .filter(u -> onlyUnitId == null || u.getId().equals(onlyUnitId))
                .filter(u -> u.getFollowUpEndedAt() == null).toList();
        if (units.isEmpty()) {
            throw new InputRejectedException(ALREADY_ENDED);
        }
        List<Problem> open = problems.findByCampaignUnitIdInOrderByItemNoAscIdAsc(
                units.stream().map(CampaignUnit::getId).toList()).stream()
                .filter(p -> p.getHandedOverAt() != null && p.getStatus() != Problem.Status.CLOSED_OFF).toList();
        if (!open.isEmpty()) {
            throw new InputRejectedException(openProblems(open, units));
        }
        Instant now = Clock.now();
        for (CampaignUnit unit : units) {
            unit.endFollowUp(user, now, checkedNote);
            campaignUnits.save(unit);
            accessRules.asEngine(() -> runtimeService.createMessageCorrelation(UnitFollowUpProcess.MESSAGE_FOLLOW_UP_ENDED)
                    .processInstanceBusinessKey(unit.getId().toString())
                    .correlateAllWithResult());
        }
        return units.size();
    }

    /** The running follow-up of a unit, or null. */
    public ProcessInstance instanceOf(Long campaignUnitId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(campaignUnitId.toString()).singleResult();
    }
}
