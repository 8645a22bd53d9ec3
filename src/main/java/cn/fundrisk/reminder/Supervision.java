package cn.fundrisk.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import cn.fundrisk.campaign.UnitPhases;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Records a 督办 and applies its new target date: the unit phase's deadline moves to the end of that
 * day (our table, so the lights and the audit trail follow; the unit's process variable, so tasks
 * still to come in the phase are due then), and the open tasks due at the old deadline are due at
 * the new one (the digest follows). A step of the campaign itself keeps its deadline in the 督办
 * record ({@link Escalations#stepDeadline}). The escalation then waits for the new date.
 */
@Component
public class Supervision {

    private final OverdueSupervisions supervisions;
    private final UnitPhases unitPhases;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    public Supervision(OverdueSupervisions supervisions, UnitPhases unitPhases, RuntimeService runtimeService,
            TaskService taskService) {
        this.supervisions = supervisions;
        this.unitPhases = unitPhases;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    public OverdueSupervision record(EscalationSubject subject, OverdueSupervision.Method method, String note,
            LocalDate newTarget, String actor) {
        LocalDate today = Clock.now().atZone(Clock.ZONE).toLocalDate();
        if (newTarget != null && !newTarget.isAfter(today)) {
            throw new InputRejectedException("新的完成期限须晚于今天（" + today + "），当前为 " + newTarget);
        }
        OverdueSupervision saved = supervisions.save(new OverdueSupervision(subject, method, note, newTarget, actor,
                Clock.now()));
        if (newTarget != null) {
            reschedule(subject, Escalations.endOfDay(newTarget));
        }
        return saved;
    }

    private void reschedule(EscalationSubject subject, Instant deadline) {
        if (subject.ofUnit()) {
            unitPhases.findByCampaignUnitIdAndPhase(subject.campaignUnitId(), subject.phase()).orElseThrow()
                    .moveDeadline(deadline);
            unitPhases.flush();
            runtimeService.setVariable(subject.processInstanceId(), subject.phase().deadlineVariable(),
                    Date.from(deadline));
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(subject.processInstanceId())
                .dueDate(Date.from(subject.deadline())).list()) {
            task.setDueDate(Date.from(deadline));
            taskService.saveTask(task);
        }
    }
}
