package cn.fundrisk.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.fundrisk.audit.AuditEntry.Action;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.BusinessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records an attempt the engine rejected (a self-approval, bad form input): the change itself was
 * rolled back, so the row is written in a transaction of its own. For a task submitted over REST
 * (Tasklist, /engine-rest) the row names the task, its definition key and its unit; for Java callers
 * the engine command's name stands in.
 */
@Component
public class RejectedAttempts {

    static final String TASK = "Task";
    private static final Logger LOG = LoggerFactory.getLogger(RejectedAttempts.class);
    /** .../task/{id}/submit-form or /complete, on /engine-rest and on Tasklist's /camunda/api/engine/engine/{name}. */
    private static final Pattern TASK_PATH = Pattern.compile("/task/([^/]+)/(?:submit-form|complete|resolve)$");

    private final AuditEntries entries;
    private final TransactionTemplate ownTransaction;
    private final Actors actors;
    private final TaskService taskService;

    private final RuntimeService runtimeService;

    public RejectedAttempts(AuditEntries entries, PlatformTransactionManager transactionManager, Actors actors,
            TaskService taskService, RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actors = actors;
        this.taskService = taskService;
    }

    /** Never fails the caller: the user is shown the rejection whatever happens here. */
    public void record(InputRejectedException rejected, String commandName) {
        try {
            AuditEntry entry = entry(rejected, commandName);
            ownTransaction.executeWithoutResult(status -> entries.append(entry));
        } catch (RuntimeException e) {
            LOG.warn("Could not record a rejected attempt in the audit trail: {}", rejected.getMessage(), e);
        }
    }

    /**
     * A task form submission the gate refused before the engine saw it (undeclared fields, a File):
     * who, which task and unit (from the instance's business key), the message. Never fails the caller.
     */
    public void recordForm(String userId, String taskId, String message) {
        try {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            Long unit = task == null ? null
                    : BusinessKeys.campaignUnitIdOfInstance(runtimeService, task.getProcessInstanceId());
            AuditEntry entry = AuditEntry.of(Clock.now(), userId == null ? Actors.SYSTEM : userId, Action.REJECTED,
                    TASK, taskId, unit, task == null ? null : task.getTaskDefinitionKey(), null, null, message);
            ownTransaction.executeWithoutResult(status -> entries.append(entry));
        } catch (RuntimeException e) {
            LOG.warn("Could not record a refused form in the audit trail: {}", message, e);
        }
    }

    private AuditEntry entry(InputRejectedException rejected, String commandName) {
        String user = actors.currentUser();
        if (user == null) {
            user = Actors.SYSTEM;
        }
        String taskId = submittedTaskId();
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return AuditEntry.of(Clock.now(), user, Action.REJECTED, commandName, null, null, null, null, null,
                    rejected.getMessage());
        }
        Long unit = BusinessKeys.campaignUnitIdOfInstance(runtimeService, task.getProcessInstanceId());
        return AuditEntry.of(Clock.now(), user, Action.REJECTED, TASK, taskId, unit, task.getTaskDefinitionKey(),
                null, null, rejected.getMessage());
    }

    /** The task of the HTTP request being answered, when it is a task submission. */
    private static String submittedTaskId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return null;
        }
        Matcher matcher = TASK_PATH.matcher(servlet.getRequest().getRequestURI());
        return matcher.find() ? matcher.group(1) : null;
    }
}
