package cn.fundrisk.campaign;

import java.math.BigDecimal;
import java.time.Instant;

import cn.fundrisk.identity.Unit;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A unit taking part in a campaign; its id is the business key of its unitCampaignProcess instance. */
@Entity
public class CampaignUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    private String processInstanceId;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String contactPerson;
    private String contactPhone;
    private BigDecimal selfScoreTotal;
    private BigDecimal finalScore;
    private int applicablePoints;
    private BigDecimal scoreRate;
    private Integer ranking;
    private Instant finishedAt;
    private Instant followUpEndedAt;
    private String followUpEndedBy;
    private String followUpEndNote;
    private String accountabilityReviewedBy;
    private Instant accountabilityReviewedAt;
    private String accountabilityConclusion;

    protected CampaignUnit() {
    }

    public CampaignUnit(Long campaignId, Unit unit, int applicablePoints) {
        this.campaignId = campaignId;
        this.unit = unit;
        this.applicablePoints = applicablePoints;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void acknowledge(String user, Instant now, String contactPerson, String contactPhone) {
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.acknowledgedBy = user;
        this.acknowledgedAt = now;
    }

    public void selfScored(BigDecimal total) {
        this.selfScoreTotal = total;
    }

    public void scored(BigDecimal total) {
        this.finalScore = total;
        this.scoreRate = applicablePoints == 0 ? BigDecimal.ZERO
                : total.divide(BigDecimal.valueOf(applicablePoints), 4, java.math.RoundingMode.HALF_UP);
    }

    /** The unit's rank within its group (inspection/Rankings); null while it is not ranked. */
    public void rank(Integer ranking) {
        this.ranking = ranking;
    }

    public void finish(Instant now) {
        this.finishedAt = now;
    }

    /** The office ended the unit's long-term follow-up (item 6's monthly audit, long-term problems). */
    public void endFollowUp(String user, Instant now, String note) {
        this.followUpEndedBy = user;
        this.followUpEndedAt = now;
        this.followUpEndNote = note;
    }

    /** The office's accountability round after the evaluation (问责研判): its conclusion. */
    public void accountabilityReviewed(String user, Instant now, String conclusion) {
        this.accountabilityReviewedBy = user;
        this.accountabilityReviewedAt = now;
        this.accountabilityConclusion = conclusion;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Unit getUnit() { return unit; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getContactPerson() { return contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public BigDecimal getSelfScoreTotal() { return selfScoreTotal; }
    public BigDecimal getFinalScore() { return finalScore; }
    public int getApplicablePoints() { return applicablePoints; }
    public BigDecimal getScoreRate() { return scoreRate; }
    public Integer getRanking() { return ranking; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getFollowUpEndedAt() { return followUpEndedAt; }
    public String getFollowUpEndedBy() { return followUpEndedBy; }
    public String getFollowUpEndNote() { return followUpEndNote; }
    public String getAccountabilityReviewedBy() { return accountabilityReviewedBy; }
    public Instant getAccountabilityReviewedAt() { return accountabilityReviewedAt; }
    public String getAccountabilityConclusion() { return accountabilityConclusion; }
}
