package cn.fundrisk.audit;

import java.time.Instant;

/**
 * One row of the audit trail (留痕): who did what to which record, when, with the old and new value
 * of one field. Texts are cut to the columns' lengths (a cut value ends with "…").
 */
public record AuditEntry(Long id, Instant occurredAt, String userId, Action action, String entityType,
        String entityId, Long campaignUnitId, String field, String oldValue, String newValue, String note) {

    public static final int MAX_VALUE = 4000;
    public static final int MAX_NOTE = 2000;
    static final int MAX_NAME = 64;
    static final int MAX_FIELD = 100;

    public enum Action {
        INSERT("新增"), UPDATE("修改"), DELETE("删除"), REJECTED("操作被拒绝");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public AuditEntry {
        userId = cut(userId, MAX_NAME);
        entityType = cut(entityType, MAX_NAME);
        entityId = cut(entityId, MAX_NAME);
        field = cut(field, MAX_FIELD);
        oldValue = cut(oldValue, MAX_VALUE);
        newValue = cut(newValue, MAX_VALUE);
        note = cut(note, MAX_NOTE);
    }

    /** A new entry, not yet written (no id). */
    public static AuditEntry of(Instant occurredAt, String userId, Action action, String entityType, String entityId,
            Long campaignUnitId, String field, String oldValue, String newValue, String note) {
        return new AuditEntry(null, occurredAt, userId, action, entityType, entityId, campaignUnitId, field, oldValue,
                newValue, note);
    }

    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
