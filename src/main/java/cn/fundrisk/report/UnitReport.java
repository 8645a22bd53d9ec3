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

/**
 * A unit's written report: its plan, self-inspection report, summary report, county inspection, monthly audit
 * or staffing-table filing; those sent to the office carry its receipt (签收).
 */
@Entity
public class UnitReport {

    public enum Kind {
        UNIT_PLAN("本单位工作方案"),
        SELF_INSPECTION("自查报告"),
        SUMMARY("总结报告"),
        COUNTY_INSPECTION("县区检查记录"),
        MONTHLY_AUDIT("内控稽核情况月报"),
        STAFFING_FILING("人员分工、岗位职责情况表备案");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The office's (or the fund-supervision reviewers') receipt of a report sent to them. */
    public enum Receipt {
        ACCEPTED("已签收"), RETURNED("已退回");

        private final String label;

        Receipt(String label) {
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
    @Enumerated(EnumType.STRING)
    private Receipt receipt;
    private String receivedBy;
    private Instant receivedAt;
    private String receiptComment;
    private String rectificationStatus;
    private String scopeId;

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
        this.receipt = null;
    }

    /** The summary report's 整改情况: the unit's problems as they stood when it was submitted. */
    public void attachRectificationStatus(String status) {
        requireNotApproved();
        this.rectificationStatus = status;
    }

    /** The engine's sub-process instance that handles this report (a monthly audit's report and review). */
    public void handledIn(String scopeId) {
        this.scopeId = scopeId;
    }

    /**
     * 签收: the office (for a monthly audit, the fund-supervision reviewers) accepts what was sent
     * to it, or returns it with the reason; a return opens it for the unit again. Nobody receives
     * what they submitted or approved themselves.
     */
    public void receive(boolean accepted, String comment, String user, Instant now) {
        if (receipt == Receipt.ACCEPTED) {
            throw InputRejectedException.locked();
        }
        if (status != ReviewStatus.SUBMITTED && status != ReviewStatus.APPROVED) {
            throw new InputRejectedException(kind.label() + "尚未报送，不能签收");
        }
        if (user.equals(submittedBy) || user.equals(reviewedBy)) {
            throw new InputRejectedException("不能签收本人提交或审核的" + kind.label());
        }
        this.receipt = accepted ? Receipt.ACCEPTED : Receipt.RETURNED;
        this.receivedBy = user;
        this.receivedAt = now;
        this.receiptComment = comment;
        if (accepted) {
            this.status = ReviewStatus.APPROVED;
        } else {
            this.status = ReviewStatus.RETURNED;
            this.reviewComment = (kind == Kind.MONTHLY_AUDIT ? "基金监督部门退回：" : "领导小组办公室退回：") + comment;
        }
    }

    public boolean isReceived() {
        return receipt == Receipt.ACCEPTED;
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
    public Receipt getReceipt() { return receipt; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReceiptComment() { return receiptComment; }
    public String getRectificationStatus() { return rectificationStatus; }
    public String getScopeId() { return scopeId; }
}
