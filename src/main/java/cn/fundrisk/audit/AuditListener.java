package cn.fundrisk.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.fundrisk.audit.AuditEntry.Action;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.Clock;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Writes the trail of every insert, update and delete Hibernate flushes for our entities: one row
 * per changed field on update, one summarising row on insert and delete. The rows go through the
 * flushing session's own connection, so they are part of the same transaction: a change rolled back
 * leaves no trail (the attempt itself is recorded by {@link RejectedAttempts}).
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String AUDITED_PACKAGE = "cn.fundrisk.";
    private static final String SCORE_SHEET_UNIT = "SELECT campaign_unit_id FROM score_sheet WHERE id = ?";

    private final Supplier<String> currentUser;

    AuditListener(Supplier<String> currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        EntityPersister persister = event.getPersister();
        if (audited(persister)) {
            Map<String, String> values = AuditedFields.of(persister, event.getState(), null, event.getSession());
            write(event.getSession(), persister, event.getId(), event.getState(),
                    (unit, user) -> List.of(entry(persister, event.getId(), unit, user, Action.INSERT, null, null,
                            summary(values))));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        EntityPersister persister = event.getPersister();
        if (!audited(persister)) {
            return;
        }
        int[] dirty = event.getDirtyProperties();
        Map<String, String> after = AuditedFields.of(persister, event.getState(), dirty, event.getSession());
        Map<String, String> before = event.getOldState() == null ? Map.of()
                : AuditedFields.of(persister, event.getOldState(), dirty, event.getSession());
        write(event.getSession(), persister, event.getId(), event.getState(), (unit, user) -> {
            List<AuditEntry> entries = new ArrayList<>();
            after.forEach((column, value) -> {
                String old = before.get(column);
                if (!Objects.equals(old, value)) {
                    entries.add(entry(persister, event.getId(), unit, user, Action.UPDATE, column, old, value));
                }
            });
            return entries;
        });
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        EntityPersister persister = event.getPersister();
        if (audited(persister)) {
            Map<String, String> values = AuditedFields.of(persister, event.getDeletedState(), null, event.getSession());
            write(event.getSession(), persister, event.getId(), event.getDeletedState(),
                    (unit, user) -> List.of(entry(persister, event.getId(), unit, user, Action.DELETE, null,
                            summary(values), null)));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(EntityPersister persister) {
        return persister.getMappedClass().getName().startsWith(AUDITED_PACKAGE);
    }

    private interface Rows {
        List<AuditEntry> of(Long campaignUnitId, String user);
    }

    private void write(EventSource session, EntityPersister persister, Object id, Object[] state, Rows rows) {
        session.doWork(connection -> {
            List<AuditEntry> entries = rows.of(campaignUnitId(connection, persister, id, state), currentUser.get());
            if (entries.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement(AuditEntries.INSERT)) {
                for (AuditEntry entry : entries) {
                    AuditEntries.bind(insert, entry);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static AuditEntry entry(EntityPersister persister, Object id, Long unit, String user, Action action,
            String field, String oldValue, String newValue) {
        return AuditEntry.of(Clock.now(), user, action, persister.getMappedClass().getSimpleName(),
                Objects.toString(id, null), unit, field, oldValue, newValue, null);
    }

    /** "column=value; ..." of the values that are set. */
    private static String summary(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /** The campaign unit a record belongs to: its campaignUnitId, its own id for a CampaignUnit, or via its score sheet. */
    private static Long campaignUnitId(Connection connection, EntityPersister persister, Object id, Object[] state)
            throws SQLException {
        if (persister.getMappedClass() == CampaignUnit.class) {
            return (Long) id;
        }
        if (AuditedFields.value(persister, state, "campaignUnitId") instanceof Long unit) {
            return unit;
        }
        if (AuditedFields.value(persister, state, "scoreSheetId") instanceof Long sheet) {
            try (PreparedStatement query = connection.prepareStatement(SCORE_SHEET_UNIT)) {
                query.setLong(1, sheet);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        }
        return null;
    }
}
