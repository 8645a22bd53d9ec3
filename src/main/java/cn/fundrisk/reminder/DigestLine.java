package cn.fundrisk.reminder;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.task.Task;

/**
 * One task in a digest: what, which item, phase and unit, when due (to the minute), its status in
 * words ({@link DueWords}), where to open it. Lines sort by due time, then item number (第2项 before
 * 第10项), then task name.
 */
public record DigestLine(String task, String item, Integer itemNo, String phase, String unit, Instant due,
        String dueText, String status, boolean overdue, boolean dueToday, String link) {

    static final Comparator<DigestLine> ORDER = Comparator.comparing(DigestLine::due)
            .thenComparing(DigestLine::itemNo, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DigestLine::task);
    private static final Pattern ITEM_NO = Pattern.compile("第(\\d+)项");

    static DigestLine of(Task task, Map<String, Object> labels, Instant now, WorkingCalendar calendar, String baseUrl) {
        Instant due = task.getDueDate().toInstant();
        String item = text(labels.get(TaskLabels.ITEM));
        Matcher number = ITEM_NO.matcher(item);
        boolean overdue = DueWords.overdue(due, now);
        return new DigestLine(task.getName(), item, number.find() ? Integer.valueOf(number.group(1)) : null,
                text(labels.get(TaskLabels.PHASE)), text(labels.get(TaskLabels.UNIT)), due, DueWords.dateTime(due),
                DueWords.status(due, now, calendar), overdue, !overdue && DueWords.day(due).equals(DueWords.day(now)),
                tasklistLink(baseUrl, task.getId()));
    }

    /** Opens the task in Tasklist. */
    public static String tasklistLink(String baseUrl, String taskId) {
        return baseUrl + Links.TASKLIST_TASK + taskId;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
