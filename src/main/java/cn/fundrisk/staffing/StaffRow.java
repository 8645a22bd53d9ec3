package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the staffing table as the API and the page exchange it: name, department (部门(科室)),
 * positions by their Chinese names (业务, 会计, …), duties, formal = 在编, years in the position (one
 * decimal at most). A row without department or duties is saved, and makes the table a finding
 * (incomplete) on the items that rely on it.
 */
public record StaffRow(String name, String department, List<String> positions, String duties, Boolean formal,
        BigDecimal yearsInPosition) {

    static StaffRow of(StaffMember member) {
        return new StaffRow(member.getName(), member.getDepartment(),
                member.getPositions().stream().map(Position::label).toList(), member.getDuties(), member.isFormal(),
                member.getYearsInPosition());
    }

    /** A row the page sent with nothing filled in (an added row left empty). */
    boolean isBlank() {
        return (name == null || name.isBlank()) && (department == null || department.isBlank())
                && (positions == null || positions.isEmpty())
                && (duties == null || duties.isBlank()) && !Boolean.TRUE.equals(formal) && yearsInPosition == null;
    }
}
