package cn.fundrisk.rectification;

import java.time.Instant;
import java.time.LocalDate;

import cn.fundrisk.process.InputRejectedException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A problem found in self-inspection, with its rectification measure, and later what was done. */
@Entity
public class Problem {

    public enum Status {
        OPEN("待整改"), NEEDS_COORDINATION("待协调"), COORDINATED("已协调待整改"), CLOSED("已整改待验证"),
        RETURNED("验证未通过"), VERIFIED("已整改验证");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private Long campaignUnitId;
    private int itemNo;
    private String description;
    private String measure;
    private String responsiblePerson;
    private LocalDate plannedDate;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String actionTaken;
    private String coordinationNote;
    private String closedBy;
    private Instant closedAt;
    private String verifiedBy;
    private Instant verifiedAt;
    private String verifyComment;

    protected Problem() {
    }

    public Problem(Long assessmentId, Long campaignUnitId, int itemNo, String description, String measure,
            String responsiblePerson, LocalDate plannedDate, Instant dueAt) {
        this.assessmentId = assessmentId;
        this.campaignUnitId = campaignUnitId;
        this.itemNo = itemNo;
        this.description = description;
        this.measure = measure;
        this.responsiblePerson = responsiblePerson;
        this.plannedDate = plannedDate;
        this.dueAt = dueAt;
        this.status = Status.OPEN;
    }

    /** Locked once verified: a verified rectification is not reopened. */
    public void close(String actionTaken, String user, Instant now) {
        requireNotVerified();
        this.actionTaken = actionTaken;
        this.status = Status.CLOSED;
        this.closedBy = user;
        this.closedAt = now;
    }

    public void askForCoordination(String actionTaken, String user, Instant now) {
        requireNotVerified();
        this.actionTaken = actionTaken;
        this.status = Status.NEEDS_COORDINATION;
        this.closedBy = user;
        this.closedAt = now;
    }

    public void coordinated(String note) {
        requireNotVerified();
        this.coordinationNote = note;
        this.status = Status.COORDINATED;
    }

    public void verify(boolean approved, String comment, String user, Instant now) {
        requireNotVerified();
        this.status = approved ? Status.VERIFIED : Status.RETURNED;
        this.verifyComment = comment;
        this.verifiedBy = user;
        this.verifiedAt = now;
    }

    private void requireNotVerified() {
        if (status == Status.VERIFIED) {
            throw InputRejectedException.locked();
        }
    }

    public boolean isLate() {
        return closedAt != null && status == Status.VERIFIED && closedAt.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public int getItemNo() { return itemNo; }
    public String getDescription() { return description; }
    public String getMeasure() { return measure; }
    public String getResponsiblePerson() { return responsiblePerson; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public Instant getDueAt() { return dueAt; }
    public Status getStatus() { return status; }
    public String getActionTaken() { return actionTaken; }
    public String getCoordinationNote() { return coordinationNote; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public String getVerifyComment() { return verifyComment; }
}
