package cn.fundrisk.reminder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import cn.fundrisk.process.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. {@link #queue} writes in the caller's transaction (the engine's, which Camunda's
 * Spring integration shares with JPA and JDBC), so an e-mail exists exactly when the change that
 * caused it committed. The sender's state changes are single conditional updates.
 */
@Repository
public class Outbox {

    private static final String COLUMNS = "id, cause_key, kind, recipient, subject, text_body, campaign_unit_id, state,"
            + " attempts, created_at, next_attempt_at, claimed_at, claimed_by, sent_at, last_error";

    private final JdbcTemplate jdbc;

    public Outbox(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Queues the e-mail unless its cause is already in the outbox; true when it was added. Two
     * writers racing on the same cause: the unique key fails one transaction, which the engine
     * retries (a job) and then finds the row.
     */
    public boolean queue(OutboxMail mail) {
        OffsetDateTime now = utc(Clock.now());
        int added = jdbc.update("INSERT INTO outbox_message (cause_key, kind, recipient, subject, text_body, html_body,"
                + " campaign_unit_id, state, attempts, created_at, next_attempt_at)"
                + " SELECT ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT), 'QUEUED', 0, CAST(? AS TIMESTAMP WITH TIME ZONE),"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE) FROM (VALUES (0)) AS one (x)"
                + " WHERE NOT EXISTS (SELECT 1 FROM outbox_message WHERE cause_key = ?)",
                mail.causeKey(), mail.kind().name(), mail.recipient(), mail.subject(), mail.textBody(),
                mail.htmlBody(), mail.campaignUnitId(), now, now, mail.causeKey());
        return added == 1;
    }

    /** Rows due for an attempt: queued or failed with their next attempt reached, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("SELECT id FROM outbox_message WHERE state IN ('QUEUED', 'FAILED')"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY",
                Long.class, utc(now));
    }

    /** Marks the row SENDING if it is still due; false when another sender took it first. */
    public boolean claim(long id, String node, Instant now) {
        return jdbc.update("UPDATE outbox_message SET state = 'SENDING', attempts = attempts + 1, claimed_at = ?,"
                + " claimed_by = ? WHERE id = ? AND state IN ('QUEUED', 'FAILED') AND next_attempt_at <= ?",
                utc(now), node, id, utc(now)) == 1;
    }

    public void sent(long id, Instant now) {
        jdbc.update("UPDATE outbox_message SET state = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?"
                + " AND state = 'SENDING'", utc(now), id);
    }

    public void failed(long id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.update("UPDATE outbox_message SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"
                + " AND state = 'SENDING'", giveUp ? "DEAD" : "FAILED", cut(error, 2000), utc(nextAttempt), id);
    }

    /** The office's 重新发送: anything not sent goes back to the queue, due now; false if already sent or unknown. */
    public boolean retry(long id, Instant now) {
        return jdbc.update("UPDATE outbox_message SET state = 'QUEUED', next_attempt_at = ? WHERE id = ?"
                + " AND state <> 'SENT'", utc(now), id) == 1;
    }

    public Optional<OutboxRow> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message WHERE id = ?", (rs, n) -> row(rs), id)
                .stream().findFirst();
    }

    public Optional<MailContent> content(long id) {
        return jdbc.query("SELECT recipient, subject, text_body, html_body FROM outbox_message WHERE id = ?",
                (rs, n) -> new MailContent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id)
                .stream().findFirst();
    }

    /** The newest rows, optionally of one state. */
    public List<OutboxRow> newest(String state, int limit) {
        String where = state == null ? "" : " WHERE state = ?";
        Object[] args = state == null ? new Object[0] : new Object[] { state };
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_message" + where
                + " ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", (rs, n) -> row(rs), args);
    }

    public long count(String state) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE state = ?", Long.class, state);
        return count == null ? 0 : count;
    }

    /**
     * How many rows wait (QUEUED), failed and will be retried (FAILED), were given up (DEAD), and
     * are 状态不明: SENDING and claimed before the instant (a row claimed since is simply in flight).
     */
    public Counts counts(Instant inFlightSince) {
        return jdbc.queryForObject("SELECT"
                + " COALESCE(SUM(CASE WHEN state = 'QUEUED' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN state = 'DEAD' THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN state = 'SENDING' AND claimed_at < ? THEN 1 ELSE 0 END), 0)"
                + " FROM outbox_message WHERE state IN ('QUEUED', 'FAILED', 'DEAD', 'SENDING')",
                (rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), utc(inFlightSince));
    }

    /** Rows by state, as monitoring reads them (see {@link #counts}). */
    public record Counts(long queued, long failed, long dead, long unknown) {
    }

    public record MailContent(String recipient, String subject, String textBody, String htmlBody) {
    }

    private static OutboxRow row(ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("cause_key"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
                rs.getObject("campaign_unit_id", Long.class), rs.getString("state"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "claimed_at"),
                rs.getString("claimed_by"), instant(rs, "sent_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
