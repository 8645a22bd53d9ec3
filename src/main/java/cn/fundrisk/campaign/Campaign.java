package cn.fundrisk.campaign;

import java.time.Instant;

import cn.fundrisk.process.InputRejectedException;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One campaign (专项工作) of one year; its id is the business key of its campaignProcess instance. */
@Entity
public class Campaign {

    public enum Status { RUNNING, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int campaignYear;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String processInstanceId;
    private String monthlyAuditInterval;
    @Embedded
    private Schedule schedule;
    private String workPlan;
    @Enumerated(EnumType.STRING)
    private ReviewStatus workPlanStatus;
    private String workPlanDraftedBy;
    private String workPlanComment;
    private Instant workPlanIssuedAt;
    private Instant workPlanOverdueAt;
    private String resultsNote;
    @Enumerated(EnumType.STRING)
    private ReviewStatus resultsStatus;
    private String resultsComment;
    private Instant resultsOverdueAt;
    private String createdBy;
    private Instant createdAt;
    private Instant closedAt;

    protected Campaign() {
    }

    public Campaign(String name, int year, Schedule schedule, String monthlyAuditInterval, String createdBy,
            Instant now) {
        this.name = name;
        this.campaignYear = year;
        this.schedule = schedule;
        this.monthlyAuditInterval = monthlyAuditInterval;
        this.status = Status.RUNNING;
        this.workPlanStatus = ReviewStatus.DRAFT;
        this.resultsStatus = ReviewStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Locked once approved, like the results below. */
    public void submitWorkPlan(String text) {
        if (workPlanStatus == ReviewStatus.APPROVED) {
            throw InputRejectedException.locked();
        }
        this.workPlan = text;
        this.workPlanStatus = ReviewStatus.SUBMITTED;
    }

    public void draftedBy(String user) {
        this.workPlanDraftedBy = user;
    }

    public void reviewWorkPlan(boolean approved, String comment) {
        this.workPlanStatus = approved ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        this.workPlanComment = comment;
    }

    public void issueWorkPlan(Instant now) {
        this.workPlanIssuedAt = now;
    }

    public void workPlanOverdue(Instant now) {
        if (workPlanOverdueAt == null) {
            this.workPlanOverdueAt = now;
        }
    }

    public void submitResults(String note) {
        if (resultsStatus == ReviewStatus.APPROVED) {
            throw InputRejectedException.locked();
        }
        this.resultsNote = note;
        this.resultsStatus = ReviewStatus.SUBMITTED;
    }

    public void reviewResults(boolean approved, String comment) {
        this.resultsStatus = approved ? ReviewStatus.APPROVED : ReviewStatus.RETURNED;
        this.resultsComment = comment;
    }

    public void resultsOverdue(Instant now) {
        if (resultsOverdueAt == null) {
            this.resultsOverdueAt = now;
        }
    }

    public void close(Instant now) {
        this.status = Status.CLOSED;
        this.closedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getCampaignYear() { return campaignYear; }
    public Status getStatus() { return status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getMonthlyAuditInterval() { return monthlyAuditInterval; }
    public Schedule getSchedule() { return schedule; }
    public String getWorkPlan() { return workPlan; }
    public ReviewStatus getWorkPlanStatus() { return workPlanStatus; }
    public String getWorkPlanDraftedBy() { return workPlanDraftedBy; }
    public String getWorkPlanComment() { return workPlanComment; }
    public Instant getWorkPlanIssuedAt() { return workPlanIssuedAt; }
    public Instant getWorkPlanOverdueAt() { return workPlanOverdueAt; }
    public String getResultsNote() { return resultsNote; }
    public ReviewStatus getResultsStatus() { return resultsStatus; }
    public String getResultsComment() { return resultsComment; }
    public Instant getResultsOverdueAt() { return resultsOverdueAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
}
