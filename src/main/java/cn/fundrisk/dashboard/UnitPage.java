package cn.fundrisk.dashboard;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** One page of a campaign's visible units, in the units' order: the rows of the matrix and the heatmap. */
public final class UnitPage {

    static final int MAX_SIZE = 200;

    public record Unit(long id, String code, String name) {
    }

    private UnitPage() {
    }

    static List<Unit> units(NamedParameterJdbcTemplate jdbc, Scope scope, int page, int size) {
        return jdbc.query("SELECT cu.id, u.code, u.name FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter()
                + " ORDER BY u.sort_order, cu.id LIMIT :limit OFFSET :offset",
                scope.params().addValue("limit", size).addValue("offset", (long) page * size),
                (rs, i) -> new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
    }

    static long count(NamedParameterJdbcTemplate jdbc, Scope scope) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter(), scope.params(), Long.class);
        return n == null ? 0 : n;
    }
}
