package cn.fundrisk.reminder;

import static cn.fundrisk.process.OverdueEscalationProcess.TASK_SUPERVISE_OVERDUE;
import static cn.fundrisk.process.OverdueEscalationProcess.VAR_DEADLINE;
import static cn.fundrisk.process.OverdueEscalationProcess.VAR_PHASE;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_SuperviseOverdue (督办): shows the overdue unit phase; on complete records what the office did. */
@Component("superviseOverdueTaskListener")
public class SuperviseOverdueTaskListener implements TaskListener {

    static final String METHOD = "superviseMethod";
    static final String NOTE = "superviseNote";
    static final String NEW_TARGET_DATE = "newTargetDate";
    static final String PHASE_LABEL = "phaseName";
    static final String DEADLINE_TEXT = "deadlineText";

    private final CampaignUnits campaignUnits;
    private final OverdueSupervisions supervisions;
    private final Actors actors;

    public SuperviseOverdueTaskListener(CampaignUnits campaignUnits, OverdueSupervisions supervisions, Actors actors) {
        this.campaignUnits = campaignUnits;
        this.supervisions = supervisions;
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
        Long campaignUnitId = BusinessKeys.campaignUnitId(task);
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        Phase phase = Phase.valueOf((String) task.getVariable(VAR_PHASE));
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, unit.getUnit().getName());
        values.put(PHASE_LABEL, phase.label());
        values.put(DEADLINE_TEXT, Notices.date((Date) task.getVariable(VAR_DEADLINE)));
        values.put(FormKeys.DETAIL_URL, Links.unit(campaignUnitId));
        TaskForm.show(task, values);
        task.setVariableLocal(TaskLabels.PHASE, phase.label());
        TaskForm.declare(task, METHOD, NOTE, NEW_TARGET_DATE);
        task.setName("督办：" + unit.getUnit().getName() + "（" + phase.label() + "逾期）");
    }

    private void complete(DelegateTask task) {
        OverdueSupervision.Method method = TaskForm.choice(task, METHOD, OverdueSupervision.Method.class, "督办方式");
        String note = TaskForm.requiredText(task, NOTE, TaskForm.MAX_COMMENT, "情况说明");
        LocalDate newTarget = TaskForm.date(task.getVariable(NEW_TARGET_DATE), "新的完成期限");
        LocalDate today = Clock.now().atZone(Clock.ZONE).toLocalDate();
        if (newTarget != null && !newTarget.isAfter(today)) {
            throw new InputRejectedException("新的完成期限须晚于今天（" + today + "），当前为 " + newTarget);
        }
        Long campaignUnitId = BusinessKeys.campaignUnitId(task);
        Phase phase = Phase.valueOf((String) task.getVariable(VAR_PHASE));
        supervisions.save(new OverdueSupervision(campaignUnitId, phase, method, note, newTarget, actors.of(task),
                Clock.now()));
    }
}
