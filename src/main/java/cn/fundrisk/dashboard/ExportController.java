package cn.fundrisk.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.accountability.AccountabilityQueries;
import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.PersonNames;
import cn.fundrisk.inspection.ItemScore;
import cn.fundrisk.inspection.ItemScores;
import cn.fundrisk.inspection.ScoreSheet;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Excel exports for managers: a unit's 考核表 in the official layout, the campaign's ranking and its
 * 整改台账. Visibility as on the pages: a unit's staff and head their own unit; the ranking for the
 * office, the leaders and the inspectors only. A fixed number of queries whatever the number of rows.
 */
@Controller
public class ExportController {

    static final String NO_RANKING_ACCESS = "无权导出排名";
    static final String NO_CAMPAIGN_ACCESS = "无权查看该专项工作";

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final CampaignItems campaignItems;
    private final Assessments assessments;
    private final ScoreSheets scoreSheets;
    private final ItemScores itemScores;
    private final Problems problems;
    private final AccountabilityQueries accountability;
    private final PersonNames people;

    public ExportController(Campaigns campaigns, CampaignUnits campaignUnits, CampaignItems campaignItems,
            Assessments assessments, ScoreSheets scoreSheets, ItemScores itemScores,
            Problems problems, AccountabilityQueries accountability, PersonNames people) {
        this.accountability = accountability;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.campaignItems = campaignItems;
        this.assessments = assessments;
        this.scoreSheets = scoreSheets;
        this.itemScores = itemScores;
        this.problems = problems;
        this.people = people;
    }

    @GetMapping("/api/campaign-units/{id}/assessment-sheet.xlsx")
    @Transactional(readOnly = true)
    public void assessmentSheet(@PathVariable Long id, HttpServletResponse response) throws IOException {
        CampaignUnit cu = campaignUnits.findById(id).orElseThrow();
        CurrentUser.get().requireUnit(cu.getUnit().getCode());
        Campaign campaign = campaigns.findById(cu.getCampaignId()).orElseThrow();
        List<CampaignItem> items = campaignItems.findByCampaignIdOrderByItemNo(campaign.getId()).stream()
                .filter(i -> i.getApplicability().appliesTo(cu.getUnit().getKind())).toList();
        Map<Integer, ItemAssessment> assessed = assessments.findByCampaignUnitIdOrderByItemNo(cu.getId()).stream()
                .collect(Collectors.toMap(ItemAssessment::getItemNo, Function.identity()));
        Optional<ScoreSheet> sheet = scoreSheets.findByCampaignUnitId(cu.getId());
        Map<Integer, ItemScore> scores = sheet.map(s -> itemScores.findByScoreSheetIdOrderByItemNo(s.getId()))
                .orElse(List.of()).stream().collect(Collectors.toMap(ItemScore::getItemNo, Function.identity()));
        AssessmentSheetWorkbook.write(new AssessmentSheetWorkbook.Input(campaign.getName(), cu.getUnit().getName(),
                items, assessed, scores, sheet.map(s -> people.name(s.getScoredBy())).orElse(null),
                sheet.map(s -> people.name(s.getReviewedBy())).orElse(null)))
                .send(response, "考核表-" + Workbooks.fileSafe(cu.getUnit().getName()) + ".xlsx", "assessment-sheet.xlsx");
    }

    @GetMapping("/api/campaigns/{id}/ranking.xlsx")
    @Transactional(readOnly = true)
    public void ranking(@PathVariable Long id, HttpServletResponse response) throws IOException {
        if (!CurrentUser.get().seesAllUnits()) {
            throw new AccessDeniedException(NO_RANKING_ACCESS);
        }
        Campaign campaign = campaigns.findById(id).orElseThrow();
        RankingWorkbook.write(campaignUnits.findByCampaign(id))
                .send(response, "排名-" + Workbooks.fileSafe(campaign.getName()) + ".xlsx", "ranking.xlsx");
    }

    @GetMapping("/api/campaigns/{id}/rectification-ledger.xlsx")
    @Transactional(readOnly = true)
    public void rectificationLedger(@PathVariable Long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.get();
        Campaign campaign = campaigns.findById(id).orElseThrow();
        List<CampaignUnit> visible = campaignUnits.findByCampaign(id).stream()
                .filter(cu -> user.canSee(cu.getUnit().getCode())).toList();
        if (!user.seesAllUnits() && visible.isEmpty()) {
            throw new AccessDeniedException(NO_CAMPAIGN_ACCESS);
        }
        Map<Long, List<Problem>> byUnit = visible.isEmpty() ? Map.of()
                : problems.findByCampaignUnitIdInOrderByItemNoAscIdAsc(visible.stream().map(CampaignUnit::getId).toList())
                        .stream().collect(Collectors.groupingBy(Problem::getCampaignUnitId));
        LedgerWorkbook.write(visible, byUnit, visible.isEmpty() ? List.of()
                : accountability.ofCampaign(id, user.seesAllUnits() ? null
                        : visible.stream().map(cu -> cu.getUnit().getCode()).toList(), null), people::name)
                .send(response, "整改台账-" + Workbooks.fileSafe(campaign.getName()) + ".xlsx", "rectification-ledger.xlsx");
    }
}
