package cn.fundrisk.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendOutbox of reminderProcess: sends the e-mails that are due (see {@link OutboxSender}). */
@Component
public class SendOutboxDelegate implements JavaDelegate {

    private final OutboxSender sender;

    public SendOutboxDelegate(OutboxSender sender) {
        this.sender = sender;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sender.sendDue();
    }
}
