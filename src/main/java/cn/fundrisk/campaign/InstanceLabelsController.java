package cn.fundrisk.campaign;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.OverdueEscalationProcess;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.process.UnitFollowUpProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a process instance is about, for Cockpit, which lists instances by business key only: a
 * unit's instances (unit process, overdue escalations; business key = campaign_unit.id) by the
 * unit's name, a campaign's by the campaign's name. The business key stays our entity id; Cockpit's
 * script (app/cockpit/scripts/fundrisk-cockpit.js) writes the name beside it. Only instances of
 * units the user may see are named.
 */
@RestController
public class InstanceLabelsController {

    static final int MAX_IDS = 200;
    /** Processes whose business key is a campaign unit's (escalations unless called by the campaign). */
    private static final Set<String> UNIT_KEYED = Set.of(UnitCampaignProcess.KEY, UnitFollowUpProcess.KEY,
            OverdueEscalationProcess.KEY);

    private final HistoryService historyService;
    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final AccessRules accessRules;

    public InstanceLabelsController(HistoryService historyService, CampaignUnits campaignUnits, Campaigns campaigns,
            AccessRules accessRules) {
        this.historyService = historyService;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.accessRules = accessRules;
    }

    /** A label: the name to show and a longer title (unit and campaign). */
    public record Label(String name, String title) {
    }

    @GetMapping("/api/process-instances/labels")
    @Transactional(readOnly = true)
    public Map<String, Label> labels(@RequestParam(name = "ids", required = false) List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() > MAX_IDS) {
            throw new InputRejectedException("一次最多查询 " + MAX_IDS + " 个流程实例");
        }
        CurrentUser user = CurrentUser.get();
        // Our own visibility rule decides below what is named; the engine is asked without the user's permissions.
        List<HistoricProcessInstance> instances = accessRules.asEngine(() -> historyService
                .createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list());
        Set<String> campaignKeyed = campaignKeyed(instances);
        Map<Long, CampaignUnit> units = byId(campaignUnits.findAllById(keys(instances, campaignKeyed, false)),
                CampaignUnit::getId);
        Map<Long, Campaign> campaignsById = byId(campaigns.findAllById(keys(instances, campaignKeyed, true)),
                Campaign::getId);
        Map<Long, Campaign> ofUnits = byId(campaigns.findAllById(units.values().stream()
                .map(CampaignUnit::getCampaignId).toList()), Campaign::getId);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (HistoricProcessInstance instance : instances) {
            Long key = number(instance.getBusinessKey());
            if (key == null) {
                continue;
            }
            if (campaignKeyed.contains(instance.getId())) {
                Campaign campaign = campaignsById.get(key);
                if (campaign != null && user.seesAllUnits()) {
                    labels.put(instance.getId(), new Label(campaign.getName(), "专项工作：" + campaign.getName()));
                }
                continue;
            }
            if (!UNIT_KEYED.contains(instance.getProcessDefinitionKey())) {
                continue;
            }
            CampaignUnit unit = units.get(key);
            if (unit != null && user.canSee(unit.getUnit().getCode())) {
                Campaign campaign = ofUnits.get(unit.getCampaignId());
                labels.put(instance.getId(), new Label(unit.getUnit().getName(), unit.getUnit().getName()
                        + (campaign == null ? "" : " · " + campaign.getName())));
            }
        }
        return labels;
    }

    /**
     * The instances whose business key is a campaign's: the campaign process and the escalations it calls
     * for its own work (work plan, results); other escalations are called by a unit's process.
     */
    private Set<String> campaignKeyed(List<HistoricProcessInstance> instances) {
        Set<String> callers = instances.stream()
                .filter(i -> OverdueEscalationProcess.KEY.equals(i.getProcessDefinitionKey()))
                .map(HistoricProcessInstance::getSuperProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Set<String> campaignCallers = callers.isEmpty() ? Set.of() : accessRules.asEngine(() -> historyService
                .createHistoricProcessInstanceQuery().processInstanceIds(callers).processDefinitionKey(CampaignProcess.KEY)
                .list()).stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        return instances.stream().filter(i -> CampaignProcess.KEY.equals(i.getProcessDefinitionKey())
                || campaignCallers.contains(i.getSuperProcessInstanceId()))
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    /** The numeric business keys of the campaign-keyed instances (campaign true) or of the units' ones. */
    private static List<Long> keys(Collection<HistoricProcessInstance> instances, Set<String> campaignKeyed,
            boolean campaign) {
        return instances.stream().filter(i -> campaignKeyed.contains(i.getId()) == campaign)
                .map(i -> number(i.getBusinessKey())).filter(k -> k != null).distinct().toList();
    }

    private static Long number(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
