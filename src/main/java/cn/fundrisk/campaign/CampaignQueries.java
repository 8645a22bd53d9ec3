package cn.fundrisk.campaign;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.evidence.EvidenceFiles;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.inspection.ItemScores;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.UnitReports;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Reads a campaign and its units for the API and the pages, with a fixed number of queries
 * whatever the number of units, and only what the current user may see.
 */
@Component
public class CampaignQueries {

    static final String NO_CAMPAIGN_ACCESS = "无权查看该专项工作";

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final UnitPhases unitPhases;
    private final Assessments assessments;
    private final Problems problems;
    private final UnitReports reports;
    private final ScoreSheets scoreSheets;
    private final ItemScores itemScores;
    private final EvidenceFiles evidence;
    private final EntityManager entityManager;
    private final WorkHolders workHolders;

    public CampaignQueries(Campaigns campaigns, CampaignUnits campaignUnits, UnitPhases unitPhases,
            Assessments assessments, Problems problems, UnitReports reports,
            ScoreSheets scoreSheets, ItemScores itemScores, EvidenceFiles evidence,
            EntityManager entityManager, WorkHolders workHolders) {
        this.workHolders = workHolders;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.unitPhases = unitPhases;
        this.assessments = assessments;
        this.problems = problems;
        this.reports = reports;
        this.scoreSheets = scoreSheets;
        this.itemScores = itemScores;
        this.evidence = evidence;
        this.entityManager = entityManager;
    }

    /** Campaigns, newest first: all for the office, leaders and inspectors; for a unit, those it takes part in. */
    public List<CampaignView.Summary> list(CurrentUser user) {
        Map<Long, Set<String>> codesByCampaign = new HashMap<>();
        entityManager.createQuery("select cu.campaignId, u.code from CampaignUnit cu join cu.unit u", Object[].class)
                .getResultList()
                .forEach(row -> codesByCampaign.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]));
        return campaigns.findAllByOrderByCreatedAtDesc().stream()
                .filter(c -> user.seesAllUnits()
                        || codesByCampaign.getOrDefault(c.getId(), Set.of()).stream().anyMatch(user::belongsTo))
                .map(c -> CampaignView.Summary.of(c, codesByCampaign.getOrDefault(c.getId(), Set.of()).size()))
                .toList();
    }

    /** The campaign with the units the user may see; 403 for a user who may see none of them. */
    public CampaignView.Detail detail(Long campaignId, CurrentUser user) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        List<CampaignUnit> visible = campaignUnits.findByCampaign(campaignId).stream()
                .filter(cu -> user.canSee(cu.getUnit().getCode())).toList();
        if (!user.seesAllUnits() && visible.isEmpty()) {
            throw new AccessDeniedException(NO_CAMPAIGN_ACCESS);
        }
        Map<Long, List<CampaignView.PhaseState>> phases = phasesOf(visible);
        List<CampaignView.UnitSummary> units = visible.stream()
                .map(cu -> CampaignView.UnitSummary.of(cu, phases.getOrDefault(cu.getId(), List.of())))
                .toList();
        return CampaignView.Detail.of(campaign, units,
                campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaignId),
                campaignUnits.countByCampaignId(campaignId));
    }

    /** One unit's work in a campaign; 403 unless the user sees all units or belongs to this one. */
    public UnitView.Detail unit(Long campaignUnitId, CurrentUser user) {
        CampaignUnit cu = campaignUnits.findById(campaignUnitId).orElseThrow();
        user.requireUnit(cu.getUnit().getCode());
        Campaign campaign = campaigns.findById(cu.getCampaignId()).orElseThrow();
        CampaignView.UnitSummary summary = CampaignView.UnitSummary.of(cu,
                phasesOf(List.of(cu)).getOrDefault(cu.getId(), List.of()));
        UnitView.Sheet sheet = scoreSheets.findByCampaignUnitId(cu.getId())
                .map(s -> UnitView.Sheet.of(s, itemScores.findByScoreSheetIdOrderByItemNo(s.getId())))
                .orElse(null);
        return new UnitView.Detail(cu.getId(), campaign.getId(), campaign.getName(), summary.unitCode(),
                summary.unitName(), summary.unitKind(), summary.phases(), summary.selfScoreTotal(),
                summary.finalScore(), summary.applicablePoints(), summary.scoreRate(), summary.ranking(),
                assessments.findByCampaignUnitIdOrderByItemNo(cu.getId()).stream().map(UnitView.Assessment::of).toList(),
                problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(cu.getId()).stream()
                        .map(UnitView.ProblemView::of).toList(),
                reports.findByCampaignUnitIdOrderById(cu.getId()).stream().map(UnitView.Report::of).toList(),
                sheet, evidence.infosOfUnit(cu.getId()), Links.unit(cu.getId()), Links.campaign(campaign.getId()));
    }

    /**
     * Phase states of many units in one query, each unit's in phase order, with who each open phase
     * waits on (one more query over the units' open tasks).
     */
    private Map<Long, List<CampaignView.PhaseState>> phasesOf(List<CampaignUnit> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Instant now = Clock.now();
        Map<Long, String> instances = new HashMap<>();
        units.stream().filter(cu -> cu.getProcessInstanceId() != null)
                .forEach(cu -> instances.put(cu.getId(), cu.getProcessInstanceId()));
        Map<String, Map<String, WorkHolders.Waiting>> waiting = workHolders.of(instances.values());
        return unitPhases.findByCampaignUnitIdIn(units.stream().map(CampaignUnit::getId).toList()).stream()
                .sorted(Comparator.comparing(UnitPhase::getPhase))
                .collect(Collectors.groupingBy(UnitPhase::getCampaignUnitId, Collectors.mapping(
                        p -> CampaignView.PhaseState.of(p, now, waiting
                                .getOrDefault(instances.get(p.getCampaignUnitId()), Map.of())
                                .getOrDefault(p.getPhase().activityId(), WorkHolders.Waiting.NONE)),
                        Collectors.toList())));
    }
}
