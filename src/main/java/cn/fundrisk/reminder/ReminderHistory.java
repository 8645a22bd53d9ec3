package cn.fundrisk.reminder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Phase;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit page's 催办与督办记录: a unit's 催办 and 督办 records, newest first, at most {@link #LIMIT}
 * (one statement), and its e-mails in the outbox (count and the latest, one statement). The page
 * checks who may see the unit before asking.
 */
@Component
public class ReminderHistory {

    public static final int LIMIT = 50;

    private static final String ENTRIES = "SELECT * FROM ("
            + "SELECT 'NUDGE' AS kind, n.id AS id, n.nudged_at AS at, n.nudged_by AS actor, n.message AS note,"
            + " CAST(NULL AS VARCHAR(30)) AS phase, CAST(NULL AS VARCHAR(20)) AS method,"
            + " CAST(NULL AS DATE) AS new_target_date, n.recipients AS recipients"
            + " FROM nudge n WHERE n.campaign_unit_id = :unit"
            + " UNION ALL"
            + " SELECT 'SUPERVISION', s.id, s.supervised_at, s.supervised_by, s.note, s.phase, s.method,"
            + " s.new_target_date, CAST(NULL AS INTEGER)"
            + " FROM overdue_supervision s WHERE s.campaign_unit_id = :unit"
            + ") x ORDER BY x.at DESC, x.id DESC LIMIT :limit";

    private final NamedParameterJdbcTemplate jdbc;

    public ReminderHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A 催办 (what: 催办, method empty) or a 督办 (what: 督办 and the phase, method: 电话 …). */
    public record Entry(String what, OffsetDateTime at, String actor, String method, String note,
            LocalDate newTargetDate, Integer recipients) {
    }

    /** The unit's e-mails in the outbox: how many, and the latest one's time, kind and subject (null if none). */
    public record Mail(long count, OffsetDateTime lastAt, String lastKind, String lastSubject) {
    }

    public List<Entry> entries(long campaignUnitId) {
        return jdbc.query(ENTRIES, new MapSqlParameterSource("unit", campaignUnitId).addValue("limit", LIMIT),
                (rs, i) -> {
                    boolean nudge = "NUDGE".equals(rs.getString("kind"));
                    OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
                    String phase = rs.getString("phase");
                    String method = rs.getString("method");
                    return new Entry(nudge ? "催办" : "督办（" + Phase.valueOf(phase).label() + "）",
                            CampaignView.local(at.toInstant()), rs.getString("actor"),
                            method == null ? null : OverdueSupervision.Method.valueOf(method).label(),
                            rs.getString("note"), rs.getObject("new_target_date", LocalDate.class),
                            nudge ? rs.getInt("recipients") : null);
                });
    }

    public Mail mail(long campaignUnitId) {
        return jdbc.query("SELECT (SELECT COUNT(*) FROM outbox_message WHERE campaign_unit_id = :unit) AS n,"
                + " o.created_at, o.kind, o.subject FROM (VALUES (0)) AS one (x) LEFT JOIN outbox_message o"
                + " ON o.id = (SELECT MAX(l.id) FROM outbox_message l WHERE l.campaign_unit_id = :unit)",
                new MapSqlParameterSource("unit", campaignUnitId), rs -> {
                    rs.next();
                    OffsetDateTime at = rs.getObject("created_at", OffsetDateTime.class);
                    String kind = rs.getString("kind");
                    return new Mail(rs.getLong("n"), at == null ? null : CampaignView.local(at.toInstant()),
                            kind == null ? null : OutboxMail.Kind.valueOf(kind).label(), rs.getString("subject"));
                });
    }
}
