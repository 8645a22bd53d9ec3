package cn.fundrisk.campaign;

import static cn.fundrisk.campaign.CampaignView.local;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.evidence.EvidenceInfo;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.inspection.ItemScore;
import cn.fundrisk.inspection.ScoreSheet;
import cn.fundrisk.process.Links;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.report.UnitReport;

/** One unit's work in a campaign, as the API and the unit page show it. */
public final class UnitView {

    private UnitView() {
    }

    public record Detail(Long campaignUnitId, Long campaignId, String campaignName, String unitCode, String unitName,
            UnitKind unitKind, List<CampaignView.PhaseState> phases, BigDecimal selfScoreTotal, BigDecimal finalScore,
            int applicablePoints, BigDecimal scoreRate, Integer ranking, List<Assessment> assessments,
            List<ProblemView> problems, List<Report> reports, Sheet scoreSheet, List<EvidenceInfo> evidence,
            String pageUrl, String campaignUrl) {
    }

    public record Assessment(Long id, int itemNo, ItemAssessment.Result result, String resultLabel, String note,
            ReviewStatus status, String statusLabel, BigDecimal selfScore, String evidenceUrl) {

        static Assessment of(ItemAssessment a) {
            return new Assessment(a.getId(), a.getItemNo(), a.getResult(),
                    a.getResult() == null ? null : a.getResult().label(), a.getNote(), a.getStatus(),
                    a.getStatus().label(), a.getSelfScore(), Links.evidence(Evidence.OwnerType.ASSESSMENT, a.getId()));
        }
    }

    public record ProblemView(Long id, int itemNo, String description, String measure, String responsiblePerson,
            LocalDate plannedDate, OffsetDateTime dueAt, Problem.Status status, String statusLabel, String actionTaken,
            String coordinationNote, String verifyComment, String evidenceUrl, String cause, Problem.RiskLevel riskLevel,
            String riskLabel, String responsibleLeader, LocalDate completedOn, String closedOffBy,
            OffsetDateTime closedOffAt, String closeOffComment, boolean longTerm) {

        static ProblemView of(Problem p) {
            return new ProblemView(p.getId(), p.getItemNo(), p.getDescription(), p.getMeasure(),
                    p.getResponsiblePerson(), p.getPlannedDate(), local(p.getDueAt()), p.getStatus(),
                    p.getStatus().label(), p.getActionTaken(), p.getCoordinationNote(), p.getVerifyComment(),
                    Links.evidence(Evidence.OwnerType.PROBLEM, p.getId()), p.getCause(), p.getRiskLevel(),
                    p.getRiskLevel() == null ? null : p.getRiskLevel().label(), p.getResponsibleLeader(),
                    p.getCompletedOn(), p.getClosedOffBy(), local(p.getClosedOffAt()), p.getCloseOffComment(),
                    p.getHandedOverAt() != null);
        }
    }

    public record Report(Long id, UnitReport.Kind kind, String kindLabel, String period, ReviewStatus status,
            String statusLabel, String body, String submittedBy, OffsetDateTime submittedAt, String reviewedBy,
            String reviewComment, String evidenceUrl, UnitReport.Receipt receipt, String receiptLabel,
            String receivedBy, OffsetDateTime receivedAt, String receiptComment, String rectificationStatus) {

        static Report of(UnitReport r) {
            return new Report(r.getId(), r.getKind(), r.getKind().label(), r.getPeriod(), r.getStatus(),
                    r.getStatus().label(), r.getBody(), r.getSubmittedBy(), local(r.getSubmittedAt()),
                    r.getReviewedBy(), r.getReviewComment(), Links.evidence(Evidence.OwnerType.REPORT, r.getId()),
                    r.getReceipt(), r.getReceipt() == null ? null : r.getReceipt().label(), r.getReceivedBy(),
                    local(r.getReceivedAt()), r.getReceiptComment(), r.getRectificationStatus());
        }
    }

    public record Sheet(Long id, ReviewStatus status, String statusLabel, String scoredBy, String reviewedBy,
            BigDecimal total, List<Score> items, String evidenceUrl) {

        static Sheet of(ScoreSheet s, List<ItemScore> scores) {
            return new Sheet(s.getId(), s.getStatus(), s.getStatus().label(), s.getScoredBy(), s.getReviewedBy(),
                    s.getTotal(), scores.stream().map(Score::of).toList(),
                    Links.evidence(Evidence.OwnerType.SCORE_SHEET, s.getId()));
        }

        /** The inspector's score for an item, or null. */
        public BigDecimal scoreOf(int itemNo) {
            return items.stream().filter(i -> i.itemNo() == itemNo).map(Score::score).findFirst().orElse(null);
        }
    }

    public record Score(int itemNo, BigDecimal score, String deductionReason) {

        static Score of(ItemScore s) {
            return new Score(s.getItemNo(), s.getScore(), s.getDeductionReason());
        }
    }
}
