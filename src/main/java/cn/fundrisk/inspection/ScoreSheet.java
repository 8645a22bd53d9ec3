package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.time.Instant;

import cn.fundrisk.campaign.ReviewStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The office's score sheet for one unit: scored by one inspector, reviewed by a second. */
@Entity
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String scoredBy;
    private Instant scoredAt;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewComment;
    private BigDecimal total;
    private boolean locked;

    protected ScoreSheet() {
    }

    public ScoreSheet(Long campaignUnitId) {
        this.campaignUnitId = campaignUnitId;
        this.status = ReviewStatus.DRAFT;
    }

    public void submit(BigDecimal total, String user, Instant now) {
        requireUnlocked();
        this.total = total;
        this.status = ReviewStatus.SUBMITTED;
        this.scoredBy = user;
        this.scoredAt = now;
    }

    public void review(boolean approved, String comment, String user, Instant now) {
        requireUnlocked();
        this.status = approved ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        this.reviewComment = comment;
        this.reviewedBy = user;
        this.reviewedAt = now;
    }

    public void lock() {
        this.locked = true;
    }

    private void requireUnlocked() {
        if (locked) {
            throw new IllegalStateException("评分表已锁定，不能修改");
        }
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public ReviewStatus getStatus() { return status; }
    public String getScoredBy() { return scoredBy; }
    public Instant getScoredAt() { return scoredAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewComment() { return reviewComment; }
    public BigDecimal getTotal() { return total; }
    public boolean isLocked() { return locked; }
}
