package cn.fundrisk.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A unit's history of submissions, approvals and returns, read from the audit trail (audit_log):
 * every change of status of its items, problems, reports, score sheet and phases, and every attempt
 * the application refused, newest first. One query, at most {@link #LIMIT} rows.
 */
@Component
public class SubmissionHistory {

    public static final int LIMIT = 200;

    private static final Map<String, String> ENTITIES = Map.of("ItemAssessment", "自查事项", "UnitReport", "报告",
            "Problem", "问题整改", "ScoreSheet", "评分表", "UnitPhase", "阶段", "CampaignUnit", "单位");
    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("DRAFT", "待填报"),
            Map.entry("OPEN", "待办理"), Map.entry("SUBMITTED", "已提交"), Map.entry("RETURNED", "已退回"),
            Map.entry("APPROVED", "已审核通过"), Map.entry("NEEDS_COORDINATION", "待协调"),
            Map.entry("COORDINATED", "已协调待整改"), Map.entry("CLOSED", "已整改待验证"),
            Map.entry("VERIFIED", "已验证待销号"), Map.entry("CLOSED_OFF", "已销号"), Map.entry("PENDING", "未开始"),
            Map.entry("ACTIVE", "进行中"), Map.entry("DONE", "已完成"));

    private final NamedParameterJdbcTemplate jdbc;

    public SubmissionHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One step of the history: when, who, on what, from which state to which (or the refusal's message). */
    public record Step(OffsetDateTime at, String user, String subject, String change, boolean refused) {
    }

    public List<Step> of(long campaignUnitId) {
        return jdbc.query("SELECT a.occurred_at, a.user_id, a.action, a.entity_type, a.field, a.old_value,"
                + " a.new_value, a.note, ia.item_no AS item_no, r.kind AS report_kind, pr.item_no AS problem_item,"
                + " ph.phase AS phase"
                + " FROM audit_log a"
                + " LEFT JOIN item_assessment ia ON a.entity_type = 'ItemAssessment' AND a.entity_id = CAST(ia.id AS VARCHAR(64))"
                + " LEFT JOIN unit_report r ON a.entity_type = 'UnitReport' AND a.entity_id = CAST(r.id AS VARCHAR(64))"
                + " LEFT JOIN problem pr ON a.entity_type = 'Problem' AND a.entity_id = CAST(pr.id AS VARCHAR(64))"
                + " LEFT JOIN unit_phase ph ON a.entity_type = 'UnitPhase' AND a.entity_id = CAST(ph.id AS VARCHAR(64))"
                + " WHERE a.campaign_unit_id = :unit AND (a.action = 'REJECTED' OR (a.action = 'UPDATE' AND a.field = 'status'))"
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT " + LIMIT,
                new MapSqlParameterSource("unit", campaignUnitId), (rs, i) -> {
                    boolean refused = "REJECTED".equals(rs.getString("action"));
                    String type = rs.getString("entity_type");
                    String subject = ENTITIES.getOrDefault(type, refused ? "操作" : type);
                    if (rs.getObject("item_no") != null) {
                        subject = "第" + rs.getInt("item_no") + "项自查";
                    } else if (rs.getString("report_kind") != null) {
                        subject = cn.fundrisk.report.UnitReport.Kind.valueOf(rs.getString("report_kind")).label();
                    } else if (rs.getObject("problem_item") != null) {
                        subject = "第" + rs.getInt("problem_item") + "项问题整改";
                    } else if (rs.getString("phase") != null) {
                        subject = Phase.valueOf(rs.getString("phase")).label();
                    }
                    String change = refused ? rs.getString("note")
                            : state(rs.getString("old_value")) + " → " + state(rs.getString("new_value"));
                    OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
                    return new Step(at == null ? null : CampaignView.local(at.toInstant()), rs.getString("user_id"),
                            subject, change, refused);
                });
    }

    private static String state(String value) {
        return value == null ? "—" : STATES.getOrDefault(value, value);
    }
}
