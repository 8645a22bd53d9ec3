package cn.fundrisk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What one dashboard query looks at: a campaign, the moment its figures are computed for (now, or
 * the end of a bulletin's day) and the units the user may see (all for the office, leaders and
 * inspectors; a unit's users their own). Gives the SQL parameters and the unit filter (alias {@code u}).
 */
record Scope(long campaignId, Instant now, List<String> unitCodes) {

    static final String NO_DASHBOARD_ACCESS = "无权查看进度看板：仅领导小组办公室、领导小组、检查评估人员和参与单位可以查看";

    /** The user's scope; 403 (Chinese message) for a user who is neither campaign-wide nor in a unit. */
    static Scope of(long campaignId, Instant now, CurrentUser user) {
        if (user.seesAllUnits()) {
            return new Scope(campaignId, now, null);
        }
        if (user.unitCodes().isEmpty()) {
            throw new AccessDeniedException(NO_DASHBOARD_ACCESS);
        }
        return new Scope(campaignId, now, user.unitCodes());
    }

    boolean allUnits() {
        return unitCodes == null;
    }

    /** " AND u.code IN (:codes)" for a unit's users, nothing for those who see all units. */
    String unitFilter() {
        return allUnits() ? "" : " AND u.code IN (:codes)";
    }

    MapSqlParameterSource params() {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("campaign", campaignId)
                .addValue("now", utc(now))
                .addValue("soon", utc(now.plus(Duration.ofDays(PhaseLight.DUE_SOON_DAYS))));
        if (!allUnits()) {
            params.addValue("codes", unitCodes);
        }
        return params;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant (null stays null), the same on H2 and PostgreSQL. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
