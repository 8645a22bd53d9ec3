package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a staffing table against the campaign's rules (rows of staffing_rule). Knows the kinds of
 * rule, never a particular rule: which positions, items, limits apply is all in the rows. Per person:
 * incompatible positions held together, high-risk positions held by someone not formal or for too
 * long, a row without 部门(科室) or 岗位职责 (the table is incomplete). Per table: an empty table, and a
 * position nobody formal holds where the item asks for 专人（正式在编人员）.
 */
public final class StaffingRules {

    private final List<StaffingRule> rules;

    public StaffingRules(List<StaffingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every finding, ordered by item, then row of the table, then rule. */
    public List<StaffingFinding> check(List<StaffMember> staff) {
        List<StaffingFinding> findings = new ArrayList<>();
        for (StaffingRule rule : rules) {
            switch (rule.getKind()) {
                case TABLE_COMPLETE -> {
                    if (staff.isEmpty()) {
                        findings.add(new StaffingFinding(rule.getItemNo(), "", "尚未填报人员分工、岗位职责情况表（第"
                                + rule.getItemNo() + "项）"));
                    }
                }
                case DEDICATED_FORMAL -> dedicatedFormal(rule, staff, findings);
                default -> { }
            }
        }
        for (StaffMember member : staff) {
            for (StaffingRule rule : rules) {
                switch (rule.getKind()) {
                    case INCOMPATIBLE -> incompatible(rule, member, findings);
                    case HIGH_RISK -> highRisk(rule, member, findings);
                    case TABLE_COMPLETE -> complete(rule, member, findings);
                    default -> { }
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

    private static void complete(StaffingRule rule, StaffMember member, List<StaffingFinding> findings) {
        List<String> missing = new ArrayList<>();
        if (member.getDepartment() == null || member.getDepartment().isBlank()) {
            missing.add("部门(科室)");
        }
        if (member.getDuties() == null || member.getDuties().isBlank()) {
            missing.add("岗位职责");
        }
        if (!missing.isEmpty()) {
            findings.add(new StaffingFinding(rule.getItemNo(), member.getName(), member.getName() + "未填写"
                    + String.join("、", missing) + "（人员分工表不完整，第" + rule.getItemNo() + "项）"));
        }
    }

    private static void dedicatedFormal(StaffingRule rule, List<StaffMember> staff, List<StaffingFinding> findings) {
        Position position = rule.getPositionA();
        List<StaffMember> holders = staff.stream().filter(m -> m.holds(position)).toList();
        String asked = "（须有专人（正式在编人员）担任，第" + rule.getItemNo() + "项）";
        if (holders.isEmpty()) {
            findings.add(new StaffingFinding(rule.getItemNo(), "", "人员分工表中无人担任" + position.label() + "岗位" + asked));
        } else if (holders.stream().noneMatch(StaffMember::isFormal)) {
            findings.add(new StaffingFinding(rule.getItemNo(), holders.get(0).getName(), "担任" + position.label() + "岗位的"
                    + holders.stream().map(StaffMember::getName).collect(java.util.stream.Collectors.joining("、"))
                    + "均非在编人员" + asked));
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
