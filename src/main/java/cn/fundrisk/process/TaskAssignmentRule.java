package cn.fundrisk.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fundrisk.identity.AccessRules;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may hold a task, for every user task of every model (a parse listener adds this assignment
 * listener, so a new model cannot forget it): a user who assigns a task (claim, REST, Tasklist)
 * may give it only to a member of its candidate groups who is not excluded from it, e.g. the
 * inspector who scored the sheet under review ({@link #exclude}). Candidates hold TASK_WORK only
 * (application.yaml), so the engine already refuses them any other assignment; this closes a claim
 * made in another user's name. The engine itself (timers, start-up) is not checked, nor anything
 * while authorization is off (process tests).
 */
@Component
public class TaskAssignmentRule extends AbstractProcessEnginePlugin implements TaskListener {

    public static final String REFUSED = "只能由本任务候选组（本单位相应岗位）中的人员签收或办理该任务";
    public static final String EXCLUDED = "您提交了本任务所审核的工作，不能审核本人的工作，请由他人签收办理";

    private final ObjectProvider<IdentityService> identityService;
    private final ObjectProvider<AuthorizationService> authorizations;
    private final ObjectProvider<AccessRules> accessRules;
    private ProcessEngineConfigurationImpl configuration;

    public TaskAssignmentRule(ObjectProvider<IdentityService> identityService,
            ObjectProvider<AuthorizationService> authorizations, ObjectProvider<AccessRules> accessRules) {
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.accessRules = accessRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TaskAssignmentRule.this);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        var current = identityService.getObject().getCurrentAuthentication();
        if (assignee == null || current == null || !configuration.isAuthorizationEnabled()) {
            return; // the engine, or tests that drive the models with authorization off
        }
        if (isExcluded(task.getId(), assignee)) {
            throw new InputRejectedException(EXCLUDED);
        }
        Set<String> candidates = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).collect(Collectors.toSet());
        List<String> groups = accessRules.getObject().asEngine(() -> identityService.getObject().createGroupQuery()
                .groupMember(assignee).list().stream().map(Group::getId).toList());
        if (groups.stream().noneMatch(candidates::contains)) {
            throw new InputRejectedException(REFUSED);
        }
    }

    /**
     * Keeps users away from a task they may not do, though their group may: they do not see it, cannot
     * claim or complete it (a REVOKE of the task for them, which the engine deletes with the task).
     * Called by create listeners of review tasks with the people whose work is reviewed.
     */
    public void exclude(DelegateTask task, Collection<String> users) {
        accessRules.getObject().asEngine(() -> {
            for (String user : users) {
                if (user == null || user.isBlank() || Actors.SYSTEM.equals(user)) {
                    continue;
                }
                Authorization revoke = authorizations.getObject().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
                revoke.setUserId(user);
                revoke.setResource(Resources.TASK);
                revoke.setResourceId(task.getId());
                revoke.removePermission(Permissions.READ);
                revoke.removePermission(TaskPermissions.TASK_WORK);
                revoke.removePermission(TaskPermissions.UPDATE);
                revoke.removePermission(TaskPermissions.READ_VARIABLE);
                authorizations.getObject().saveAuthorization(revoke);
            }
            return null;
        });
    }

    private boolean isExcluded(String taskId, String user) {
        return accessRules.getObject().asEngine(() -> authorizations.getObject().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE).userIdIn(user).resourceType(Resources.TASK)
                .resourceId(taskId).count() > 0);
    }
}
