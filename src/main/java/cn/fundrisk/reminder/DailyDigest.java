package cn.fundrisk.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The daily digest: one e-mail per recipient per day listing every open task of theirs that is due
 * at a threshold (7, 1, 0 working days by default) or overdue (to the instant: a task due at 18:21
 * is overdue at 18:23), sorted by due time, then item number. Tasks are read with one query per
 * candidate group and one for assigned tasks, their labels in batches: no query per task.
 */
@Component
public class DailyDigest {

    private static final int PAGE = 2000;
    private static final int BATCH = 500;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Recipients recipients;
    private final ReminderSchedule schedule;
    private final ReminderProperties properties;
    private final MailTemplates templates;
    private final Outbox outbox;

    public DailyDigest(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
            Recipients recipients, ReminderSchedule schedule, ReminderProperties properties, MailTemplates templates,
            Outbox outbox) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.recipients = recipients;
        this.schedule = schedule;
        this.properties = properties;
        this.templates = templates;
        this.outbox = outbox;
    }

    /** Queues today's digests; returns how many were added to the outbox. */
    public int queue() {
        LocalDate today = schedule.today();
        WorkingCalendar calendar = schedule.calendar();
        if (properties.isDigestOnWorkingDaysOnly() && !calendar.isWorkingDay(today)) {
            return 0;
        }
        int horizon = properties.getThresholds().stream().mapToInt(Integer::intValue).max().orElse(0);
        Date dueBefore = Date.from(calendar.plusWorkingDays(today, horizon).plusDays(1).atStartOfDay(Clock.ZONE)
                .toInstant());
        Set<String> optedOut = recipients.optedOut();

        Map<String, Recipients.Recipient> byEmail = new LinkedHashMap<>();
        Map<String, Map<String, Task>> tasksByEmail = new HashMap<>();
        Map<String, Task> allTasks = new HashMap<>();
        for (Group group : identityService.createGroupQuery().list()) {
            List<Task> tasks = reminding(taskService.createTaskQuery().active().dueBefore(dueBefore)
                    .taskCandidateGroup(group.getId()), today, calendar);
            if (tasks.isEmpty()) {
                continue;
            }
            for (Recipients.Recipient recipient : recipients.forDigest(group.getId(), optedOut)) {
                add(recipient, tasks, byEmail, tasksByEmail);
            }
            tasks.forEach(t -> allTasks.put(t.getId(), t));
        }
        Map<String, List<Task>> byAssignee = new HashMap<>();
        for (Task task : reminding(taskService.createTaskQuery().active().dueBefore(dueBefore).taskAssigned(), today,
                calendar)) {
            byAssignee.computeIfAbsent(task.getAssignee(), a -> new ArrayList<>()).add(task);
            allTasks.put(task.getId(), task);
        }
        byAssignee.forEach((assignee, tasks) -> {
            if (!optedOut.contains(assignee)) {
                recipients.user(assignee).forEach(r -> add(r, tasks, byEmail, tasksByEmail));
            }
        });

        Map<String, Map<String, Object>> labels = labels(allTasks.keySet());
        Instant now = Clock.now();
        int queued = 0;
        for (Map.Entry<String, Map<String, Task>> entry : tasksByEmail.entrySet()) {
            List<DigestLine> lines = entry.getValue().values().stream()
                    .map(t -> DigestLine.of(t, labels.getOrDefault(t.getId(), Map.of()), now, calendar,
                            properties.getBaseUrl()))
                    .sorted(DigestLine.ORDER)
                    .toList();
            if (queueDigest(byEmail.get(entry.getKey()).email(), lines, today)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean queueDigest(String email, List<DigestLine> lines, LocalDate today) {
        int max = properties.getDigestMaxLines();
        long overdue = lines.stream().filter(DigestLine::overdue).count();
        long dueToday = lines.stream().filter(DigestLine::dueToday).count();
        String subject = templates.subject(overdue > 0
                ? "待办提醒：" + lines.size() + " 项待办，其中 " + overdue + " 项已逾期"
                : dueToday > 0 ? "待办提醒：" + lines.size() + " 项待办，其中 " + dueToday + " 项今天到期"
                : "待办提醒：" + lines.size() + " 项待办即将到期");
        Map<String, Object> variables = new HashMap<>();
        variables.put("today", today);
        variables.put("lines", lines.size() > max ? lines.subList(0, max) : lines);
        variables.put("more", Math.max(0, lines.size() - max));
        variables.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/");
        MailTemplates.Rendered mail = templates.render("digest", subject, variables);
        return outbox.queue(new OutboxMail(OutboxMail.cause(OutboxMail.Kind.DIGEST, email.toLowerCase(), today),
                OutboxMail.Kind.DIGEST, email, mail.subject(), mail.text(), mail.html(), null));
    }

    private static void add(Recipients.Recipient recipient, List<Task> tasks, Map<String, Recipients.Recipient> byEmail,
            Map<String, Map<String, Task>> tasksByEmail) {
        String key = recipient.email().toLowerCase();
        byEmail.putIfAbsent(key, recipient);
        Map<String, Task> mine = tasksByEmail.computeIfAbsent(key, e -> new LinkedHashMap<>());
        tasks.forEach(t -> mine.putIfAbsent(t.getId(), t));
    }

    /** The tasks of the query that are at a threshold today or overdue (to the instant), read page by page. */
    private List<Task> reminding(TaskQuery query, LocalDate today, WorkingCalendar calendar) {
        List<Task> result = new ArrayList<>();
        Instant now = Clock.now();
        for (int first = 0; ; first += PAGE) {
            List<Task> page = query.orderByTaskId().asc().listPage(first, PAGE);
            for (Task task : page) {
                int left = calendar.workingDaysUntil(today, task.getDueDate().toInstant().atZone(Clock.ZONE).toLocalDate());
                if (left < 0 || DueWords.overdue(task.getDueDate().toInstant(), now)
                        || properties.getThresholds().contains(left)) {
                    result.add(task);
                }
            }
            if (page.size() < PAGE) {
                return result;
            }
        }
    }

    /** The labels Tasklist shows (phase, item, unit), task-local variables, read in batches. */
    private Map<String, Map<String, Object>> labels(Set<String> taskIds) {
        Map<String, Map<String, Object>> result = new HashMap<>();
        List<String> ids = new ArrayList<>(taskIds);
        for (int i = 0; i < ids.size(); i += BATCH) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                    .taskIdIn(batch.toArray(String[]::new))
                    .variableNameIn(TaskLabels.PHASE, TaskLabels.ITEM, TaskLabels.UNIT).disableBinaryFetching().list()) {
                result.computeIfAbsent(variable.getTaskId(), t -> new HashMap<>()).put(variable.getName(),
                        variable.getValue());
            }
        }
        return result;
    }
}
