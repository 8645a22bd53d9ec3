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
 * so an administrator's edits survive restarts): 本单位待办 (first: unit staff's work is unclaimed
 * until they take it), 我的待办, 即将到期, 已逾期 for everyone,
 * 督办事项 and 全部任务 for the office, leaders and inspectors. Each card shows 事项, 阶段, 单位.
 */
@Component
public class TasklistFilters {

    static final String MINE = "我的待办";
    static final String UNIT = "本单位待办";
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
        create(UNIT, -20, "本单位（本人所在用户组）的全部待办任务，含已由同事签收的", "#2e7d32",
                taskService.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks(), List.of());
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

    private TaskQuery mineOrMyGroups() {
        return taskService.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS)
                .endOr();
    }

    /** Creates the filter when no filter has its name; readable by everyone, or by the groups given. */
    private void create(String name, int priority, String description, String color, TaskQuery query,
            List<String> groups) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties(priority,
                description, color));
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
