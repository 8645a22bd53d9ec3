package cn.fundrisk.reminder;

import static cn.fundrisk.process.OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.WorkHolders;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SuperviseOverdue (督办): shows what is overdue, since when and who it waits on; on complete maps
 * the form to {@link Supervision#record}, which writes the 督办 and applies a new target date. What the
 * task is about comes from the escalation's business key and caller ({@link Escalations#subject}).
 */
@Component("superviseOverdueTaskListener")
public class SuperviseOverdueTaskListener implements TaskListener {

    static final String METHOD = "superviseMethod";
    static final String NOTE = "superviseNote";
    static final String NEW_TARGET_DATE = "newTargetDate";
    static final String PHASE_LABEL = "phaseName";
    static final String DEADLINE_TEXT = "deadlineText";
    static final String WAITING_TEXT = "waitingText";

    private final Escalations escalations;
    private final Supervision supervision;
    private final Actors actors;

    public SuperviseOverdueTaskListener(Escalations escalations, Supervision supervision, Actors actors) {
        this.escalations = escalations;
        this.supervision = supervision;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!TASK_SUPERVISE_OVERDUE.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("superviseOverdueTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> show(task);
            case TaskListener.EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void show(DelegateTask task) {
        EscalationSubject subject = escalations.subject(task.getExecution());
        WorkHolders.Waiting waiting = escalations.waiting(subject);
        String owner = subject.ofUnit() ? subject.owner() : subject.owner() + "（《" + subject.campaignName() + "》）";
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, owner);
        values.put(PHASE_LABEL, subject.what());
        values.put(DEADLINE_TEXT, DueWords.dateTime(subject.deadline()));
        values.put(WAITING_TEXT, waiting.text());
        values.put(FormKeys.DETAIL_URL, subject.ofUnit() ? Links.unit(subject.campaignUnitId())
                : Links.campaign(subject.campaignId()));
        TaskForm.show(task, values);
        task.setVariableLocal(TaskLabels.PHASE, subject.what());
        TaskForm.declare(task, METHOD, NOTE, NEW_TARGET_DATE);
        boolean named = !waiting.isEmpty() && !(subject.ofUnit() && waiting.onUnit());
        task.setName("督办：" + owner + "（" + subject.what() + "逾期" + (named ? "，待" + waiting.who() + "办理" : "")
                + "）");
    }

    private void complete(DelegateTask task) {
        OverdueSupervision.Method method = TaskForm.choice(task, METHOD, OverdueSupervision.Method.class, "督办方式");
        String note = TaskForm.requiredText(task, NOTE, TaskForm.MAX_COMMENT, "情况说明");
        LocalDate newTarget = TaskForm.date(task.getVariable(NEW_TARGET_DATE), "新的完成期限");
        supervision.record(escalations.subject(task.getExecution()), method, note, newTarget, actors.of(task));
    }
}
