package cn.fundrisk.reminder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 催办: an ad-hoc reminder the office sent to a unit (in the audit trail like every record). */
@Entity
public class Nudge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    private String message;
    private String nudgedBy;
    private Instant nudgedAt;
    private int recipients;

    protected Nudge() {
    }

    public Nudge(Long campaignUnitId, String message, String nudgedBy, Instant nudgedAt, int recipients) {
        this.campaignUnitId = campaignUnitId;
        this.message = message;
        this.nudgedBy = nudgedBy;
        this.nudgedAt = nudgedAt;
        this.recipients = recipients;
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public String getMessage() { return message; }
    public String getNudgedBy() { return nudgedBy; }
    public Instant getNudgedAt() { return nudgedAt; }
    public int getRecipients() { return recipients; }
}
