package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.inspection.Rankings;
import cn.fundrisk.process.Links;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Scores side by side: each unit's self-score total and inspector score with its ranking, and per
 * category the sum of self-scores and of inspector scores, each one query with GROUP BY.
 */
@Component
public class ScoreQueries {

    /** Groups in the order of {@link Rankings#GROUP_ORDER}, as SQL. */
    static final String GROUP_ORDER = groupOrder();

    private final NamedParameterJdbcTemplate jdbc;

    public ScoreQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A unit's scores; ranking is its 名次 within its group (the kind of unit, groupLabel: 市本级经办机构,
     * 信息中心, 县区人社局, 市人社局), null while its score sheet is not approved (inspection/Rankings).
     */
    public record UnitScore(long campaignUnitId, String unitName, UnitKind unitKind, String groupLabel,
            int applicablePoints, BigDecimal selfScore, BigDecimal finalScore, BigDecimal scoreRate, Integer ranking,
            String pageUrl) {
    }

    public record CategoryScore(int categoryNo, String categoryName, BigDecimal selfScore, BigDecimal finalScore) {
    }

    public record Scores(List<UnitScore> units, List<CategoryScore> categories, boolean anyScored) {
    }

    private static String groupOrder() {
        StringBuilder sql = new StringBuilder("CASE u.kind");
        for (UnitKind kind : Rankings.GROUP_ORDER) {
            sql.append(" WHEN '").append(kind.name()).append("' THEN ").append(Rankings.groupOrder(kind));
        }
        return sql.append(" END").toString();
    }

    public Scores scores(Scope scope) {
        List<UnitScore> units = jdbc.query("SELECT cu.id, u.name, u.kind, cu.applicable_points, cu.self_score_total,"
                + " cu.final_score, cu.score_rate, cu.ranking FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter()
                + " ORDER BY " + GROUP_ORDER + ", cu.ranking NULLS LAST, cu.final_score DESC NULLS LAST, u.sort_order, cu.id",
                scope.params(), (rs, i) -> {
                    UnitKind kind = UnitKind.valueOf(rs.getString("kind"));
                    return new UnitScore(rs.getLong("id"), rs.getString("name"), kind, kind.label(),
                            rs.getInt("applicable_points"), rs.getBigDecimal("self_score_total"),
                            rs.getBigDecimal("final_score"), rs.getBigDecimal("score_rate"),
                            (Integer) rs.getObject("ranking", Integer.class), Links.unit(rs.getLong("id")));
                });
        Map<Integer, CategoryScore> categories = new LinkedHashMap<>();
        String join = " JOIN campaign_unit cu ON cu.id = %s.campaign_unit_id JOIN unit u ON u.id = cu.unit_id"
                + " JOIN campaign_item ci ON ci.campaign_id = cu.campaign_id AND ci.item_no = %s.item_no"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter();
        jdbc.query("SELECT ci.category_no, ci.category_name, SUM(a.self_score) AS total FROM item_assessment a"
                + String.format(join, "a", "a") + " AND a.self_score IS NOT NULL GROUP BY ci.category_no, ci.category_name ORDER BY ci.category_no",
                scope.params(), rs -> {
                    categories.put(rs.getInt("category_no"), new CategoryScore(rs.getInt("category_no"),
                            rs.getString("category_name"), rs.getBigDecimal("total"), null));
                });
        jdbc.query("SELECT ci.category_no, ci.category_name, SUM(s.score) AS total FROM item_score s"
                + " JOIN score_sheet sh ON sh.id = s.score_sheet_id"
                + String.format(join, "sh", "s") + " AND sh.status = 'APPROVED'"
                + " GROUP BY ci.category_no, ci.category_name", scope.params(), rs -> {
                    int no = rs.getInt("category_no");
                    CategoryScore self = categories.get(no);
                    categories.put(no, new CategoryScore(no, rs.getString("category_name"),
                            self == null ? null : self.selfScore(), rs.getBigDecimal("total")));
                });
        boolean anyScored = units.stream().anyMatch(u -> u.selfScore() != null || u.finalScore() != null);
        return new Scores(units, List.copyOf(categories.values()), anyScored);
    }
}
