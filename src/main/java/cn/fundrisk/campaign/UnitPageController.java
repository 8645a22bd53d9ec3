package cn.fundrisk.campaign;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.process.UnitFollowUpProcess;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.reminder.ReminderHistory;
import cn.fundrisk.staffing.StaffingTables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pages of a campaign (units × phases) and of one unit in it (phases, items, problems, reports, files). */
@Controller
public class UnitPageController {

    static final int TASK_PREVIEW_LENGTH = 40;

    private final CampaignQueries queries;
    private final CampaignItems campaignItems;
    private final TaskService taskService;
    private final AccessRules accessRules;
    private final StaffingTables staffing;
    private final SubmissionHistory history;
    private final ReminderHistory reminders;

    public UnitPageController(CampaignQueries queries, CampaignItems campaignItems, TaskService taskService,
            AccessRules accessRules, StaffingTables staffing, SubmissionHistory history, ReminderHistory reminders) {
        this.queries = queries;
        this.campaignItems = campaignItems;
        this.taskService = taskService;
        this.accessRules = accessRules;
        this.staffing = staffing;
        this.history = history;
        this.reminders = reminders;
    }

    /**
     * An open task of the unit; linked to Tasklist only for whoever may do it (its assignee, or one of its
     * candidates while nobody has taken it): anyone else would open a task he cannot see or complete.
     */
    public record OpenTask(String name, String assignee, OffsetDateTime due, boolean overdue, String tasklistUrl,
            boolean mayDo) {
    }

    /** A row of the unit page's self-inspection table. */
    public record ItemRow(int itemNo, String taskPreview, String taskText, int points, String resultLabel,
            String statusLabel, String note, long problemCount, long rectifiedCount, BigDecimal selfScore,
            BigDecimal finalScore, String evidenceUrl) {
    }

    @GetMapping("/campaigns/{id}")
    @Transactional(readOnly = true)
    public String campaign(@PathVariable Long id, Model model) {
        model.addAttribute("campaign", queries.detail(id, CurrentUser.get()));
        model.addAttribute("seesAllUnits", CurrentUser.get().seesAllUnits());
        model.addAttribute("office", CurrentUser.get().isOffice());
        model.addAttribute("phases", Phase.values());
        return "campaign";
    }

    @GetMapping("/units/{campaignUnitId}")
    @Transactional(readOnly = true)
    public String unit(@PathVariable Long campaignUnitId, Model model) {
        UnitView.Detail unit = queries.unit(campaignUnitId, CurrentUser.get());
        model.addAttribute("unit", unit);
        model.addAttribute("items", rows(unit, campaignItems.findByCampaignIdOrderByItemNo(unit.campaignId())));
        model.addAttribute("tasks", openTasks(campaignUnitId, CurrentUser.get()));
        model.addAttribute("staffing", staffing.view(campaignUnitId, CurrentUser.get()));
        model.addAttribute("history", history.of(campaignUnitId));
        model.addAttribute("historyLimit", SubmissionHistory.LIMIT);
        model.addAttribute("reminders", reminders.entries(campaignUnitId));
        model.addAttribute("remindersLimit", ReminderHistory.LIMIT);
        model.addAttribute("unitMail", reminders.mail(campaignUnitId));
        return "unit";
    }

    /**
     * The unit's open tasks, soonest due first, each opening in Tasklist. The page is only shown to
     * those who may see the unit, so its head sees their staff's tasks here too (in Tasklist each
     * sees what is theirs to do).
     */
    List<OpenTask> openTasks(Long campaignUnitId, CurrentUser user) {
        return accessRules.asEngine(() -> queryOpenTasks(campaignUnitId, user));
    }

    /**
     * Its campaign's tasks and its follow-up's (item 6, long-term problems); the office's 问责研判 not for the
     * unit. Each marked whether this user may do it (assignee or candidate).
     */
    private List<OpenTask> queryOpenTasks(Long campaignUnitId, CurrentUser user) {
        Date now = Date.from(Clock.now());
        String key = campaignUnitId.toString();
        TaskQuery mine = taskService.createTaskQuery().processDefinitionKeyIn(UnitCampaignProcess.KEY, UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(key).or().taskAssignee(user.id()).taskCandidateUser(user.id());
        if (!user.groupIds().isEmpty()) {
            mine = mine.taskCandidateGroupIn(user.groupIds());
        }
        Set<String> mayDo = mine.endOr().listPage(0, 200).stream().map(Task::getId).collect(Collectors.toSet());
        return taskService.createTaskQuery().processDefinitionKeyIn(UnitCampaignProcess.KEY, UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(key).orderByDueDate().asc().listPage(0, 200).stream()
                .filter(t -> user.seesAllUnits() || !UnitCampaignProcess.TASK_DECIDE_ACCOUNTABILITY.equals(t.getTaskDefinitionKey()))
                .map(t -> new OpenTask(t.getName(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant().atZone(Clock.ZONE).toOffsetDateTime(),
                        t.getDueDate() != null && t.getDueDate().before(now), Links.TASKLIST_TASK + t.getId(),
                        mayDo.contains(t.getId())))
                .toList();
    }

    static List<ItemRow> rows(UnitView.Detail unit, List<CampaignItem> items) {
        Map<Integer, CampaignItem> byNo = items.stream()
                .collect(Collectors.toMap(CampaignItem::getItemNo, Function.identity()));
        Map<Integer, Long> problemCounts = unit.problems().stream()
                .collect(Collectors.groupingBy(UnitView.ProblemView::itemNo, Collectors.counting()));
        Map<Integer, Long> rectifiedCounts = unit.problems().stream()
                .filter(p -> p.status() == Problem.Status.CLOSED || p.status() == Problem.Status.VERIFIED
                        || p.status() == Problem.Status.CLOSED_OFF)
                .collect(Collectors.groupingBy(UnitView.ProblemView::itemNo, Collectors.counting()));
        return unit.assessments().stream().map(a -> {
            CampaignItem item = byNo.get(a.itemNo());
            String task = item == null ? "" : item.getTaskText();
            return new ItemRow(a.itemNo(), preview(task), task, item == null ? 0 : item.getPoints(), a.resultLabel(),
                    a.statusLabel(), a.note(), problemCounts.getOrDefault(a.itemNo(), 0L),
                    rectifiedCounts.getOrDefault(a.itemNo(), 0L), a.selfScore(),
                    unit.scoreSheet() == null ? null : unit.scoreSheet().scoreOf(a.itemNo()), a.evidenceUrl());
        }).toList();
    }

    /** The first 40 characters of a text, with an ellipsis when cut. */
    static String preview(String text) {
        if (text == null) {
            return "";
        }
        int length = text.codePointCount(0, text.length());
        if (length <= TASK_PREVIEW_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, TASK_PREVIEW_LENGTH)) + "…";
    }
}
