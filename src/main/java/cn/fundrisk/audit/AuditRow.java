package cn.fundrisk.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** A row of the trail as the office reads it, with the unit it belongs to and Chinese labels. */
public record AuditRow(long id, OffsetDateTime occurredAt, String userId, String action, String actionLabel,
        String entityType, String entityLabel, String entityId, Long campaignUnitId, String unitCode, String unitName,
        String field, String oldValue, String newValue, String note) {

    private static final Map<String, String> ENTITY_LABELS = Map.ofEntries(
            Map.entry("Campaign", "专项工作"),
            Map.entry("CampaignUnit", "参与单位"),
            Map.entry("UnitPhase", "工作阶段"),
            Map.entry("CampaignItem", "专项考核事项"),
            Map.entry("CatalogueItem", "考核事项"),
            Map.entry("Category", "考核类别"),
            Map.entry("ItemAssessment", "自查事项"),
            Map.entry("Problem", "问题整改"),
            Map.entry("UnitReport", "报告"),
            Map.entry("ScoreSheet", "评分表"),
            Map.entry("ItemScore", "事项评分"),
            Map.entry("Evidence", "佐证材料"),
            Map.entry("Unit", "责任单位"),
            Map.entry("Nudge", "催办"),
            Map.entry("OverdueSupervision", "督办"),
            Map.entry("ReminderOptOut", "退订提醒"),
            Map.entry(RejectedAttempts.TASK, "任务"));

    /** The Chinese name of an entity type; the type itself when it has none (an engine command). */
    public static String entityLabel(String entityType) {
        return ENTITY_LABELS.getOrDefault(entityType, entityType);
    }

    public static String actionLabel(String action) {
        try {
            return AuditEntry.Action.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }
}
