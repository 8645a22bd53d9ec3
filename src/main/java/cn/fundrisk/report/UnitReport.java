package cn.fundrisk.report;

import java.time.Instant;

import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.process.InputRejectedException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A unit's written report: its plan, self-inspection report, summary report, county inspection or monthly audit. */
@Entity
public class UnitReport {

    public enum Kind {
        UNIT_PLAN("本单位工作方案"),
        SELF_INSPECTION("自查报告"),
        SUMMARY("总结报告"),
        COUNTY_INSPECTION("县区检查记录"),
        MONTHLY_AUDIT("内控稽核情况月报");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** period of reports that occur once per campaign */
    public static final String ONCE = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String period;
    private String body;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;

    protected UnitReport() {
    }

    public UnitReport(Long campaignUnitId, Kind kind, String period) {
        this.campaignUnitId = campaignUnitId;
        this.kind = kind;
        this.period = period;
        this.status = ReviewStatus.DRAFT;
    }

    /** Locked once approved: neither rewritten nor reviewed again. */
    public void submit(String body, String user, Instant now) {
        requireNotApproved();
        this.body = body;
        this.status = ReviewStatus.SUBMITTED;
        this.submittedBy = user;
        this.submittedAt = now;
    }

    public void review(boolean approved, String comment, String user, Instant now) {
        requireNotApproved();
        this.status = approved ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        this.reviewComment = comment;
        this.reviewedBy = user;
        this.reviewedAt = now;
    }

    private void requireNotApproved() {
        if (status == ReviewStatus.APPROVED) {
            throw InputRejectedException.locked();
        }
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public Kind getKind() { return kind; }
    public String getPeriod() { return period; }
    public String getBody() { return body; }
    public ReviewStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
}
