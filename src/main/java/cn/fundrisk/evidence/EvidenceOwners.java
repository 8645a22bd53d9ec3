package cn.fundrisk.evidence;

import java.util.Locale;

import cn.fundrisk.accountability.Accountabilities;
import cn.fundrisk.accountability.Accountability;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.inspection.ScoreSheet;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.springframework.stereotype.Component;

/**
 * Finds what evidence belongs to (an item result, a problem, a report, a score sheet), the unit
 * in the campaign it belongs to, and whether the current user may see that unit.
 */
@Component
public class EvidenceOwners {

    /** The owner of evidence files, described for people. */
    public record Owner(Evidence.OwnerType type, Long id, Long campaignUnitId, String title, String unitName,
            String campaignName, String unitCode, boolean locked) {
    }

    private final Assessments assessments;
    private final Problems problems;
    private final UnitReports reports;
    private final ScoreSheets scoreSheets;
    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final Accountabilities accountabilities;

    public EvidenceOwners(Assessments assessments, Problems problems, UnitReports reports, ScoreSheets scoreSheets,
            CampaignUnits campaignUnits, Campaigns campaigns, Accountabilities accountabilities) {
        this.accountabilities = accountabilities;
        this.assessments = assessments;
        this.problems = problems;
        this.reports = reports;
        this.scoreSheets = scoreSheets;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
    }

    /** "assessment", "ASSESSMENT", "score_sheet", "score-sheet" … as in {@link cn.fundrisk.process.Links}. */
    public static Evidence.OwnerType type(String text) {
        try {
            return Evidence.OwnerType.valueOf(text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputRejectedException("材料所属类型无效：" + text
                    + "（应为 assessment、problem、report、score_sheet 或 accountability）");
        }
    }

    /** The owner, if the current user may see its unit; 404 when it does not exist, 403 when not theirs. */
    public Owner visible(Evidence.OwnerType type, Long id) {
        Owner owner = find(type, id);
        CampaignUnit unit = campaignUnits.findById(owner.campaignUnitId()).orElseThrow();
        CurrentUser.get().requireUnit(unit.getUnit().getCode());
        String campaignName = campaigns.findById(unit.getCampaignId()).map(c -> c.getName()).orElse("");
        return new Owner(type, id, owner.campaignUnitId(), owner.title(), unit.getUnit().getName(), campaignName,
                unit.getUnit().getCode(), owner.locked());
    }

    /** Whether the current user may see the unit (of a campaign) that a stored file belongs to. */
    public void requireVisibleUnit(Long campaignUnitId) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        CurrentUser.get().requireUnit(unit.getUnit().getCode());
    }

    private Owner find(Evidence.OwnerType type, Long id) {
        return switch (type) {
            case ASSESSMENT -> {
                ItemAssessment a = assessments.findById(id).orElseThrow();
                yield new Owner(type, id, a.getCampaignUnitId(), "事项 " + a.getItemNo() + " 自查结果", null, null, null,
                        a.getStatus() == ReviewStatus.APPROVED);
            }
            case PROBLEM -> {
                Problem p = problems.findById(id).orElseThrow();
                yield new Owner(type, id, p.getCampaignUnitId(),
                        "事项 " + p.getItemNo() + " 问题整改（问题 " + p.getId() + "）", null, null, null,
                        p.getStatus() == Problem.Status.VERIFIED || p.getStatus() == Problem.Status.CLOSED_OFF);
            }
            case REPORT -> {
                UnitReport r = reports.findById(id).orElseThrow();
                String period = UnitReport.ONCE.equals(r.getPeriod()) ? "" : "（" + r.getPeriod() + "）";
                yield new Owner(type, id, r.getCampaignUnitId(), r.getKind().label() + period, null, null, null,
                        r.getStatus() == ReviewStatus.APPROVED);
            }
            case SCORE_SHEET -> {
                ScoreSheet s = scoreSheets.findById(id).orElseThrow();
                yield new Owner(type, id, s.getCampaignUnitId(), "检查评分表", null, null, null,
                        s.isLocked() || s.getStatus() == ReviewStatus.APPROVED);
            }
            case ACCOUNTABILITY -> {
                Accountability decision = accountabilities.findById(id).orElseThrow();
                yield new Owner(type, id, decision.getCampaignUnitId(),
                        "问责决定：" + decision.getMethod().label() + "（" + decision.getDecidedOn() + "）", null, null, null,
                        false);
            }
        };
    }
}
