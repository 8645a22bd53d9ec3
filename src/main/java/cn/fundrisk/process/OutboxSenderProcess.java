package cn.fundrisk.process;

/** Process key and element ids of {@code bpmn/outbox-sender-process.bpmn}: the outbox sender's cycle. */
public final class OutboxSenderProcess {

    public static final String KEY = "outboxSenderProcess";
    public static final String RESOURCE = "bpmn/outbox-sender-process.bpmn";

    public static final String START_OUTBOX_SEND = "StartEvent_OutboxSendDue";
    public static final String TASK_SEND_OUTBOX = "Task_SendOutbox";
    public static final String END_OUTBOX_SENT = "EndEvent_OutboxSent";

    private OutboxSenderProcess() {
    }
}
