package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.UnitKind;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 名次 by like with like: units are ranked by 得分率 (考核得分 / 适用分值) within their group, the kind of
 * unit — 市本级经办机构, 信息中心 (alone, on its own items), 县区人社局, 市人社局 (alone) — so the
 * 30-point 信息中心 never stands beside the 100-point counties. Equal rates share a rank (1, 2, 2, 4).
 * Only a unit whose score sheet the second inspector approved is ranked. The ranks are computed by SQL
 * (a window function, the same on H2 and PostgreSQL) and kept on campaign_unit.ranking: refreshed when a
 * score sheet is approved and by Task_RankUnits, so every page, export and document reads one figure.
 */
@Component
public class Rankings {

    /** The groups in the order pages and exports show them. */
    public static final List<UnitKind> GROUP_ORDER = List.of(UnitKind.values());

    /** By group, then 名次; units not ranked last in their group by score rate (none last); ties keep their order. */
    public static final Comparator<CampaignUnit> ORDER = Comparator
            .comparing((CampaignUnit cu) -> groupOrder(cu.getUnit().getKind()))
            .thenComparing(CampaignUnit::getRanking, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(cu -> cu.getFinalScore() == null ? null : cu.getScoreRate(),
                    Comparator.nullsLast(Comparator.reverseOrder()));

    static final String RANKS = "SELECT cu.id, CASE WHEN sh.status = 'APPROVED' AND cu.final_score IS NOT NULL"
            + " THEN RANK() OVER (PARTITION BY u.kind, CASE WHEN sh.status = 'APPROVED' AND cu.final_score IS NOT NULL"
            + " THEN 1 ELSE 0 END ORDER BY cu.score_rate DESC) END AS group_rank"
            + " FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
            + " LEFT JOIN score_sheet sh ON sh.campaign_unit_id = cu.id"
            + " WHERE cu.campaign_id = :campaign";

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignUnits campaignUnits;
    private final EntityManager entityManager;

    public Rankings(NamedParameterJdbcTemplate jdbc, CampaignUnits campaignUnits, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.campaignUnits = campaignUnits;
        this.entityManager = entityManager;
    }

    /** Each unit's rank in its group, by campaign unit id; null for a unit not (yet) ranked. */
    public Map<Long, Integer> compute(long campaignId) {
        Map<Long, Integer> ranks = new HashMap<>();
        jdbc.query(RANKS, new MapSqlParameterSource("campaign", campaignId),
                rs -> {
                    // RANK() is a BIGINT on PostgreSQL, an INTEGER on H2
                    Object rank = rs.getObject("group_rank");
                    ranks.put(rs.getLong("id"), rank == null ? null : ((Number) rank).intValue());
                });
        return ranks;
    }

    /** Writes the ranks to the campaign's units (changes go through JPA, and so into the audit trail). */
    public void refresh(long campaignId) {
        entityManager.flush(); // the approval just made must be seen by the SQL
        Map<Long, Integer> ranks = compute(campaignId);
        List<CampaignUnit> units = campaignUnits.findByCampaign(campaignId);
        units.forEach(unit -> unit.rank(ranks.get(unit.getId())));
        campaignUnits.saveAll(units);
    }

    /** The order of a group on pages and in exports. */
    public static int groupOrder(UnitKind kind) {
        return GROUP_ORDER.indexOf(kind);
    }

    /** The rate as pages print it: 98.94%. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }
}
