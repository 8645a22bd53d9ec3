package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of the staffing table as the API and the page exchange it: positions by their Chinese
 * names (业务, 会计, …), formal = 在编, years in the position (one decimal at most).
 */
public record StaffRow(String name, List<String> positions, String duties, Boolean formal,
        BigDecimal yearsInPosition) {

    static StaffRow of(StaffMember member) {
        return new StaffRow(member.getName(), member.getPositions().stream().map(Position::label).toList(),
                member.getDuties(), member.isFormal(), member.getYearsInPosition());
    }

    /** A row the page sent with nothing filled in (an added row left empty). */
    boolean isBlank() {
        return (name == null || name.isBlank()) && (positions == null || positions.isEmpty())
                && (duties == null || duties.isBlank()) && !Boolean.TRUE.equals(formal) && yearsInPosition == null;
    }
}
