package cn.fundrisk.process;

import static cn.fundrisk.process.CampaignProcess.*;
import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Phase;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The columns Tasklist's filters show on every task card besides its due date: the phase
 * (阶段), the item (事项) and the unit (单位). Set as task-local variables when a task is created.
 */
public final class TaskLabels {

    public static final String PHASE = "phaseLabel";
    public static final String ITEM = "itemLabel";
    public static final String UNIT = FormKeys.UNIT_NAME;
    static final String ROUTINE = "日常工作";

    private static final Map<String, String> PHASE_OF_TASK = new HashMap<>();

    static {
        phase(Phase.DEPLOYMENT, TASK_DRAFT_WORK_PLAN, TASK_APPROVE_WORK_PLAN, TASK_ACKNOWLEDGE_PLAN, TASK_DRAFT_UNIT_PLAN,
                TASK_APPROVE_UNIT_PLAN);
        phase(Phase.SELF_INSPECTION, TASK_SELF_INSPECT_ITEM, TASK_WRITE_SELF_INSPECTION_REPORT,
                TASK_REVIEW_SELF_INSPECTION);
        phase(Phase.RECTIFICATION, TASK_RECTIFY_PROBLEM, TASK_COORDINATE_PROBLEM, TASK_VERIFY_RECTIFICATION,
                TASK_CLOSE_OFF_PROBLEM, TASK_FILE_STAFFING_TABLE, TASK_RECEIVE_STAFFING_FILING);
        phase(Phase.SUMMARY, TASK_WRITE_SUMMARY_REPORT, TASK_APPROVE_SUMMARY_REPORT, TASK_RECEIVE_SUMMARY_REPORT);
        phase(Phase.COUNTY_INSPECTION, TASK_INSPECT_COUNTY);
        phase(Phase.EVALUATION, TASK_SCORE_UNIT, TASK_REVIEW_SCORE_SHEET, TASK_DECIDE_ACCOUNTABILITY, TASK_COMPILE_RESULTS,
                TASK_APPROVE_RESULTS);
    }

    private TaskLabels() {
    }

    private static void phase(Phase phase, String... taskKeys) {
        List.of(taskKeys).forEach(key -> PHASE_OF_TASK.put(key, phase.label()));
    }

    public static String phaseOf(String taskKey) {
        return PHASE_OF_TASK.getOrDefault(taskKey, ROUTINE);
    }

    /** Sets the labels from what the task's form shows (its item number, its unit's name). */
    static void apply(DelegateTask task, Map<String, ?> shown) {
        task.setVariableLocal(PHASE, phaseOf(task.getTaskDefinitionKey()));
        Object itemNo = shown.get("itemNo");
        if (itemNo != null) {
            task.setVariableLocal(ITEM, "第" + itemNo + "项");
        } else if (!task.hasVariableLocal(ITEM)) {
            task.setVariableLocal(ITEM, "");
        }
    }
}
