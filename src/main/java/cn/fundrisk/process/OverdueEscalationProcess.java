package cn.fundrisk.process;

/**
 * Process key, element ids and variable names of {@code bpmn/overdue-escalation-process.bpmn}: a
 * phase (or the office's own step) overdue, whoever holds the work told on day 1, their supervisors
 * on day 3 with a 督办 task, again from a new target date; ends as soon as the phase is completed.
 */
public final class OverdueEscalationProcess {

    public static final String KEY = "overdueEscalationProcess";
    public static final String RESOURCE = "bpmn/overdue-escalation-process.bpmn";

    public static final String START_EVENT = "StartEvent_PhaseOverdue";
    public static final String SUBPROCESS_ESCALATION = "SubProcess_Escalation";
    public static final String TIMER_HEAD_DAY = "IntermediateCatchEvent_HeadDay";
    public static final String TASK_NOTIFY_UNIT_HEAD = "Task_NotifyUnitHead";
    public static final String TIMER_OFFICE_DAY = "IntermediateCatchEvent_OfficeDay";
    public static final String TASK_NOTIFY_OFFICE = "Task_NotifyOffice";
    public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String GATEWAY_NEW_TARGET_DATE = "Gateway_NewTargetDate";
    public static final String FLOW_NEW_TARGET_DATE = "SequenceFlow_NewTargetDateToMerge";
    public static final String GATEWAY_ESCALATION_MERGE = "Gateway_EscalationMerge";
    public static final String END_SUPERVISED = "EndEvent_Supervised";
    public static final String END_ESCALATION_DONE = "EndEvent_EscalationDone";
    public static final String BOUNDARY_PHASE_COMPLETED = "BoundaryEvent_PhaseCompleted";
    public static final String END_PHASE_COMPLETED_LATE = "EndEvent_PhaseCompletedLate";

    /** Correlated by TrackPhaseListener when a phase ends (by business key and {@link #VAR_PHASE}). */
    public static final String MESSAGE_PHASE_COMPLETED = "phaseCompleted";

    public static final String VAR_CAMPAIGN_UNIT_ID = CampaignProcess.VAR_CAMPAIGN_UNIT_ID;
    public static final String VAR_UNIT_CODE = UnitCampaignProcess.VAR_UNIT_CODE;
    /** The phase's name (campaign.Phase). */
    public static final String VAR_PHASE = "phase";
    /** The phase's deadline (java.util.Date). */
    public static final String VAR_DEADLINE = "deadline";

    private OverdueEscalationProcess() {
    }
}
