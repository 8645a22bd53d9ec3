package cn.fundrisk.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One of the 31 items of the assessment table (任务分解及考核表), as loaded by Flyway. */
@Entity
public class CatalogueItem {

    @Id
    private Integer itemNo;
    @ManyToOne(optional = false)
    @JoinColumn(name = "category_no")
    private Category category;
    private String taskText;
    private String requirement;
    private String deadlineText;
    @Enumerated(EnumType.STRING)
    private DeadlineKind deadlineKind;
    private Integer deadlineMonth;
    private int points;
    private String scope;
    private String responsibleText;
    @Embedded
    private Applicability applicability;
    private boolean placeholder;
    private String sourceNote;
    /** For a placeholder: what survived in the source (see {@link Completion#KEPT_FIELDS}), comma-separated. */
    private String keptFromSource;
    /** The office's decision to leave an unresolved placeholder out of the assessment (不计分), and why. */
    private String notScoredReason;
    private String notScoredBy;
    private Instant notScoredAt;
    private String updatedBy;
    private Instant updatedAt;

    protected CatalogueItem() {
    }

    /** The item's own due date in a campaign year, or null when it has none (long-term, monthly, lost). */
    public Instant dueIn(int year, ZoneId zone) {
        if (deadlineKind != DeadlineKind.MONTH_END || deadlineMonth == null) {
            return null;
        }
        LocalDate lastDay = YearMonth.of(year, deadlineMonth).atEndOfMonth();
        return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }

    /**
     * The office completes a placeholder item (text lost in the source): its texts, time limit, scope,
     * responsible units and who it applies to; it is no longer a placeholder and is scored.
     */
    void complete(Completion completion, String user, Instant now) {
        this.taskText = completion.taskText();
        this.requirement = completion.requirement();
        this.deadlineText = completion.deadline().text();
        this.deadlineKind = completion.deadline().kind();
        this.deadlineMonth = completion.deadline().month();
        this.scope = completion.scope();
        this.responsibleText = completion.responsibleText();
        this.applicability = completion.applicability();
        this.placeholder = false;
        this.keptFromSource = null;
        clearNotScored();
        this.updatedBy = user;
        this.updatedAt = now;
    }

    /** The office leaves an unresolved placeholder out of the assessment (不计分), with its reason. */
    void markNotScored(String reason, String user, Instant now) {
        this.notScoredReason = reason;
        this.notScoredBy = user;
        this.notScoredAt = now;
    }

    /** The office takes its 不计分 decision back: the placeholder is unresolved again. */
    void withdrawNotScored() {
        clearNotScored();
    }

    private void clearNotScored() {
        this.notScoredReason = null;
        this.notScoredBy = null;
        this.notScoredAt = null;
    }

    /** A placeholder neither completed nor marked 不计分: no campaign may start. */
    public boolean isUnresolved() {
        return placeholder && notScoredReason == null;
    }

    /** Counted in a campaign: anything but a placeholder the office marked 不计分. */
    public boolean isScored() {
        return !(placeholder && notScoredReason != null);
    }

    /** Whether the source kept this field of a placeholder (item 7 lost only its task text). */
    public boolean keeps(String field) {
        return keptFields().contains(field);
    }

    /** The fields of a placeholder the source kept: requirement, deadline, scope, responsible, applicability. */
    public java.util.List<String> keptFields() {
        return keptFromSource == null ? java.util.List.of() : java.util.List.of(keptFromSource.split(","));
    }

    public Integer getItemNo() { return itemNo; }
    public Category getCategory() { return category; }
    public String getTaskText() { return taskText; }
    public String getRequirement() { return requirement; }
    public String getDeadlineText() { return deadlineText; }
    public DeadlineKind getDeadlineKind() { return deadlineKind; }
    public Integer getDeadlineMonth() { return deadlineMonth; }
    public int getPoints() { return points; }
    public String getScope() { return scope; }
    public String getResponsibleText() { return responsibleText; }
    public Applicability getApplicability() { return applicability; }
    public boolean isPlaceholder() { return placeholder; }
    public String getSourceNote() { return sourceNote; }
    public String getNotScoredReason() { return notScoredReason; }
    public String getNotScoredBy() { return notScoredBy; }
    public Instant getNotScoredAt() { return notScoredAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
