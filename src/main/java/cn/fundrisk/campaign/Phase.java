package cn.fundrisk.campaign;

import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.Arrays;
import java.util.Optional;

/**
 * The phases a unit goes through (实施步骤). Each knows the model element that runs it, the
 * service task that records it overdue, and the process variable holding its deadline.
 */
public enum Phase {
    DEPLOYMENT("工作部署", SUBPROCESS_DEPLOYMENT, TASK_RECORD_DEPLOYMENT_OVERDUE, "deploymentDeadline"),
    SELF_INSPECTION("问题排查", SUBPROCESS_SELF_INSPECTION, TASK_RECORD_SELF_INSPECTION_OVERDUE, "selfInspectionDeadline"),
    RECTIFICATION("问题整改", SUBPROCESS_RECTIFICATION, TASK_RECORD_RECTIFICATION_OVERDUE, "rectificationDeadline"),
    SUMMARY("汇总上报", SUBPROCESS_SUMMARY, TASK_RECORD_SUMMARY_OVERDUE, "summaryDeadline"),
    COUNTY_INSPECTION("县区检查", TASK_INSPECT_COUNTY, TASK_RECORD_COUNTY_INSPECTION_OVERDUE, "countyInspectionDeadline"),
    EVALUATION("检查评估", SUBPROCESS_EVALUATION, TASK_RECORD_EVALUATION_OVERDUE, "evaluationDeadline");

    private final String label;
    private final String activityId;
    private final String overdueActivityId;
    private final String deadlineVariable;

    Phase(String label, String activityId, String overdueActivityId, String deadlineVariable) {
        this.label = label;
        this.activityId = activityId;
        this.overdueActivityId = overdueActivityId;
        this.deadlineVariable = deadlineVariable;
    }

    public String label() {
        return label;
    }

    public String activityId() {
        return activityId;
    }

    public String overdueActivityId() {
        return overdueActivityId;
    }

    public String deadlineVariable() {
        return deadlineVariable;
    }

    public static Optional<Phase> ofActivity(String activityId) {
        return Arrays.stream(values()).filter(p -> p.activityId.equals(activityId)).findFirst();
    }

    public static Optional<Phase> ofOverdueActivity(String activityId) {
        return Arrays.stream(values()).filter(p -> p.overdueActivityId.equals(activityId)).findFirst();
    }
}
