package cn.fundrisk.process;

/** Process key, element ids and variable names of {@code bpmn/unit-campaign-process.bpmn}. */
public final class UnitCampaignProcess {

    public static final String KEY = "unitCampaignProcess";
    public static final String RESOURCE = "bpmn/unit-campaign-process.bpmn";

    public static final String START_EVENT = "StartEvent_UnitCampaignStarted";
    public static final String TASK_START_UNIT_CAMPAIGN = "Task_StartUnitCampaign";
    /** Starts the unit's {@link UnitFollowUpProcess} (item 6's monthly audit, long-term problems). */
    public static final String TASK_START_FOLLOW_UP = "Task_StartFollowUp";

    // 部署 deployment (unit side)
    public static final String SUBPROCESS_DEPLOYMENT = "SubProcess_UnitDeployment";
    public static final String TASK_ACKNOWLEDGE_PLAN = "Task_AcknowledgePlan";
    /** Item 31 (the unit's own plan) applies to the unit's kind? The 信息中心 has none to write. */
    public static final String GATEWAY_UNIT_PLAN_REQUIRED = "Gateway_UnitPlanRequired";
    public static final String END_UNIT_PLAN_NOT_REQUIRED = "EndEvent_UnitPlanNotRequired";
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

    // 问题整改 rectification: problems due after the campaign go to the follow-up first
    public static final String TASK_HAND_OVER_LONG_TERM_PROBLEMS = "Task_HandOverLongTermProblems";
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
    /** 销号: the office closes a verified problem off, or returns it. */
    public static final String TASK_CLOSE_OFF_PROBLEM = "Task_CloseOffProblem";
    public static final String GATEWAY_PROBLEM_CLOSED_OFF = "Gateway_ProblemClosedOff";
    public static final String FLOW_CLOSE_OFF_RETURNED = "SequenceFlow_CloseOffReturned";
    public static final String END_PROBLEM_RECTIFIED = "EndEvent_ProblemRectified";
    public static final String TIMER_RECTIFICATION_DEADLINE = "BoundaryEvent_RectificationDeadline";
    public static final String TASK_RECORD_RECTIFICATION_OVERDUE = "Task_RecordRectificationOverdue";
    public static final String END_RECTIFICATION_OVERDUE = "EndEvent_RectificationOverdue";
    public static final String GATEWAY_RECTIFICATION_JOIN = "Gateway_RectificationDone";
    // the staffing table's filing (附件2 备案, item 3), in parallel with the problems
    public static final String GATEWAY_STAFFING_FILING_REQUIRED = "Gateway_StaffingFilingRequired";
    public static final String FLOW_STAFFING_FILING_NOT_REQUIRED = "SequenceFlow_StaffingFilingNotRequired";
    public static final String TASK_FILE_STAFFING_TABLE = "Task_FileStaffingTable";
    public static final String TASK_RECEIVE_STAFFING_FILING = "Task_ReceiveStaffingFiling";
    public static final String GATEWAY_STAFFING_FILING_RECEIVED = "Gateway_StaffingFilingReceived";
    public static final String FLOW_STAFFING_FILING_RETURNED = "SequenceFlow_StaffingFilingReturned";
    public static final String GATEWAY_RECTIFICATION_PARALLEL_JOIN = "Gateway_RectificationJoin";

    // 汇总上报 summary report
    public static final String SUBPROCESS_SUMMARY = "SubProcess_SummaryReport";
    public static final String TASK_WRITE_SUMMARY_REPORT = "Task_WriteSummaryReport";
    public static final String TASK_APPROVE_SUMMARY_REPORT = "Task_ApproveSummaryReport";
    public static final String GATEWAY_SUMMARY_APPROVED = "Gateway_SummaryReportApproved";
    public static final String FLOW_SUMMARY_RETURNED = "SequenceFlow_SummaryReportReturned";
    /** 签收: the office receives the head-approved report; accepting ends the summary phase. */
    public static final String TASK_RECEIVE_SUMMARY_REPORT = "Task_ReceiveSummaryReport";
    public static final String GATEWAY_SUMMARY_RECEIVED = "Gateway_SummaryReportReceived";
    public static final String FLOW_SUMMARY_RECEIPT_RETURNED = "SequenceFlow_SummaryReportReceiptReturned";
    public static final String END_SUMMARY_RECEIVED = "EndEvent_SummaryReportSubmitted";
    /** Scoring waits for the evaluation phase: the county-inspection deadline (7月底) has passed. */
    public static final String TIMER_EVALUATION_OPENS = "IntermediateCatchEvent_EvaluationOpens";
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

    /** 问责研判: after the unit's evaluation, the office records its accountability decisions, or none. */
    public static final String TASK_DECIDE_ACCOUNTABILITY = "Task_DecideAccountability";

    public static final String GATEWAY_UNIT_JOIN = "Gateway_UnitWorkDone";
    public static final String END_UNIT_DONE = "EndEvent_UnitDone";

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
    public static final String VAR_PROBLEM_ID = "problemId";  // MI element of SubProcess_RectifyProblem

    private UnitCampaignProcess() {
    }
}
