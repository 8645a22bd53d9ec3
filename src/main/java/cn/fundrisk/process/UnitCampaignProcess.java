package cn.fundrisk.process;

/** Process key, element ids and variable names of {@code bpmn/unit-campaign-process.bpmn}. */
public final class UnitCampaignProcess {

    public static final String KEY = "unitCampaignProcess";
    public static final String RESOURCE = "bpmn/unit-campaign-process.bpmn";

    public static final String START_EVENT = "StartEvent_UnitCampaignStarted";
    public static final String TASK_START_UNIT_CAMPAIGN = "Task_StartUnitCampaign";

    // 部署 deployment (unit side)
    public static final String SUBPROCESS_DEPLOYMENT = "SubProcess_UnitDeployment";
    public static final String TASK_ACKNOWLEDGE_PLAN = "Task_AcknowledgePlan";
    public static final String TASK_DRAFT_UNIT_PLAN = "Task_DraftUnitPlan";
    public static final String TASK_APPROVE_UNIT_PLAN = "Task_ApproveUnitPlan";
    public static final String GATEWAY_UNIT_PLAN_APPROVED = "Gateway_UnitPlanApproved";
    public static final String FLOW_UNIT_PLAN_RETURNED = "SequenceFlow_UnitPlanReturned";
    public static final String TIMER_DEPLOYMENT_DEADLINE = "BoundaryEvent_DeploymentDeadline";
    public static final String TASK_RECORD_DEPLOYMENT_OVERDUE = "Task_RecordDeploymentOverdue";
    public static final String END_DEPLOYMENT_OVERDUE = "EndEvent_DeploymentOverdue";

    // 问题排查 self-inspection
    public static final String SUBPROCESS_SELF_INSPECTION = "SubProcess_SelfInspection";
    public static final String GATEWAY_SELF_INSPECTION_MERGE = "Gateway_SelfInspectionMerge";
    public static final String SUBPROCESS_INSPECT_ITEMS = "SubProcess_InspectItems";
    public static final String TASK_SELF_INSPECT_ITEM = "Task_SelfInspectItem";
    public static final String TASK_WRITE_SELF_INSPECTION_REPORT = "Task_WriteSelfInspectionReport";
    public static final String TASK_REVIEW_SELF_INSPECTION = "Task_ReviewSelfInspection";
    public static final String GATEWAY_SELF_INSPECTION_APPROVED = "Gateway_SelfInspectionApproved";
    public static final String FLOW_SELF_INSPECTION_RETURNED = "SequenceFlow_SelfInspectionReturned";
    public static final String TIMER_SELF_INSPECTION_DEADLINE = "BoundaryEvent_SelfInspectionDeadline";
    public static final String TASK_RECORD_SELF_INSPECTION_OVERDUE = "Task_RecordSelfInspectionOverdue";
    public static final String END_SELF_INSPECTION_OVERDUE = "EndEvent_SelfInspectionOverdue";

    public static final String GATEWAY_FORK_AFTER_SELF_INSPECTION = "Gateway_AfterSelfInspection";

    // 问题整改 rectification
    public static final String GATEWAY_PROBLEMS_FOUND = "Gateway_ProblemsFound";
    public static final String FLOW_NO_PROBLEMS = "SequenceFlow_NoProblems";
    public static final String SUBPROCESS_RECTIFICATION = "SubProcess_Rectification";
    public static final String SUBPROCESS_RECTIFY_PROBLEM = "SubProcess_RectifyProblem"; // MI over problems
    public static final String TASK_RECTIFY_PROBLEM = "Task_RectifyProblem";
    public static final String GATEWAY_COORDINATION_NEEDED = "Gateway_CoordinationNeeded";
    public static final String TASK_COORDINATE_PROBLEM = "Task_CoordinateProblem";
    public static final String TASK_VERIFY_RECTIFICATION = "Task_VerifyRectification";
    public static final String GATEWAY_RECTIFICATION_VERIFIED = "Gateway_RectificationVerified";
    public static final String FLOW_RECTIFICATION_REJECTED = "SequenceFlow_RectificationRejected";
    public static final String TIMER_RECTIFICATION_DEADLINE = "BoundaryEvent_RectificationDeadline";
    public static final String TASK_RECORD_RECTIFICATION_OVERDUE = "Task_RecordRectificationOverdue";
    public static final String END_RECTIFICATION_OVERDUE = "EndEvent_RectificationOverdue";
    public static final String GATEWAY_RECTIFICATION_JOIN = "Gateway_RectificationDone";

    // 汇总上报 summary report
    public static final String SUBPROCESS_SUMMARY = "SubProcess_SummaryReport";
    public static final String TASK_WRITE_SUMMARY_REPORT = "Task_WriteSummaryReport";
    public static final String TASK_APPROVE_SUMMARY_REPORT = "Task_ApproveSummaryReport";
    public static final String GATEWAY_SUMMARY_APPROVED = "Gateway_SummaryReportApproved";
    public static final String FLOW_SUMMARY_RETURNED = "SequenceFlow_SummaryReportReturned";
    public static final String TIMER_SUMMARY_DEADLINE = "BoundaryEvent_SummaryReportDeadline";
    public static final String TASK_RECORD_SUMMARY_OVERDUE = "Task_RecordSummaryReportOverdue";
    public static final String END_SUMMARY_OVERDUE = "EndEvent_SummaryReportOverdue";

    // 检查评估 county inspection (county-level units only)
    public static final String GATEWAY_COUNTY_UNIT = "Gateway_CountyUnit";
    public static final String FLOW_NOT_COUNTY = "SequenceFlow_NotCountyUnit";
    public static final String TASK_INSPECT_COUNTY = "Task_InspectCounty";
    public static final String TIMER_COUNTY_INSPECTION_DEADLINE = "BoundaryEvent_CountyInspectionDeadline";
    public static final String TASK_RECORD_COUNTY_INSPECTION_OVERDUE = "Task_RecordCountyInspectionOverdue";
    public static final String END_COUNTY_INSPECTION_OVERDUE = "EndEvent_CountyInspectionOverdue";
    public static final String GATEWAY_COUNTY_JOIN = "Gateway_CountyInspectionDone";

    // 检查评估 evaluation: inspector scores, second inspector reviews
    public static final String SUBPROCESS_EVALUATION = "SubProcess_Evaluation";
    public static final String TASK_SCORE_UNIT = "Task_ScoreUnit";
    public static final String TASK_REVIEW_SCORE_SHEET = "Task_ReviewScoreSheet";
    public static final String GATEWAY_SCORE_SHEET_APPROVED = "Gateway_ScoreSheetApproved";
    public static final String FLOW_SCORE_SHEET_RETURNED = "SequenceFlow_ScoreSheetReturned";
    public static final String TIMER_EVALUATION_DEADLINE = "BoundaryEvent_EvaluationDeadline";
    public static final String TASK_RECORD_EVALUATION_OVERDUE = "Task_RecordEvaluationOverdue";
    public static final String END_EVALUATION_OVERDUE = "EndEvent_EvaluationOverdue";

    public static final String GATEWAY_UNIT_JOIN = "Gateway_UnitWorkDone";
    public static final String END_UNIT_DONE = "EndEvent_UnitDone";

    // item 6, monthly (event sub-process with a timer cycle)
    public static final String SUBPROCESS_MONTHLY_AUDIT = "SubProcess_MonthlyAudit";
    public static final String START_MONTHLY_AUDIT_DUE = "StartEvent_MonthlyAuditDue";
    public static final String TASK_REPORT_MONTHLY_AUDIT = "Task_ReportMonthlyAudit";
    public static final String END_MONTHLY_AUDIT_REPORTED = "EndEvent_MonthlyAuditReported";

    // each phase's overdue path also forks to a call of overdueEscalationProcess (催办, 督办)
    public static final String GATEWAY_DEPLOYMENT_OVERDUE_FORK = "Gateway_DeploymentOverdueFork";
    public static final String CALL_DEPLOYMENT_ESCALATION = "CallActivity_DeploymentEscalation";
    public static final String END_DEPLOYMENT_ESCALATION = "EndEvent_DeploymentEscalationEnded";
    public static final String CALL_SELF_INSPECTION_ESCALATION = "CallActivity_SelfInspectionEscalation";
    public static final String CALL_RECTIFICATION_ESCALATION = "CallActivity_RectificationEscalation";
    public static final String CALL_SUMMARY_ESCALATION = "CallActivity_SummaryReportEscalation";
    public static final String CALL_COUNTY_INSPECTION_ESCALATION = "CallActivity_CountyInspectionEscalation";
    public static final String CALL_EVALUATION_ESCALATION = "CallActivity_EvaluationEscalation";

    /** Escalation code thrown by every phase-overdue path; the parent catches it. */
    public static final String ESCALATION_CODE_PHASE_OVERDUE = "PHASE_OVERDUE";

    // variables
    public static final String VAR_CAMPAIGN_ID = CampaignProcess.VAR_CAMPAIGN_ID;
    public static final String VAR_CAMPAIGN_UNIT_ID = CampaignProcess.VAR_CAMPAIGN_UNIT_ID;
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_COUNTY_UNIT = "countyUnit";
    public static final String VAR_ITEM_NO = "itemNo";        // MI element of SubProcess_InspectItems
    public static final String VAR_PROBLEM_ID = "problemId";  // MI element of SubProcess_Rectification

    private UnitCampaignProcess() {
    }
}
