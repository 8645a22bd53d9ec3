package cn.fundrisk.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.inspection.ItemScore;
import cn.fundrisk.inspection.ItemScores;
import cn.fundrisk.inspection.ScoreSheet;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import cn.fundrisk.staffing.StaffingTables;
import org.springframework.stereotype.Component;

/** Loads what the report documents are made of, from our tables, as the user may see it. */
@Component
class ReportFiles {

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final UnitReports unitReports;
    private final Assessments assessments;
    private final Problems problems;
    private final ItemSheets itemSheets;
    private final StaffingTables staffing;
    private final ScoreSheets scoreSheets;
    private final ItemScores itemScores;

    ReportFiles(Campaigns campaigns, CampaignUnits campaignUnits, UnitReports unitReports, Assessments assessments,
            Problems problems, ItemSheets itemSheets, StaffingTables staffing, ScoreSheets scoreSheets,
            ItemScores itemScores) {
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.unitReports = unitReports;
        this.assessments = assessments;
        this.problems = problems;
        this.itemSheets = itemSheets;
        this.staffing = staffing;
        this.scoreSheets = scoreSheets;
        this.itemScores = itemScores;
    }

    /** A unit's file for one of its reports; 404 for an unknown unit, 403 for another unit's user. */
    UnitFile unit(Long campaignUnitId, UnitReport.Kind kind, CurrentUser user) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        user.requireUnit(unit.getUnit().getCode());
        Campaign campaign = campaigns.findById(unit.getCampaignId()).orElseThrow();
        UnitReport report = unitReports.findByCampaignUnitIdAndKindAndPeriod(unit.getId(), kind, UnitReport.ONCE)
                .orElse(null);
        Map<Integer, ItemAssessment> assessed = assessments.findByCampaignUnitIdOrderByItemNo(unit.getId()).stream()
                .collect(Collectors.toMap(ItemAssessment::getItemNo, Function.identity()));
        return new UnitFile(campaign, unit, report,
                itemSheets.of(campaign.getId(), unit.getId(), unit.getUnit().getKind()), assessed,
                problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()), staffing.view(unit.getId(), user));
    }

    /** Every unit of the campaign with its sheet as approved by the inspectors (scores of other sheets left out). */
    List<ResultsBulletinDocument.Scored> campaign(Campaign campaign) {
        List<CampaignUnit> units = campaignUnits.findByCampaign(campaign.getId());
        List<Long> ids = units.stream().map(CampaignUnit::getId).toList();
        Map<Long, Long> approvedSheetOfUnit = ids.isEmpty() ? Map.of() : scoreSheets.findByCampaignUnitIdIn(ids).stream()
                .filter(s -> s.getStatus() == ReviewStatus.APPROVED)
                .collect(Collectors.toMap(ScoreSheet::getCampaignUnitId, ScoreSheet::getId));
        Map<Long, Map<Integer, ItemSheets.Scored>> scores = new HashMap<>();
        Map<Long, Long> unitOfSheet = approvedSheetOfUnit.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        if (!unitOfSheet.isEmpty()) {
            for (ItemScore score : itemScores.findByScoreSheetIdIn(unitOfSheet.keySet())) {
                scores.computeIfAbsent(unitOfSheet.get(score.getScoreSheetId()), id -> new HashMap<>())
                        .put(score.getItemNo(), new ItemSheets.Scored(score.getScore(), score.getDeductionReason()));
            }
        }
        Map<Long, List<Problem>> problemsOfUnit = ids.isEmpty() ? Map.of()
                : problems.findByCampaignUnitIdInOrderByItemNoAscIdAsc(ids).stream()
                        .collect(Collectors.groupingBy(Problem::getCampaignUnitId));
        return units.stream().map(unit -> {
            List<Problem> own = problemsOfUnit.getOrDefault(unit.getId(), List.of());
            return new ResultsBulletinDocument.Scored(unit, itemSheets.of(campaign.getId(), unit.getId(),
                    unit.getUnit().getKind(), scores.getOrDefault(unit.getId(), Map.of())), own.size(),
                    own.stream().filter(UnitFile::rectified).count());
        }).toList();
    }
}
