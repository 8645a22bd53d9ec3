package cn.fundrisk.process;

/**
 * Process key, element ids, messages and variable names of {@code bpmn/unit-follow-up-process.bpmn}: a unit's
 * long-term follow-up (长期事项跟踪), one instance per unit (business key = {@code campaign_unit.id}), started
 * with the unit's campaign and running on after it until the office ends it. It carries item 6's monthly
 * internal-control audit (报送, then 基金监督 review) for the units item 6 applies to, and the rectification of
 * problems due after the campaign (e.g. item 19, 12月底前), handed over by the unit's process.
 */
public final class UnitFollowUpProcess {

    public static final String KEY = "unitFollowUpProcess";
    public static final String RESOURCE = "bpmn/unit-follow-up-process.bpmn";

    public static final String START_EVENT = "StartEvent_FollowUpStarted";
    public static final String CATCH_FOLLOW_UP_ENDED = "IntermediateCatchEvent_FollowUpEnded";
    public static final String END_FOLLOW_UP_ENDED = "EndEvent_FollowUpEnded";

    // item 6: the monthly audit, each month on the 1st for the month before
    public static final String GATEWAY_MONTHLY_AUDIT_APPLIES = "Gateway_MonthlyAuditApplies";
    public static final String END_NO_MONTHLY_AUDIT = "EndEvent_NoMonthlyAudit";
    public static final String TIMER_MONTHLY_AUDIT_DUE = "IntermediateCatchEvent_MonthlyAuditDue";
    public static final String SUBPROCESS_MONTHLY_AUDIT_REPORT = "SubProcess_MonthlyAuditReport";
    public static final String TASK_REPORT_MONTHLY_AUDIT = "Task_ReportMonthlyAudit";
    public static final String TASK_REVIEW_MONTHLY_AUDIT = "Task_ReviewMonthlyAudit";
    public static final String GATEWAY_MONTHLY_AUDIT_ACCEPTED = "Gateway_MonthlyAuditAccepted";
    public static final String FLOW_MONTHLY_AUDIT_RETURNED = "SequenceFlow_MonthlyAuditReturned";
    public static final String END_MONTHLY_AUDIT_ACCEPTED = "EndEvent_MonthlyAuditAccepted";

    // problems due after the campaign: the same steps and task keys as in unitCampaignProcess
    public static final String SUBPROCESS_LONG_TERM_RECTIFICATION = "SubProcess_LongTermRectification";
    public static final String START_LONG_TERM_PROBLEM = "StartEvent_LongTermProblemHandedOver";
    public static final String END_LONG_TERM_PROBLEM_CLOSED_OFF = "EndEvent_LongTermProblemClosedOff";

    /** Message names (the model's Message_FollowUpEnded and Message_LongTermProblem). */
    public static final String MESSAGE_FOLLOW_UP_ENDED = "followUpEnded";
    public static final String MESSAGE_LONG_TERM_PROBLEM = "longTermProblemHandedOver";

    // variables, set by our code when it starts the instance (from the campaign unit's row)
    public static final String VAR_CAMPAIGN_ID = CampaignProcess.VAR_CAMPAIGN_ID;
    public static final String VAR_CAMPAIGN_UNIT_ID = CampaignProcess.VAR_CAMPAIGN_UNIT_ID;
    public static final String VAR_UNIT_CODE = UnitCampaignProcess.VAR_UNIT_CODE;
    /** Local to each long-term problem's event sub-process, set by the hand-over. */
    public static final String VAR_PROBLEM_ID = UnitCampaignProcess.VAR_PROBLEM_ID;

    private UnitFollowUpProcess() {
    }
}
