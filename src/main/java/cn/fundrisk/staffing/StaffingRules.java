package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a staffing table against the campaign's rules (rows of staffing_rule). Knows the two kinds
 * of rule, never a particular rule: which positions, items, limits apply is all in the rows.
 */
public final class StaffingRules {

    private final List<StaffingRule> rules;

    public StaffingRules(List<StaffingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every finding, ordered by item, then row of the table, then rule. */
    public List<StaffingFinding> check(List<StaffMember> staff) {
        List<StaffingFinding> findings = new ArrayList<>();
        for (StaffMember member : staff) {
            for (StaffingRule rule : rules) {
                switch (rule.getKind()) {
                    case INCOMPATIBLE -> incompatible(rule, member, findings);
                    case HIGH_RISK -> highRisk(rule, member, findings);
                }
            }
        }
        // a stable sort: within an item, the order of the rows, then of the rules
        findings.sort(Comparator.comparingInt(StaffingFinding::itemNo));
        return findings;
    }

    /** The findings of a table that concern one item. */
    public List<StaffingFinding> check(List<StaffMember> staff, int itemNo) {
        return check(staff).stream().filter(f -> f.itemNo() == itemNo).toList();
    }

    /** Whether any rule concerns the item (3, 5, 14 with the rules of 附件2). */
    public boolean concerns(int itemNo) {
        return rules.stream().anyMatch(r -> r.getItemNo() == itemNo);
    }

    public List<StaffingRule> rules() {
        return rules;
    }

    private static void incompatible(StaffingRule rule, StaffMember member, List<StaffingFinding> findings) {
        Position a = rule.getPositionA();
        Position b = rule.getPositionB();
        if (b != null && member.holds(a) && member.holds(b)) {
            findings.add(new StaffingFinding(rule.getItemNo(), member.getName(), member.getName() + "同时担任"
                    + a.label() + "和" + b.label() + "（不相容岗位，第" + rule.getItemNo() + "项）"));
        }
    }

    private static void highRisk(StaffingRule rule, StaffMember member, List<StaffingFinding> findings) {
        Position position = rule.getPositionA();
        if (!member.holds(position)) {
            return;
        }
        if (rule.isRequiresFormal() && !member.isFormal()) {
            findings.add(new StaffingFinding(rule.getItemNo(), member.getName(), member.getName() + "担任"
                    + position.label() + "但非在编人员（高风险岗位，第" + rule.getItemNo() + "项）"));
        }
        BigDecimal years = member.getYearsInPosition();
        if (rule.getMaxYears() != null && years != null && years.compareTo(BigDecimal.valueOf(rule.getMaxYears())) > 0) {
            findings.add(new StaffingFinding(rule.getItemNo(), member.getName(), member.getName() + "担任"
                    + position.label() + "已连续" + years.stripTrailingZeros().toPlainString() + "年，超过"
                    + rule.getMaxYears() + "年（第" + rule.getItemNo() + "项）"));
        }
    }
}
