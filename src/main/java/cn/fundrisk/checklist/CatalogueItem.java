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

    /** The office completes a placeholder item (text lost in the source) before a campaign starts. */
    public void complete(String taskText, String requirement, String deadlineText, String responsibleText,
            String user, Instant now) {
        this.taskText = taskText;
        this.requirement = requirement;
        this.deadlineText = deadlineText;
        this.responsibleText = responsibleText;
        this.placeholder = false;
        this.updatedBy = user;
        this.updatedAt = now;
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
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
