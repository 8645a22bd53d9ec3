package cn.fundrisk.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.identity.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters, made for our users and created at start-up when missing (matched by name,
 * so an administrator's edits survive restarts): 本单位待办 for units' staff and heads (first: a
 * unit's work waits there until someone takes it), 岗位待办 (the same for the office, leaders and
 * inspectors: their group's work), 我的待办, 即将到期, 已逾期 for everyone, 督办事项 for the office and
 * leaders, 全部任务 for the office, leaders and inspectors. Each card shows 事项, 阶段, 单位.
 * <p>
 * Who may read a filter is the engine's READ permission on it. 本单位待办 stays readable by everyone
 * (a REVOKE for the office's groups would switch every authorization check of the engine to the slower
 * revoke-aware query, and it made the office's own task grants fail), so each of the two work filters
 * names its audience in its properties ({@code audience}: {@value #UNITS} or {@value #CAMPAIGN_WIDE}),
 * and Tasklist's script (fundrisk-tasklist.js) hides the other role's filter; the script also shows
 * every filter's count. The filter is only a query: whoever reads it still sees only his own tasks.
 */
@Component
public class TasklistFilters {

    static final String MINE = "我的待办";
    static final String UNIT = "本单位待办";
    static final String ROLE = "岗位待办";
    static final String AUDIENCE = "audience";
    static final String UNITS = "units";
    static final String CAMPAIGN_WIDE = "campaign-wide";
    private static final List<String> CAMPAIGN_WIDE_GROUPS = List.of(Groups.OFFICE, Groups.LEADERS, Groups.INSPECTORS);
    static final String DUE_SOON = "即将到期";
    static final String OVERDUE = "已逾期";
    static final String SUPERVISION = "督办事项";
    static final String ALL = "全部任务";
    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    public TasklistFilters(FilterService filterService, TaskService taskService,
            AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void create() {
        create(MINE, -10, "分配给我本人、正在办理的任务", "#1f5aa6",
                taskService.createTaskQuery().taskAssigneeExpression(ME), List.of());
        create(UNIT, -20, "本单位（本人所在用户组）的全部待办任务，含已由同事签收的", "#2e7d32", myGroups(), List.of(), UNITS);
        create(ROLE, -20, "本岗位（领导小组办公室、领导小组或检查评估组）的全部待办任务，含已由同事签收的", "#2e7d32",
                myGroups(), CAMPAIGN_WIDE_GROUPS, CAMPAIGN_WIDE);
        create(DUE_SOON, 0, "7 天内到期的本人及本单位任务", "#e0a100",
                mineOrMyGroups().dueAfterExpression(NOW).dueBeforeExpression("${dateTime().plusDays(7).toDate()}"),
                List.of());
        create(OVERDUE, 10, "已过截止时间仍未办结的本人及本单位任务", "#c62828",
                mineOrMyGroups().dueBeforeExpression(NOW), List.of());
        create(SUPERVISION, 20, "各责任单位已逾期的全部任务，供领导小组办公室督办", "#8e24aa",
                taskService.createTaskQuery().dueBeforeExpression(NOW),
                List.of(Groups.OFFICE, Groups.LEADERS));
        create(ALL, 30, "全部责任单位的全部任务", "#607d8b", taskService.createTaskQuery(),
                List.of(Groups.OFFICE, Groups.LEADERS, Groups.INSPECTORS));
    }

    private TaskQuery myGroups() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
    }

    private TaskQuery mineOrMyGroups() {
        return taskService.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS)
                .endOr();
    }

    private void create(String name, int priority, String description, String color, TaskQuery query,
            List<String> groups) {
        create(name, priority, description, color, query, groups, null);
    }

    /**
     * Creates the filter when no filter has its name; readable by everyone, or by the groups given. An
     * existing filter only gains its audience when it has none.
     */
    private void create(String name, int priority, String description, String color, TaskQuery query,
            List<String> groups, String audience) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (audience != null && !existing.getProperties().containsKey(AUDIENCE)) {
                Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
                properties.put(AUDIENCE, audience);
                filterService.saveFilter(existing.setProperties(properties));
            }
            return;
        }
        Map<String, Object> properties = properties(priority, description, color);
        if (audience != null) {
            properties.put(AUDIENCE, audience);
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        if (groups.isEmpty()) {
            Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            grantRead(everyone, filter);
        }
        for (String group : groups) {
            Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grantRead(grant, filter);
        }
    }

    private void grantRead(Authorization authorization, Filter filter) {
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filter.getId());
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }

    private static Map<String, Object> properties(int priority, String description, String color) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        List<Map<String, String>> variables = new ArrayList<>();
        variables.add(Map.of("name", TaskLabels.ITEM, "label", "事项"));
        variables.add(Map.of("name", TaskLabels.PHASE, "label", "阶段"));
        variables.add(Map.of("name", TaskLabels.UNIT, "label", "单位"));
        properties.put("variables", variables);
        return properties;
    }
}
