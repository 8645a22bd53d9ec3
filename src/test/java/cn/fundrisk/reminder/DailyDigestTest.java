package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The daily digest at each threshold (7, 1 and 0 working days before the due date, then daily while
 * overdue), one e-mail per recipient with all their tasks, Chinese subject and body, links to Tasklist;
 * the jobs run twice give one e-mail.
 */
class DailyDigestTest extends ReminderTestSupport {

    /** 2019 plan: deployment due 2019-04-30 (Tuesday) 23:59:59 Asia/Shanghai. */
    static final Instant SEVEN_WORKING_DAYS_BEFORE = Instant.parse("2019-04-19T00:30:00Z"); // Friday 08:30 +08
    static final Instant ONE_WORKING_DAY_BEFORE = Instant.parse("2019-04-29T00:30:00Z");
    static final Instant DUE_DAY = Instant.parse("2019-04-30T00:30:00Z");
    static final Instant OVERDUE_ONE_DAY = Instant.parse("2019-05-01T00:30:00Z");
    static final Instant NO_THRESHOLD = Instant.parse("2019-04-24T00:30:00Z"); // 4 working days before

    @Test
    void remindsAtEachThresholdOnceAndGroupsTasksPerRecipient() throws Exception {
        people("dd-ldj-staff", "unit-ldj", "dd-guichi-staff", "unit-guichi", "dd-office", "office",
                "dd-both", "unit-ldj", "dd-both", "unit-guichi");
        ProcessInstance campaignPi = start(request("提醒测试", 2019, "ldj,guichi"));
        approveWorkPlan(campaignPi.getId());
        Campaign campaign = campaignOf(campaignPi);
        String ldjPi = unit(campaign, "ldj").getProcessInstanceId();
        assertThat(outbox.newest(null, 10)).as("the plan-issued notices").extracting(OutboxRow::kind)
                .containsOnly("NOTICE").hasSize(6); // ldj, guichi: their staff (dd-both twice) and contact addresses
        jdbc.update("DELETE FROM outbox_message");

        setClock(NO_THRESHOLD);
        runDigestJob();
        assertThat(outbox.count("QUEUED")).as("no task at a threshold: no digest").isZero();

        setClock(SEVEN_WORKING_DAYS_BEFORE);
        runDigestJob();
        runDigestJob(); // a second run the same day adds nothing
        runSenderJob();
        runSenderJob();
        List<MimeMessage> staff = Smtp.to(mail("dd-ldj-staff"));
        assertThat(staff).hasSize(1);
        String subject = staff.get(0).getSubject();
        String text = Smtp.text(staff.get(0));
        assertThat(subject).startsWith("【池州市人力资源和社会保障局】待办提醒").contains("1 项待办即将到期");
        Task acknowledge = driver.one(ldjPi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        assertThat(text).contains("签收工作方案", "工作部署", "市劳动就业管理局", "2019-04-30", "还剩 7 个工作日",
                "https://fundrisk.example/camunda/app/tasklist/default/#/?task=" + acknowledge.getId());
        assertThat(text).doesNotContain("贵池区");
        assertThat(Smtp.html(staff.get(0))).contains("<td>签收工作方案：市劳动就业管理局</td>", "在任务列表中打开");
        assertThat(Smtp.to("ldj@fundrisk.example")).as("the unit's contact address").hasSize(1);
        assertThat(Smtp.to(mail("dd-guichi-staff"))).hasSize(1);
        assertThat(Smtp.to(mail("dd-office"))).as("the office has no task due").isEmpty();
        List<MimeMessage> both = Smtp.to(mail("dd-both"));
        assertThat(both).as("one digest with the tasks of both units").hasSize(1);
        assertThat(both.get(0).getSubject()).contains("2 项待办即将到期");
        assertThat(Smtp.text(both.get(0))).contains("1. 签收工作方案", "2. 签收工作方案", "市劳动就业管理局", "贵池区");

        // ldj acknowledges and drafts: two tasks (draft plan for staff, approve for the head)
        driver.submit(ldjPi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, "dd-ldj-staff",
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        Smtp.purge();
        setClock(ONE_WORKING_DAY_BEFORE);
        runDigestJob();
        runSenderJob();
        assertThat(Smtp.text(Smtp.to(mail("dd-ldj-staff")).get(0))).contains("本单位工作方案（第31项）",
                "还剩 1 个工作日");

        Smtp.purge();
        setClock(DUE_DAY);
        runDigestJob();
        runSenderJob();
        MimeMessage dueToday = Smtp.to(mail("dd-guichi-staff")).get(0);
        assertThat(dueToday.getSubject()).contains("其中 1 项今天到期");
        assertThat(Smtp.text(dueToday)).contains("签收工作方案", "2019-04-30 23:59", "今天 23:59 到期");

        Smtp.purge();
        setClock(OVERDUE_ONE_DAY);
        runDigestJob();
        runSenderJob();
        MimeMessage overdue = Smtp.to(mail("dd-guichi-staff")).get(0);
        assertThat(overdue.getSubject()).contains("其中 1 项已逾期");
        assertThat(Smtp.text(overdue)).contains("已逾期 1 个工作日");
        assertThat(Smtp.received()).extracting(m -> m.getAllRecipients()[0].toString())
                .as("one digest per recipient per day").doesNotHaveDuplicates();
    }

    /**
     * A deadline with a time of day (Monday 2019-05-06 18:21): the digest run two minutes after it
     * says 逾期 (subject and line), the time, never "0 个工作日"; the next morning, 1 个工作日.
     */
    @Test
    void aDeadlineWithATimeOfDayIsOverdueToTheMinute() throws Exception {
        people("dt-jjzj-staff", "unit-jjzj");
        setClock(Instant.parse("2019-05-01T01:00:00Z"));
        Map<String, Object> request = request("时刻截止测试", 2019, "jjzj");
        request.put("deploymentDeadline", "2019-05-06T18:21+08:00");
        ProcessInstance campaignPi = start(request);
        approveWorkPlan(campaignPi.getId());
        jdbc.update("DELETE FROM outbox_message");

        setClock(Instant.parse("2019-05-06T10:23:00Z")); // 18:23 +08, two minutes late
        runDigestJob();
        runSenderJob();
        MimeMessage late = Smtp.to(mail("dt-jjzj-staff")).get(0);
        assertThat(late.getSubject()).contains("1 项待办，其中 1 项已逾期");
        assertThat(Smtp.text(late)).contains("截止时间：2019-05-06 18:21", "已逾期（今天 18:21 到期）")
                .doesNotContain("个工作日");

        Smtp.purge();
        setClock(Instant.parse("2019-05-07T00:30:00Z"));
        runDigestJob();
        runSenderJob();
        assertThat(Smtp.text(Smtp.to(mail("dt-jjzj-staff")).get(0))).contains("已逾期 1 个工作日");
    }

    private void approveWorkPlan(String campaignPi) {
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案正文"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
    }
}
