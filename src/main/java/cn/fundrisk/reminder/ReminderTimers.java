package cn.fundrisk.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.OutboxSenderProcess;
import cn.fundrisk.process.ReminderProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A changed digest time or sender cycle applies without a redeployment. The engine evaluates a
 * timer cycle's expression again when the timer fires ({@code reevaluateTimeCycleWhenDue}), which
 * sets the runs after the next one; at start this moves the next one itself: the digest's timer to
 * the next digest time, the sender's to at most one new cycle from now. Every node does it at
 * start; the result is the same whichever does.
 */
@Component
public class ReminderTimers {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderTimers.class);

    private final ManagementService managementService;
    private final ReminderProperties properties;

    public ReminderTimers(ManagementService managementService, ReminderProperties properties) {
        this.managementService = managementService;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void follow() {
        Instant now = Clock.now();
        for (Job job : timers(ReminderProcess.KEY, ReminderProcess.START_DAILY_DIGEST)) {
            move(job, nextDigest(now), "daily digest");
        }
        Instant nextSend = now.plus(senderPeriod());
        for (Job job : timers(OutboxSenderProcess.KEY, OutboxSenderProcess.START_OUTBOX_SEND)) {
            if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(nextSend)) {
                move(job, nextSend, "outbox sender");
            }
        }
    }

    /** The next digest time (Asia/Shanghai) after the instant. */
    Instant nextDigest(Instant now) {
        ZonedDateTime today = now.atZone(Clock.ZONE).toLocalDate().atTime(properties.getDigestTime()).atZone(Clock.ZONE);
        return today.toInstant().isAfter(now) ? today.toInstant() : today.plusDays(1).toInstant();
    }

    /** The period of sender-cycle, R/PT10S or R/&lt;start&gt;/PT10S. */
    Duration senderPeriod() {
        String cycle = properties.getSenderCycle();
        return Duration.parse(cycle.substring(cycle.lastIndexOf('/') + 1));
    }

    private java.util.List<Job> timers(String processKey, String startEventId) {
        return managementService.createJobQuery().processDefinitionKey(processKey).activityId(startEventId).timers()
                .list();
    }

    private void move(Job job, Instant due, String what) {
        if (job.getDuedate() == null || !job.getDuedate().toInstant().equals(due)) {
            LOG.info("The {}'s next run moves from {} to {} (changed setting)", what, job.getDuedate(), due);
            managementService.setJobDuedate(job.getId(), Date.from(due));
        }
    }
}
