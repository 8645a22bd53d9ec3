package cn.fundrisk.staffing;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's staffing table (附件2) as the API and the pages show it: the rows, what the check found,
 * the rules checked (from staffing_rule), and whether the current user may change it.
 */
public record StaffingTable(Long campaignUnitId, String unitCode, String unitName, String campaignName,
        boolean editable, List<StaffRow> staff, List<StaffingFinding> findings, List<Rule> rules, String updatedBy,
        OffsetDateTime updatedAt, String pageUrl, String unitUrl) {

    /** A rule as people read it. */
    public record Rule(int itemNo, StaffingRule.Kind kind, String description) {

        static Rule of(StaffingRule rule) {
            return new Rule(rule.getItemNo(), rule.getKind(), rule.getDescription());
        }
    }

    /** The same table with other rows, as entered on the page (to show them again with the error). */
    public StaffingTable withStaff(List<StaffRow> entered) {
        return new StaffingTable(campaignUnitId, unitCode, unitName, campaignName, editable, entered, findings, rules,
                updatedBy, updatedAt, pageUrl, unitUrl);
    }
}
