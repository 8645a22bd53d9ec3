package cn.fundrisk.process;

/** Process key, element ids and variable names of {@code bpmn/campaign-process.bpmn}. */
public final class CampaignProcess {

    public static final String KEY = "campaignProcess";
    public static final String RESOURCE = "bpmn/campaign-process.bpmn";

    // elements
    public static final String START_EVENT = "StartEvent_CampaignRequested";
    public static final String TASK_REGISTER_CAMPAIGN = "Task_RegisterCampaign";
    public static final String SUBPROCESS_WORK_PLAN = "SubProcess_WorkPlan";
    public static final String TASK_DRAFT_WORK_PLAN = "Task_DraftWorkPlan";
    public static final String TASK_APPROVE_WORK_PLAN = "Task_ApproveWorkPlan";
    public static final String GATEWAY_WORK_PLAN_APPROVED = "Gateway_WorkPlanApproved";
    public static final String FLOW_WORK_PLAN_RETURNED = "SequenceFlow_WorkPlanReturned";
    public static final String TASK_ISSUE_WORK_PLAN = "Task_IssueWorkPlan";
    public static final String TIMER_WORK_PLAN_DEADLINE = "BoundaryEvent_WorkPlanDeadline";
    public static final String TASK_RECORD_WORK_PLAN_OVERDUE = "Task_RecordWorkPlanOverdue";
    /** The work plan late: the leaders are told and supervise (overdueEscalationProcess). */
    public static final String CALL_WORK_PLAN_ESCALATION = "CallActivity_WorkPlanEscalation";
    /**
     * Multi-instance over the campaign's units, asynchronous twice: the body (a job after the work
     * plan is issued) and each unit's start (a job per unit, non-exclusive, its own transaction), so
     * a large launch shows progress, runs on every job executor thread and resumes where it failed.
     */
    public static final String CALL_UNIT_CAMPAIGNS = "CallActivity_UnitCampaigns";
    /** The multi-instance body of {@link #CALL_UNIT_CAMPAIGNS}: where the campaign waits for its body's job. */
    public static final String CALL_UNIT_CAMPAIGNS_BODY = CALL_UNIT_CAMPAIGNS + "#multiInstanceBody";
    public static final String ESCALATION_UNIT_OVERDUE = "BoundaryEvent_UnitPhaseOverdue";
    public static final String END_OVERDUE_NOTED = "EndEvent_UnitOverdueNoted";
    public static final String TASK_RANK_UNITS = "Task_RankUnits";
    public static final String SUBPROCESS_RESULTS = "SubProcess_Results";
    public static final String TASK_COMPILE_RESULTS = "Task_CompileResults";
    public static final String TASK_APPROVE_RESULTS = "Task_ApproveResults";
    public static final String GATEWAY_RESULTS_APPROVED = "Gateway_ResultsApproved";
    public static final String FLOW_RESULTS_RETURNED = "SequenceFlow_ResultsReturned";
    public static final String TIMER_RESULTS_DEADLINE = "BoundaryEvent_ResultsDeadline";
    public static final String TASK_RECORD_RESULTS_OVERDUE = "Task_RecordResultsOverdue";
    public static final String CALL_RESULTS_ESCALATION = "CallActivity_ResultsEscalation";
    public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String END_CAMPAIGN_CLOSED = "EndEvent_CampaignClosed";

    // variables (few and primitive; the tables hold the truth)
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    public static final String VAR_CAMPAIGN_UNIT_ID = "campaignUnitId"; // MI element
    /** Start-form / REST request fields, read once by Task_RegisterCampaign. */
    public static final String VAR_CAMPAIGN_NAME = "campaignName";
    public static final String VAR_CAMPAIGN_YEAR = "campaignYear";
    public static final String VAR_UNIT_CODES = "unitCodes";
    public static final String VAR_MONTHLY_AUDIT_INTERVAL = "monthlyAuditInterval";

    private CampaignProcess() {
    }
}
