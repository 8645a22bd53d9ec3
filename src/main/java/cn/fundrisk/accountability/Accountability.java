package cn.fundrisk.accountability;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A 问责 decision (二（一）责任追究): on a unit, or on one of its problems, by whom and on what basis,
 * recorded by the office. Never changed once recorded (the trail shows who recorded it when).
 */
@Entity
public class Accountability {

    /** 方式. */
    public enum Method {
        INTERVIEW("约谈"), CRITICISM("通报批评"), ORDER_RECTIFICATION("责令整改"), ADMONITION("诫勉谈话"),
        REFERRAL("移送纪检监察机关"), OTHER("其他");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** When it was decided: in the round after the unit's evaluation (Task_DecideAccountability), or at any time. */
    public enum Occasion {
        EVALUATION("考核后问责研判"), AD_HOC("随时（严重问题）");

        private final String label;

        Occasion(String label) {
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
    private Long problemId;
    @Enumerated(EnumType.STRING)
    private Method method;
    private String basis;
    private LocalDate decidedOn;
    private String decidedBy;
    private String note;
    @Enumerated(EnumType.STRING)
    private Occasion occasion;
    private String recordedBy;
    private Instant recordedAt;

    protected Accountability() {
    }

    public Accountability(Long campaignUnitId, Long problemId, Method method, String basis, LocalDate decidedOn,
            String decidedBy, String note, Occasion occasion, String recordedBy, Instant recordedAt) {
        this.campaignUnitId = campaignUnitId;
        this.problemId = problemId;
        this.method = method;
        this.basis = basis;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy;
        this.note = note;
        this.occasion = occasion;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignUnitId() { return campaignUnitId; }
    public Long getProblemId() { return problemId; }
    public Method getMethod() { return method; }
    public String getBasis() { return basis; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public String getNote() { return note; }
    public Occasion getOccasion() { return occasion; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
