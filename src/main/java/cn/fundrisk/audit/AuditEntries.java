package cn.fundrisk.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.fundrisk.process.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit trail table, append-only: rows are added and read, never changed or removed; this class
 * is the only code that touches audit_log, and it has no UPDATE or DELETE.
 */
@Repository
public class AuditEntries {

    static final String INSERT = "INSERT INTO audit_log (occurred_at, user_id, action, entity_type, entity_id,"
            + " campaign_unit_id, field, old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT a.id, a.occurred_at, a.user_id, a.action, a.entity_type, a.entity_id,"
            + " a.campaign_unit_id, u.code AS unit_code, u.name AS unit_name, a.field, a.old_value, a.new_value, a.note"
            + " FROM audit_log a LEFT JOIN campaign_unit cu ON cu.id = a.campaign_unit_id"
            + " LEFT JOIN unit u ON u.id = cu.unit_id";
    private static final String NEWEST_FIRST = " ORDER BY a.occurred_at DESC, a.id DESC";

    private final NamedParameterJdbcTemplate jdbc;

    public AuditEntries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** Adds a row in the caller's transaction. */
    public void append(AuditEntry entry) {
        jdbc.getJdbcOperations().update(INSERT, statement -> bind(statement, entry));
    }

    static void bind(PreparedStatement statement, AuditEntry entry) throws SQLException {
        statement.setObject(1, entry.occurredAt().atOffset(ZoneOffset.UTC));
        statement.setString(2, entry.userId());
        statement.setString(3, entry.action().name());
        statement.setString(4, entry.entityType());
        statement.setString(5, entry.entityId());
        if (entry.campaignUnitId() == null) {
            statement.setNull(6, Types.BIGINT);
        } else {
            statement.setLong(6, entry.campaignUnitId());
        }
        statement.setString(7, entry.field());
        statement.setString(8, entry.oldValue());
        statement.setString(9, entry.newValue());
        statement.setString(10, entry.note());
    }

    /** One page (from 0) of the rows that match, newest first. */
    public List<AuditRow> page(AuditFilter filter, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = SELECT + filter.where(parameters) + NEWEST_FIRST + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY";
        parameters.addValue("offset", (long) page * size).addValue("size", size);
        return jdbc.query(sql, parameters, (rs, n) -> row(rs));
    }

    public long count(AuditFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log a" + filter.where(parameters), parameters,
                Long.class);
        return count == null ? 0 : count;
    }

    /** The newest {@code limit} rows that match, newest first, one at a time (for the export). */
    public void each(AuditFilter filter, int limit, Consumer<AuditRow> consumer) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = SELECT + filter.where(parameters) + NEWEST_FIRST + " FETCH FIRST :limit ROWS ONLY";
        parameters.addValue("limit", limit);
        jdbc.query(sql, parameters, (RowCallbackHandler) rs -> consumer.accept(row(rs)));
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        String action = rs.getString("action");
        String entityType = rs.getString("entity_type");
        Long unit = rs.getObject("campaign_unit_id", Long.class);
        return new AuditRow(rs.getLong("id"), at == null ? null : at.atZoneSameInstant(Clock.ZONE).toOffsetDateTime(),
                rs.getString("user_id"), action, AuditRow.actionLabel(action), entityType,
                AuditRow.entityLabel(entityType), rs.getString("entity_id"), unit,
                rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("field"), rs.getString("old_value"),
                rs.getString("new_value"), rs.getString("note"));
    }
}
