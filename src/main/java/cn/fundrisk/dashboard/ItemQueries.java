package cn.fundrisk.dashboard;

import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.process.Links;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units × items heatmap (self-inspection result and rectification state) and the problems
 * found and rectified by unit and by category with the 整改率, each a GROUP BY over item_assessment
 * and problem. A problem counts as rectified (已整改) once it is verified, or closed by the unit
 * (已整改待验证) on or before the moment the figures are for.
 */
@Component
public class ItemQueries {

    static final String RECTIFIED = "(p.status IN ('CLOSED', 'VERIFIED', 'CLOSED_OFF') AND p.closed_at <= :now)";

    private final NamedParameterJdbcTemplate jdbc;

    public ItemQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A cell's state, with the number the heatmap colours by. */
    public enum ItemState {
        NOT_APPLICABLE(0, "不适用"), NOT_ASSESSED(1, "未自查"), COMPLIANT(2, "符合"), RECTIFIED(3, "问题已整改"),
        RECTIFYING(4, "问题整改中");

        private final int value;
        private final String label;

        ItemState(int value, String label) {
            this.value = value;
            this.label = label;
        }

        public int value() {
            return value;
        }

        public String label() {
            return label;
        }
    }

    public record HeatCell(long campaignUnitId, int itemNo, ItemState state, int value, String label, long problems,
            long rectified) {
    }

    public record Heatmap(int page, int size, long totalUnits, List<Integer> items, List<UnitPage.Unit> units,
            List<HeatCell> cells, List<ItemState> legend) {
    }

    public record ProblemCount(Long campaignUnitId, String unitName, Integer categoryNo, String categoryName,
            long found, long rectified, double rate, String pageUrl) {
    }

    public record Problems(long found, long rectified, double rate, String rateText, List<ProblemCount> byUnit,
            List<ProblemCount> byCategory) {
    }

    public Heatmap heatmap(Scope scope, int page, int size) {
        List<Integer> items = jdbc.queryForList("SELECT item_no FROM campaign_item WHERE campaign_id = :campaign"
                + " ORDER BY item_no", scope.params(), Integer.class);
        List<UnitPage.Unit> units = UnitPage.units(jdbc, scope, page, size);
        List<HeatCell> cells = new ArrayList<>();
        if (!units.isEmpty()) {
            jdbc.query("SELECT a.campaign_unit_id, a.item_no, a.result, COUNT(p.id) AS found,"
                    + " SUM(CASE WHEN " + RECTIFIED + " THEN 1 ELSE 0 END) AS rectified"
                    + " FROM item_assessment a LEFT JOIN problem p ON p.assessment_id = a.id"
                    + " WHERE a.campaign_unit_id IN (:ids)"
                    + " GROUP BY a.campaign_unit_id, a.item_no, a.result",
                    scope.params().addValue("ids", units.stream().map(UnitPage.Unit::id).toList()), rs -> {
                        long found = rs.getLong("found");
                        long rectified = rs.getLong("rectified");
                        String result = rs.getString("result");
                        ItemState state = result == null ? ItemState.NOT_ASSESSED
                                : found == 0 || "COMPLIANT".equals(result) ? ItemState.COMPLIANT
                                : rectified == found ? ItemState.RECTIFIED : ItemState.RECTIFYING;
                        cells.add(new HeatCell(rs.getLong("campaign_unit_id"), rs.getInt("item_no"), state,
                                state.value(), state.label(), found, rectified));
                    });
        }
        return new Heatmap(page, size, UnitPage.count(jdbc, scope), items, units, cells, List.of(ItemState.values()));
    }

    public Problems problems(Scope scope) {
        String counts = " COUNT(p.id) AS found, SUM(CASE WHEN " + RECTIFIED + " THEN 1 ELSE 0 END) AS rectified";
        String from = " FROM problem p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id"
                + " JOIN unit u ON u.id = cu.unit_id";
        String where = " WHERE cu.campaign_id = :campaign" + scope.unitFilter();
        List<ProblemCount> byUnit = jdbc.query("SELECT cu.id, u.name, u.sort_order," + counts + from + where
                + " GROUP BY cu.id, u.name, u.sort_order ORDER BY u.sort_order, cu.id", scope.params(),
                (rs, i) -> count(rs.getLong("id"), rs.getString("name"), null, null, rs.getLong("found"),
                        rs.getLong("rectified")));
        List<ProblemCount> byCategory = jdbc.query("SELECT ci.category_no, ci.category_name," + counts + from
                + " JOIN campaign_item ci ON ci.campaign_id = cu.campaign_id AND ci.item_no = p.item_no" + where
                + " GROUP BY ci.category_no, ci.category_name ORDER BY ci.category_no", scope.params(),
                (rs, i) -> count(null, null, rs.getInt("category_no"), rs.getString("category_name"),
                        rs.getLong("found"), rs.getLong("rectified")));
        long found = byUnit.stream().mapToLong(ProblemCount::found).sum();
        long rectified = byUnit.stream().mapToLong(ProblemCount::rectified).sum();
        double rate = rate(rectified, found);
        return new Problems(found, rectified, rate, found == 0 ? "暂无问题" : rate + "%", byUnit, byCategory);
    }

    private static ProblemCount count(Long unitId, String unitName, Integer categoryNo, String categoryName, long found,
            long rectified) {
        return new ProblemCount(unitId, unitName, categoryNo, categoryName, found, rectified, rate(rectified, found),
                unitId == null ? null : Links.unit(unitId));
    }

    /** 整改率 in percent, one decimal. */
    static double rate(long rectified, long found) {
        return found == 0 ? 0 : Math.round(rectified * 1000.0 / found) / 10.0;
    }
}
