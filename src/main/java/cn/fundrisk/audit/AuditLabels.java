package cn.fundrisk.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.identity.PersonNames;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.TaskNames;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.reminder.OverdueSupervision;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.staffing.Position;
import org.springframework.stereotype.Component;

/**
 * The audit trail as people read it: who by name, the object and field in Chinese (a task by its
 * name in the model, not its id), states and kinds by their Chinese labels, times in the bureau's
 * zone, and an insert's "column=value; …" summary spelled out the same way. The raw values stay in
 * {@link AuditRow} and in the export's raw columns.
 */
@Component
public class AuditLabels {

    /** A row with what the page and the export's labelled columns show. */
    public record Labelled(AuditRow row, String user, String object, String field, String oldValue, String newValue) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    /** Splits "a=1; b=x; y" before each "column=" (a text value may itself hold "; "). */
    private static final Pattern SUMMARY_PAIRS = Pattern.compile("; (?=[a-z0-9_]+=)");
    private static final Pattern SUMMARY = Pattern.compile("[a-z0-9_]+=.*");
    private static final Map<String, String> PHASE_STATES = Map.of("PENDING", "未开始", "ACTIVE", "进行中", "DONE", "已完成");
    private static final Map<String, String> CAMPAIGN_STATES = Map.of("RUNNING", "进行中", "CLOSED", "已结束");
    private static final Map<String, String> OWNER_TYPES = Map.of(Evidence.OwnerType.ASSESSMENT.name(), "自查结果",
            Evidence.OwnerType.PROBLEM.name(), "问题整改", Evidence.OwnerType.REPORT.name(), "报告",
            Evidence.OwnerType.SCORE_SHEET.name(), "评分表");

    private final PersonNames people;
    private final TaskNames tasks;

    public AuditLabels(PersonNames people, TaskNames tasks) {
        this.people = people;
        this.tasks = tasks;
    }

    public Labelled label(AuditRow row) {
        String object;
        String field;
        if (RejectedAttempts.TASK.equals(row.entityType())) {
            String name = tasks.of(row.field());
            object = "任务「" + (name == null ? row.field() : name) + "」";
            field = "";
        } else {
            String label = AuditRow.entityLabel(row.entityType());
            object = label.equals(row.entityType()) ? "引擎操作" : label + " " + nullToEmpty(row.entityId());
            String named = AuditFieldNames.of(row.field());
            field = named != null ? named : nullToEmpty(row.field());
        }
        return new Labelled(row, people.name(row.userId()), object.strip(), field,
                value(row.entityType(), row.field(), row.oldValue()), value(row.entityType(), row.field(), row.newValue()));
    }

    /** A value as read: a summary spelled out, or one column's value with its label. */
    String value(String entityType, String column, String value) {
        if (value == null) {
            return "";
        }
        if (column == null && SUMMARY.matcher(value).matches()) {
            return Arrays.stream(SUMMARY_PAIRS.split(value)).map(pair -> {
                int eq = pair.indexOf('=');
                String key = pair.substring(0, eq);
                if (key.equals("campaign_unit_id")) {
                    return null; // the unit column names it
                }
                String name = AuditFieldNames.of(key);
                return (name == null ? key : name) + "：" + one(entityType, key, pair.substring(eq + 1));
            }).filter(s -> s != null).collect(Collectors.joining("；"));
        }
        return one(entityType, column, value);
    }

    private String one(String entityType, String column, String value) {
        if (column == null || value.isEmpty()) {
            return value;
        }
        if (column.endsWith("_by") || column.equals("user_id")) {
            return people.name(value);
        }
        if (value.equals("true") || value.equals("false")) {
            return value.equals("true") ? "是" : "否";
        }
        if (ISO_TIME.matcher(value).matches()) {
            try {
                return TIME.format(OffsetDateTime.parse(value).atZoneSameInstant(Clock.ZONE));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return switch (column) {
            case "status" -> status(entityType, value);
            case "work_plan_status", "results_status" -> enumLabel(value, ReviewStatus::valueOf, ReviewStatus::label);
            case "result" -> enumLabel(value, ItemAssessment.Result::valueOf, ItemAssessment.Result::label);
            case "kind" -> "Unit".equals(entityType) ? enumLabel(value, UnitKind::valueOf, UnitKind::label)
                    : enumLabel(value, UnitReport.Kind::valueOf, UnitReport.Kind::label);
            case "method" -> enumLabel(value, OverdueSupervision.Method::valueOf, OverdueSupervision.Method::label);
            case "phase" -> enumLabel(value, Phase::valueOf, Phase::label);
            case "owner_type" -> OWNER_TYPES.getOrDefault(value, value);
            case "positions" -> Arrays.stream(value.split(",")).map(String::strip)
                    .map(p -> enumLabel(p, Position::valueOf, Position::label)).collect(Collectors.joining("、"));
            default -> value;
        };
    }

    private static String status(String entityType, String value) {
        return switch (entityType == null ? "" : entityType) {
            case "UnitPhase" -> PHASE_STATES.getOrDefault(value, value);
            case "Campaign" -> CAMPAIGN_STATES.getOrDefault(value, value);
            case "Problem" -> enumLabel(value, Problem.Status::valueOf, Problem.Status::label);
            default -> enumLabel(value, ReviewStatus::valueOf, ReviewStatus::label);
        };
    }

    private static <E> String enumLabel(String value, Function<String, E> parse, Function<E, String> label) {
        try {
            return label.apply(parse.apply(value));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
