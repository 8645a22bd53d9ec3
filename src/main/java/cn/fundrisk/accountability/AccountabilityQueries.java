package cn.fundrisk.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import cn.fundrisk.evidence.Evidence;
import com.fasterxml.jackson.annotation.JsonProperty;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 问责 decisions as the pages, the ledger and the bulletin show them: one SQL statement, in the
 * units' order, then by decision date. The caller decides which units the user may see.
 */
@Component
public class AccountabilityQueries {

    private static final int PREVIEW = 30;

    /** One decision with its unit and, for a decision on a problem, the problem's item and text. */
    public record Row(long id, long campaignUnitId, String unitName, Long problemId, Integer itemNo,
            String problemDescription, Accountability.Method method, String basis, LocalDate decidedOn,
            String decidedBy, String note, Accountability.Occasion occasion, String recordedBy,
            OffsetDateTime recordedAt) {

        /** 对象: 本单位, or 第3项问题：… */
        @JsonProperty
        public String target() {
            if (problemId == null) {
                return "本单位";
            }
            String text = problemDescription == null ? "" : problemDescription;
            return "第" + itemNo + "项问题：" + (text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…");
        }

        @JsonProperty
        public String methodLabel() {
            return method.label();
        }

        @JsonProperty
        public String occasionLabel() {
            return occasion.label();
        }

        @JsonProperty
        public String evidenceUrl() {
            return Links.evidence(Evidence.OwnerType.ACCOUNTABILITY, id);
        }
    }

    private static final String SELECT = "SELECT a.id, a.campaign_unit_id, u.name AS unit_name, a.problem_id, p.item_no,"
            + " p.description, a.method, a.basis, a.decided_on, a.decided_by, a.note, a.occasion, a.recorded_by,"
            + " a.recorded_at FROM accountability a JOIN campaign_unit cu ON cu.id = a.campaign_unit_id"
            + " JOIN unit u ON u.id = cu.unit_id LEFT JOIN problem p ON p.id = a.problem_id";

    private final NamedParameterJdbcTemplate jdbc;

    public AccountabilityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> ofUnit(long campaignUnitId) {
        return jdbc.query(SELECT + " WHERE a.campaign_unit_id = :unit ORDER BY a.decided_on, a.id",
                new MapSqlParameterSource("unit", campaignUnitId), (rs, i) -> row(rs));
    }

    /**
     * A campaign's decisions: of the units with these codes (null: every unit), recorded up to a
     * moment (null: now) — the bulletin of a past day shows what was known that day.
     */
    public List<Row> ofCampaign(long campaignId, Collection<String> unitCodes, Instant asOf) {
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaignId)
                .addValue("asOf", (asOf == null ? Clock.now() : asOf).atOffset(ZoneOffset.UTC));
        String filter = "";
        if (unitCodes != null) {
            if (unitCodes.isEmpty()) {
                return List.of();
            }
            filter = " AND u.code IN (:codes)";
            params.addValue("codes", unitCodes);
        }
        return jdbc.query(SELECT + " WHERE cu.campaign_id = :campaign AND a.recorded_at <= :asOf" + filter
                + " ORDER BY u.sort_order, cu.id, a.decided_on, a.id", params, (rs, i) -> row(rs));
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("campaign_unit_id"), rs.getString("unit_name"),
                (Long) rs.getObject("problem_id", Long.class), (Integer) rs.getObject("item_no", Integer.class),
                rs.getString("description"), Accountability.Method.valueOf(rs.getString("method")), rs.getString("basis"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"), rs.getString("note"),
                Accountability.Occasion.valueOf(rs.getString("occasion")), rs.getString("recorded_by"),
                recorded == null ? null : recorded.toInstant().atZone(Clock.ZONE).toOffsetDateTime());
    }
}
