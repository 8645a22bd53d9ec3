package cn.fundrisk.reminder;

import java.time.LocalDate;
import java.util.Map;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.task.Task;

/** One task in a digest: what, which phase and unit, when due, how many working days left, where to open it. */
public record DigestLine(String task, String item, String phase, String unit, LocalDate dueDate, int daysLeft,
        String link) {

    static DigestLine of(Task task, Map<String, Object> labels, LocalDate today, WorkingCalendar calendar,
            String baseUrl) {
        LocalDate due = task.getDueDate().toInstant().atZone(Clock.ZONE).toLocalDate();
        return new DigestLine(task.getName(), text(labels.get(TaskLabels.ITEM)), text(labels.get(TaskLabels.PHASE)),
                text(labels.get(TaskLabels.UNIT)), due, calendar.workingDaysUntil(today, due), tasklistLink(baseUrl,
                        task.getId()));
    }

    /** Opens the task in Tasklist. */
    public static String tasklistLink(String baseUrl, String taskId) {
        return baseUrl + Links.TASKLIST_TASK + taskId;
    }

    /** 还剩 3 个工作日 / 今天到期 / 已逾期 2 个工作日 */
    public String status() {
        if (daysLeft > 0) {
            return "还剩 " + daysLeft + " 个工作日";
        }
        return daysLeft == 0 ? "今天到期" : "已逾期 " + (-daysLeft) + " 个工作日";
    }

    public boolean overdue() {
        return daysLeft < 0;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
