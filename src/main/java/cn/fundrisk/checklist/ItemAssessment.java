package cn.fundrisk.checklist;

import java.math.BigDecimal;
import java.time.Instant;

import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.process.InputRejectedException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A unit's self-inspection of one item: result, note, later its self-score. */
@Entity
public class ItemAssessment {

    public enum Result {
        COMPLIANT("符合"), PROBLEM("存在问题");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    private int itemNo;
    @Enumerated(EnumType.STRING)
    private Result result;
    private String note;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private String completedBy;
    private Instant completedAt;
    private String reviewComment;
    private BigDecimal selfScore;

    protected ItemAssessment() {
    }

    public ItemAssessment(Long campaignUnitId, int itemNo) {
        this.campaignUnitId = campaignUnitId;
        this.itemNo = itemNo;
        this.status = ReviewStatus.DRAFT;
    }

    /** Locked once approved: the unit head's return (a new review) opens it again. */
    public void submit(Result result, String note, String user, Instant now) {
        if (status == ReviewStatus.APPROVED) {
            throw InputRejectedException.locked();
        }
        this.result = result;
        this.note = note;
        this.status = ReviewStatus.SUBMITTED;
        this.completedBy = user;
        this.completedAt = now;
    }

    public void returnWith(String comment) {
        this.status = ReviewStatus.RETURNED;
        this.reviewComment = comment;
    }

    public void approve() {
        this.status = ReviewStatus.APPROVED;
    }

    public void selfScore(BigDecimal score) {
        this.selfScore = score;
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public int getItemNo() { return itemNo; }
    public Result getResult() { return result; }
    public String getNote() { return note; }
    public ReviewStatus getStatus() { return status; }
    public String getCompletedBy() { return completedBy; }
    public Instant getCompletedAt() { return completedAt; }
    public String getReviewComment() { return reviewComment; }
    public BigDecimal getSelfScore() { return selfScore; }
}
