package cn.fundrisk.reminder;

import java.time.Instant;
import java.time.LocalDate;

import cn.fundrisk.campaign.Phase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * 督办: what the office did about an overdue unit phase, or the leaders about one of the office's own
 * steps (the work plan, the results): written by the 督办 task; in the audit trail. A new target date
 * moves the deadline it is about (see {@link Supervision}).
 */
@Entity
public class OverdueSupervision {

    public enum Method {
        PHONE("电话"), WRITTEN_NOTICE("书面通知"), INTERVIEW("约谈"), OTHER("其他");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long campaignId;
    private Long campaignUnitId;
    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Enumerated(EnumType.STRING)
    private EscalationSubject.Step step;
    @Enumerated(EnumType.STRING)
    private Method method;
    private String note;
    private LocalDate newTargetDate;
    private String supervisedBy;
    private Instant supervisedAt;

    protected OverdueSupervision() {
    }

    /** A unit's phase. */
    public OverdueSupervision(Long campaignUnitId, Phase phase, Method method, String note, LocalDate newTargetDate,
            String supervisedBy, Instant supervisedAt) {
        this(null, campaignUnitId, phase, null, method, note, newTargetDate, supervisedBy, supervisedAt);
    }

    /** The subject of an escalation: a unit's phase, or a step of the campaign itself. */
    public OverdueSupervision(EscalationSubject subject, Method method, String note, LocalDate newTargetDate,
            String supervisedBy, Instant supervisedAt) {
        this(subject.campaignId(), subject.campaignUnitId(), subject.phase(), subject.step(), method, note,
                newTargetDate, supervisedBy, supervisedAt);
    }

    private OverdueSupervision(Long campaignId, Long campaignUnitId, Phase phase, EscalationSubject.Step step,
            Method method, String note, LocalDate newTargetDate, String supervisedBy, Instant supervisedAt) {
        this.campaignId = campaignId;
        this.campaignUnitId = campaignUnitId;
        this.phase = phase;
        this.step = step;
        this.method = method;
        this.note = note;
        this.newTargetDate = newTargetDate;
        this.supervisedBy = supervisedBy;
        this.supervisedAt = supervisedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public Phase getPhase() { return phase; }
    public EscalationSubject.Step getStep() { return step; }
    public Method getMethod() { return method; }
    public String getNote() { return note; }
    public LocalDate getNewTargetDate() { return newTargetDate; }
    public String getSupervisedBy() { return supervisedBy; }
    public Instant getSupervisedAt() { return supervisedAt; }
}
