package cn.fundrisk.process;

/** Process key and element ids of {@code bpmn/reminder-process.bpmn}: the daily digest (每日待办提醒). */
public final class ReminderProcess {

    public static final String KEY = "reminderProcess";
    public static final String RESOURCE = "bpmn/reminder-process.bpmn";

    public static final String START_DAILY_DIGEST = "StartEvent_DailyDigestDue";
    public static final String TASK_QUEUE_DAILY_DIGEST = "Task_QueueDailyDigest";
    public static final String END_DAILY_DIGEST_QUEUED = "EndEvent_DailyDigestQueued";

    private ReminderProcess() {
    }
}
