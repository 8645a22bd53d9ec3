package cn.fundrisk.reminder;

import java.util.List;

import cn.fundrisk.process.OutboxSenderProcess;
import cn.fundrisk.process.ProcessTestSupport;
import cn.fundrisk.process.ReminderProcess;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reminder tests: the real models and delegates on their own in-memory H2, SMTP to GreenMail,
 * the job executor off (the digest and sender jobs are run through the job API, the engine clock moved).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-reminders;DB_CLOSE_DELAY=-1")
public abstract class ReminderTestSupport extends ProcessTestSupport {

    protected static final String PASSWORD = "pw-reminders";

    @Autowired protected Outbox outbox;
    @Autowired protected JdbcTemplate jdbc;
    @LocalServerPort protected int port;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", Smtp::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("fundrisk.reminders.base-url", () -> "https://fundrisk.example");
    }

    @BeforeEach
    void emptyOutboxAndMailboxes() throws Exception {
        jdbc.update("DELETE FROM outbox_message");
        Smtp.purge();
    }

    /** Users with e-mail addresses (TestIdentities gives id@fundrisk.example) in the groups. */
    protected void people(String... userAndGroup) {
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (int i = 0; i < userAndGroup.length; i += 2) {
            identities.group(userAndGroup[i + 1]);
            identities.user(userAndGroup[i], userAndGroup[i + 1]);
        }
    }

    protected void runDigestJob() {
        managementService.executeJob(job(ReminderProcess.KEY, ReminderProcess.START_DAILY_DIGEST).getId());
    }

    /** The sender's timer, then the sending step it starts (asynchronous, a job of its own). */
    protected void runSenderJob() {
        managementService.executeJob(job(OutboxSenderProcess.KEY, OutboxSenderProcess.START_OUTBOX_SEND).getId());
        for (Job send : managementService.createJobQuery().processDefinitionKey(OutboxSenderProcess.KEY)
                .activityId(OutboxSenderProcess.TASK_SEND_OUTBOX).list()) {
            managementService.executeJob(send.getId());
        }
    }

    protected Job job(String processKey, String startEventId) {
        List<Job> jobs = managementService.createJobQuery().processDefinitionKey(processKey)
                .activityId(startEventId).list();
        if (jobs.size() != 1) {
            throw new IllegalStateException("expected one timer job at " + startEventId + ", found " + jobs.size());
        }
        return jobs.get(0);
    }

    protected static String mail(String userId) {
        return userId + "@fundrisk.example";
    }
}
