package cn.fundrisk.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Completes tasks as a given user through the form path Tasklist uses (claim, then submit the
 * form), then runs what the submission left to the job executor ({@link PendingJobs}: the units'
 * starts, the step after an item's self-inspection) so the next task is there at once. Used by the
 * demo campaign and by tests.
 */
@Component
public class TaskDriver {

    private final TaskService taskService;
    private final FormService formService;
    private final IdentityService identityService;
    private final PendingJobs pendingJobs;

    public TaskDriver(TaskService taskService, FormService formService, IdentityService identityService,
            PendingJobs pendingJobs) {
        this.taskService = taskService;
        this.formService = formService;
        this.identityService = identityService;
        this.pendingJobs = pendingJobs;
    }

    /** Open tasks of a definition key in one process instance, oldest first. */
    public List<Task> open(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    /** Open tasks of a definition key in a unit's long-term follow-up (business key = campaign_unit.id). */
    public List<Task> openInFollowUp(Long campaignUnitId, String taskKey) {
        return taskService.createTaskQuery().processDefinitionKey(UnitFollowUpProcess.KEY)
                .processInstanceBusinessKey(campaignUnitId.toString()).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
    }

    public Task one(String processInstanceId, String taskKey) {
        List<Task> tasks = open(processInstanceId, taskKey);
        if (tasks.size() != 1) {
            throw new IllegalStateException("expected one " + taskKey + " in " + processInstanceId + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    public Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }

    public void submit(Task task, String userId, Map<String, Object> values) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(userId, groups);
        try {
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId); // as Tasklist does: candidates may claim (TASK_WORK)
            } else if (!userId.equals(task.getAssignee())) {
                taskService.setAssignee(task.getId(), userId);
            }
            formService.submitTaskForm(task.getId(), values);
        } finally {
            identityService.clearAuthentication();
        }
        pendingJobs.runFor(task.getProcessInstanceId());
    }

    public void submit(String processInstanceId, String taskKey, String userId, Map<String, Object> values) {
        submit(one(processInstanceId, taskKey), userId, values);
    }
}
