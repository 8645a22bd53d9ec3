package cn.fundrisk.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_QueueDailyDigest of reminderProcess: today's digests into the outbox, in the job's transaction. */
@Component
public class QueueDailyDigestDelegate implements JavaDelegate {

    private final DailyDigest digest;

    public QueueDailyDigestDelegate(DailyDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.queue();
    }
}
