package cn.fundrisk.campaign;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Where one unit stands in one phase: pending, active or done; overdue when its deadline passed with work open. */
@Entity
public class UnitPhase {

    public enum Status { PENDING, ACTIVE, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignUnitId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    private Instant deadline;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant startedAt;
    private Instant completedAt;
    private Instant overdueAt;

    protected UnitPhase() {
    }

    public UnitPhase(Long campaignUnitId, Phase phase, Instant deadline) {
        this.campaignUnitId = campaignUnitId;
        this.phase = phase;
        this.deadline = deadline;
        this.status = Status.PENDING;
    }

    public void start(Instant now) {
        if (status == Status.PENDING) {
            status = Status.ACTIVE;
            startedAt = now;
        }
    }

    public void complete(Instant now) {
        start(now);
        status = Status.DONE;
        completedAt = now;
    }

    public void markOverdue(Instant now) {
        if (overdueAt == null) {
            overdueAt = now;
        }
    }

    /** A 督办's new target date: the phase is due then (the trail keeps the old deadline). */
    public void moveDeadline(Instant newDeadline) {
        this.deadline = newDeadline;
    }

    /** Done after its deadline, or after it was recorded overdue (a moved deadline does not undo that). */
    public boolean isLate() {
        return completedAt != null && (completedAt.isAfter(deadline) || overdueAt != null && !overdueAt.isAfter(completedAt));
    }

    /** Deadline passed and not done. */
    public boolean isOverdue(Instant now) {
        return status != Status.DONE && now.isAfter(deadline);
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public Phase getPhase() { return phase; }
    public Instant getDeadline() { return deadline; }
    public Status getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getOverdueAt() { return overdueAt; }
}
