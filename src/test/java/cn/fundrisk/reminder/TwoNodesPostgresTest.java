package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.fundrisk.FundRiskCampaignApplication;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.ReminderProcess;
import cn.fundrisk.support.TestIdentities;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes (two engines, both running the job executor and thus the sender) on one
 * embedded PostgreSQL, one SMTP server: the digest job run on both at once and again, and the sender
 * cycling every second on both: every e-mail arrives exactly once.
 */
class TwoNodesPostgresTest {

    static final int QUEUED_DIRECTLY = 20;
    static final int RECIPIENTS = 5;

    @Test
    void eachReminderIsDeliveredExactlyOnceByTwoNodes() throws Exception {
        Smtp.purge();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            List<ConfigurableApplicationContext> nodes = new ArrayList<>();
            try {
                nodes.add(node(url, "a"));
                nodes.add(node(url, "b"));
                ConfigurableApplicationContext a = nodes.get(0);
                ConfigurableApplicationContext b = nodes.get(1);

                openTasksDueTomorrow(a);
                Outbox outboxA = a.getBean(Outbox.class);
                for (int i = 0; i < QUEUED_DIRECTLY; i++) {
                    outboxA.queue(new OutboxMail("TWO-NODES|" + i, OutboxMail.Kind.NOTICE, "direct-" + i + "@fundrisk.example",
                            "通知" + i, "正文" + i, "<p>正文" + i + "</p>", null));
                }
                // the digest job, run on both nodes at once, then once more
                String digestJob = digestJob(a);
                CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> quietly(a, digestJob));
                CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> quietly(b, digestJob));
                CompletableFuture.allOf(onA, onB).get();
                quietly(b, digestJob(b));

                int expected = QUEUED_DIRECTLY + RECIPIENTS;
                long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
                while (outboxA.count("SENT") < expected && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                Thread.sleep(2500); // both senders keep cycling: nothing more may arrive
                assertThat(outboxA.count("SENT")).isEqualTo(expected);
                List<MimeMessage> received = Smtp.received();
                Map<String, Long> perRecipient = new java.util.HashMap<>();
                for (MimeMessage message : received) {
                    perRecipient.merge(message.getAllRecipients()[0].toString(), 1L, Long::sum);
                }
                assertThat(received).hasSize(expected);
                assertThat(perRecipient.values()).allMatch(n -> n == 1);
                for (int i = 1; i <= RECIPIENTS; i++) {
                    assertThat(perRecipient).containsKey("two-" + i + "@fundrisk.example");
                }
            } finally {
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private static ConfigurableApplicationContext node(String url, String name) {
        return new SpringApplicationBuilder(FundRiskCampaignApplication.class).profiles("test").run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=500",
                "--fundrisk.reminders.sender-cycle=R/PT1S",
                "--fundrisk.reminders.digest-on-working-days-only=false", // whatever day the test runs
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Smtp.port(),
                "--camunda.bpm.webapp.enabled=false", // the engine, REST and job executor are what counts here
                "--spring.application.name=node-" + name);
    }

    /** A task per user, due on the next working day, in a group of five users with e-mail addresses. */
    private static void openTasksDueTomorrow(ConfigurableApplicationContext node) {
        IdentityService identity = node.getBean(IdentityService.class);
        TestIdentities people = new TestIdentities(identity, "pw-two-nodes");
        people.group("unit-twonodes");
        ReminderSchedule schedule = node.getBean(ReminderSchedule.class);
        LocalDate due = schedule.calendar().plusWorkingDays(schedule.today(), 1);
        TaskService tasks = node.getBean(TaskService.class);
        for (int i = 1; i <= RECIPIENTS; i++) {
            people.user("two-" + i, "unit-twonodes");
            Task task = tasks.newTask();
            task.setName("双节点测试任务" + i);
            task.setDueDate(Date.from(due.atTime(18, 0).atZone(Clock.ZONE).toInstant()));
            tasks.saveTask(task);
            tasks.addCandidateUser(task.getId(), "two-" + i);
            tasks.setAssignee(task.getId(), "two-" + i);
        }
    }

    private static String digestJob(ConfigurableApplicationContext node) {
        return node.getBean(ManagementService.class).createJobQuery().processDefinitionKey(ReminderProcess.KEY)
                .activityId(ReminderProcess.START_DAILY_DIGEST).singleResult().getId();
    }

    /** Runs the job; the loser of a race gets the engine's optimistic-locking failure, as in production. */
    private static void quietly(ConfigurableApplicationContext node, String jobId) {
        try {
            node.getBean(ManagementService.class).executeJob(jobId);
        } catch (RuntimeException e) {
            // another node ran it (or is running it): the unique cause key keeps the digest single
            System.err.println("digest job on " + node.getEnvironment().getProperty("spring.application.name") + ": " + e);
        }
    }

}
