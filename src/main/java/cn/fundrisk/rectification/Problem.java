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
        RETURNED("已退回重新整改"), VERIFIED("已验证待销号"), CLOSED_OFF("已销号");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 风险等级 of a problem, as the unit assesses it. */
    public enum RiskLevel {
        HIGH("高"), MEDIUM("中"), LOW("低");

        private final String label;

        RiskLevel(String label) {
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
    private String cause;
    @Enumerated(EnumType.STRING)
    private RiskLevel riskLevel;
    private String responsibleLeader;
    private LocalDate completedOn;
    private String closedOffBy;
    private Instant closedOffAt;
    private String closeOffComment;
    private Instant handedOverAt;

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

    /** 原因分析, 风险等级 and 责任领导, recorded with the problem in self-inspection. */
    public Problem analysed(String cause, RiskLevel riskLevel, String responsibleLeader) {
        this.cause = cause;
        this.riskLevel = riskLevel;
        this.responsibleLeader = responsibleLeader;
        return this;
    }

    /** Locked once verified: a verified rectification is reopened only by the office's return at 销号. */
    public void close(String actionTaken, LocalDate completedOn, String user, Instant now) {
        requireNotVerified();
        this.actionTaken = actionTaken;
        this.completedOn = completedOn;
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
        this.closeOffComment = null;
    }

    /**
     * 销号: the office closes a verified problem off, or returns it to the unit with its reason (the
     * unit rectifies again, its head verifies again). Locked once closed off.
     */
    public void closeOff(boolean accepted, String comment, String user, Instant now) {
        if (status == Status.CLOSED_OFF) {
            throw InputRejectedException.locked();
        }
        if (status != Status.VERIFIED) {
            throw new InputRejectedException("该问题尚未经单位负责人验证，不能销号");
        }
        this.status = accepted ? Status.CLOSED_OFF : Status.RETURNED;
        this.closeOffComment = comment;
        if (accepted) {
            this.closedOffBy = user;
            this.closedOffAt = now;
        }
    }

    /** Moved to the unit's long-term follow-up: due after the campaign's evaluation deadline. */
    public void handOver(Instant now) {
        if (handedOverAt == null) {
            this.handedOverAt = now;
        }
    }

    private void requireNotVerified() {
        if (status == Status.VERIFIED || status == Status.CLOSED_OFF) {
            throw InputRejectedException.locked();
        }
    }

    /** Rectified by the unit (closed, verified or closed off). */
    public boolean isRectified() {
        return status == Status.CLOSED || status == Status.VERIFIED || status == Status.CLOSED_OFF;
    }

    public boolean isLate() {
        return closedAt != null && (status == Status.VERIFIED || status == Status.CLOSED_OFF) && closedAt.isAfter(dueAt);
    }

    /** Why the problem came back to the unit: the office's return at 销号, else the head's. */
    public String returnComment() {
        if (status != Status.RETURNED) {
            return null;
        }
        return closeOffComment != null ? "领导小组办公室退回（未予销号）：" + closeOffComment : verifyComment;
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
    public String getCause() { return cause; }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public String getResponsibleLeader() { return responsibleLeader; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getClosedOffBy() { return closedOffBy; }
    public Instant getClosedOffAt() { return closedOffAt; }
    public String getCloseOffComment() { return closeOffComment; }
    public Instant getHandedOverAt() { return handedOverAt; }
}
