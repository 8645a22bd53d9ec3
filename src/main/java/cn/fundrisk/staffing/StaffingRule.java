package cn.fundrisk.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A rule of the campaign for the staffing table, as a row of staffing_rule: either two positions
 * one person must not hold together (不相容岗位), or a high-risk position (高风险岗位) that must be
 * held by formal staff and/or for at most so many consecutive years.
 */
@Entity
public class StaffingRule {

    public enum Kind {
        /** one person must not hold position_a and position_b together (不相容岗位) */
        INCOMPATIBLE("不相容岗位"),
        /** position_a must be held by formal staff and/or at most max_years (高风险岗位) */
        HIGH_RISK("高风险岗位"),
        /** the table must be filled in, every person with department and duties */
        TABLE_COMPLETE("填报完整"),
        /** at least one formal staff member holds position_a (专人（正式在编人员）) */
        DEDICATED_FORMAL("专人（正式在编）");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "position_a")
    private String positionA;
    @Column(name = "position_b")
    private String positionB;
    private boolean requiresFormal;
    private Integer maxYears;
    private int itemNo;
    private String description;

    protected StaffingRule() {
    }

    public StaffingRule(Kind kind, Position positionA, Position positionB, boolean requiresFormal, Integer maxYears,
            int itemNo, String description) {
        this.kind = kind;
        this.positionA = positionA == null ? null : positionA.label();
        this.positionB = positionB == null ? null : positionB.label();
        this.requiresFormal = requiresFormal;
        this.maxYears = maxYears;
        this.itemNo = itemNo;
        this.description = description;
    }

    public static StaffingRule incompatible(Position a, Position b, int itemNo) {
        return new StaffingRule(Kind.INCOMPATIBLE, a, b, false, null, itemNo,
                a.label() + "与" + b.label() + "不得由一人兼任");
    }

    public static StaffingRule tableComplete(int itemNo) {
        return new StaffingRule(Kind.TABLE_COMPLETE, null, null, false, null, itemNo, "须填报人员分工表");
    }

    public static StaffingRule dedicatedFormal(Position position, int itemNo) {
        return new StaffingRule(Kind.DEDICATED_FORMAL, position, null, true, null, itemNo,
                "须有专人（正式在编人员）担任" + position.label());
    }

    public static StaffingRule highRisk(Position position, boolean requiresFormal, Integer maxYears, int itemNo) {
        return new StaffingRule(Kind.HIGH_RISK, position, null, requiresFormal, maxYears, itemNo,
                position.label() + "为高风险岗位");
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Position getPositionA() { return positionA == null ? null : Position.stored(positionA); }
    public Position getPositionB() { return positionB == null ? null : Position.stored(positionB); }
    public boolean isRequiresFormal() { return requiresFormal; }
    public Integer getMaxYears() { return maxYears; }
    public int getItemNo() { return itemNo; }
    public String getDescription() { return description; }
}
