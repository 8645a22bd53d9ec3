package cn.fundrisk.audit;

import java.time.LocalDate;
import java.util.List;

import cn.fundrisk.process.Clock;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which rows of the trail to read: of some units (by unit code; null for every row, also those of
 * no unit), of one user, from and to a day in the bureau's zone (both inclusive).
 */
public record AuditFilter(List<String> unitCodes, String userId, LocalDate from, LocalDate to) {

    public AuditFilter {
        unitCodes = unitCodes == null ? null : List.copyOf(unitCodes);
        userId = userId == null || userId.isBlank() ? null : userId.strip();
    }

    /** The WHERE clause (possibly empty) for audit_log a, with its parameters added to {@code parameters}. */
    String where(MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (unitCodes != null) {
            sql.append(" AND a.campaign_unit_id IN (SELECT cu.id FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                    + " WHERE u.code IN (:unitCodes))");
            parameters.addValue("unitCodes", unitCodes.isEmpty() ? List.of("") : unitCodes);
        }
        if (userId != null) {
            sql.append(" AND a.user_id = :userId");
            parameters.addValue("userId", userId);
        }
        if (from != null) {
            sql.append(" AND a.occurred_at >= :from");
            parameters.addValue("from", from.atStartOfDay(Clock.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            sql.append(" AND a.occurred_at < :to");
            parameters.addValue("to", to.plusDays(1).atStartOfDay(Clock.ZONE).toOffsetDateTime());
        }
        return sql.toString();
    }
}
