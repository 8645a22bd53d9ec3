package cn.fundrisk.process;

import static cn.fundrisk.process.UnitFollowUpProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.followup.FollowUps;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Item 6 (每月对上月业务核查，报基金监督部门) in the unit's long-term follow-up: on the 1st of each month
 * the unit reports the month before, the fund-supervision reviewers accept or return it, and it goes on
 * after the campaign until the office ends it.
 */
class MonthlyAuditTest extends ProcessTestSupport {

    static final String SUPERVISOR = "supervisor-a";

    @Autowired UnitReports reports;
    @Autowired FollowUps followUps;

    private ProcessInstance followUpOf(CampaignUnit unit) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(unit.getId().toString()).singleResult();
    }

    private Job monthlyTimer(ProcessInstance followUp) {
        return managementService.createJobQuery().processInstanceId(followUp.getId()).activityId(TIMER_MONTHLY_AUDIT_DUE)
                .singleResult();
    }

    private Task one(CampaignUnit unit, String taskKey) {
        List<Task> tasks = driver.openInFollowUp(unit.getId(), taskKey);
        assertThat(tasks).as(taskKey).hasSize(1);
        return tasks.get(0);
    }

    @Test
    void onTheFirstOfEachMonthTheUnitReportsTheMonthBeforeAndFundSupervisionReviewsIt() {
        ProcessInstance campaignPi = start(request("月报", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        ProcessInstance followUp = followUpOf(ldj);
        assertThat(followUp).as("started with the unit's campaign").isNotNull()
                .hasPassed(GATEWAY_MONTHLY_AUDIT_APPLIES).isWaitingAt(TIMER_MONTHLY_AUDIT_DUE, CATCH_FOLLOW_UP_ENDED);
        assertThat(monthlyTimer(followUp).getDuedate().toInstant()).as("1 May, 09:00 in Chizhou")
                .isEqualTo(Instant.parse("2019-05-01T01:00:00Z"));

        setClock(Instant.parse("2019-05-01T01:00:05Z"));
        managementService.executeJob(monthlyTimer(followUp).getId());
        Task report = one(ldj, TASK_REPORT_MONTHLY_AUDIT);
        assertThat(report.getName()).isEqualTo("内控稽核月报：2019-04（市劳动就业管理局）");
        assertThat(taskService.getVariable(report.getId(), "period")).as("the audited month").isEqualTo("2019-04");
        assertThat(taskService.getIdentityLinksForTask(report.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("unit-ldj");
        assertThat(monthlyTimer(followUp).getDuedate().toInstant()).isEqualTo(Instant.parse("2019-06-01T01:00:00Z"));

        assertThat(driver.variable(report, TaskLabels.ITEM)).as("the digest's 事项: the item and the month audited")
                .isEqualTo("第6项（2019-04）");
        assertThatThrownBy(() -> driver.submit(report, staff("ldj"),
                Map.of("sampledCount", -3, "issuesFound", 0, "auditSummary", "x")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("抽查业务笔数不能为负数");
        driver.submit(report, staff("ldj"), Map.of("sampledCount", 120, "issuesFound", 2, "auditSummary", "抽查120笔，发现2笔资料不全"));

        Task review = one(ldj, TASK_REVIEW_MONTHLY_AUDIT);
        assertThat(review.getName()).isEqualTo("审核内控稽核月报：市劳动就业管理局 2019-04");
        assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("fund-supervision");
        assertThat((String) taskService.getVariable(review.getId(), "reviewContent"))
                .contains("稽核月份：2019-04", "抽查业务笔数：120", "发现问题数：2");
        assertThatThrownBy(() -> driver.submit(review, SUPERVISOR, Map.of(TaskForm.DECISION, TaskForm.RETURN)))
                .isInstanceOf(InputRejectedException.class).hasMessage("退回时请填写审核说明，告知需要修改的内容");
        driver.submit(review, SUPERVISOR, Scenario.returned("请附抽查清单"));

        Task again = one(ldj, TASK_REPORT_MONTHLY_AUDIT);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("基金监督部门退回：请附抽查清单");
        assertThat(taskService.getVariable(again.getId(), "period")).isEqualTo("2019-04");
        driver.submit(again, staff("ldj"), Map.of("sampledCount", 120, "issuesFound", 2, "auditSummary", "附抽查清单"));
        driver.submit(one(ldj, TASK_REVIEW_MONTHLY_AUDIT), SUPERVISOR, Scenario.approve());

        assertThat(followUp).hasPassed(END_MONTHLY_AUDIT_ACCEPTED).isWaitingAt(TIMER_MONTHLY_AUDIT_DUE, CATCH_FOLLOW_UP_ENDED);
        UnitReport accepted = reports.findByCampaignUnitIdAndKindAndPeriod(ldj.getId(), UnitReport.Kind.MONTHLY_AUDIT,
                "2019-04").orElseThrow();
        assertThat(accepted.getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(accepted.isReceived()).isTrue();
        assertThat(accepted.getReceivedBy()).isEqualTo(SUPERVISOR);
        assertThat(accepted.getBody()).contains("附抽查清单");
        assertThat(unitInstance(ldj)).as("the unit's own work is apart").isWaitingAt(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
    }

    @Test
    void itGoesOnAfterTheCampaignUntilTheOfficeEndsIt() {
        ProcessInstance campaignPi = start(request("月报长期", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        Campaign campaign = campaignOf(campaignPi);
        CampaignUnit ldj = unit(campaign, "ldj");
        assertThatThrownBy(() -> followUps.end(campaign.getId(), null, OFFICE, null))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("专项工作尚未结束");

        scenario.runUnitToTheEnd(ldj, applicablePoints(ldj));
        scenario.closeCampaign(campaignPi.getId());
        assertThat(campaignPi).isEnded();
        assertThat(campaigns.findById(campaign.getId()).orElseThrow().getStatus()).isEqualTo(Campaign.Status.CLOSED);
        ProcessInstance followUp = followUpOf(ldj);
        assertThat(followUp).isNotNull().isWaitingAt(TIMER_MONTHLY_AUDIT_DUE, CATCH_FOLLOW_UP_ENDED);

        setClock(Instant.parse("2019-11-01T01:00:05Z"));
        managementService.executeJob(monthlyTimer(followUp).getId());
        Task october = one(ldj, TASK_REPORT_MONTHLY_AUDIT);
        assertThat(october.getName()).startsWith("内控稽核月报：2019-10");

        assertThat(followUps.end(campaign.getId(), null, OFFICE, "纳入2020年度专项工作")).isEqualTo(1);
        assertThat(followUp).hasPassed(CATCH_FOLLOW_UP_ENDED, END_FOLLOW_UP_ENDED).isEnded();
        assertThat(taskService.createTaskQuery().taskId(october.getId()).count()).as("withdrawn").isZero();
        CampaignUnit ended = campaignUnits.findById(ldj.getId()).orElseThrow();
        assertThat(ended.getFollowUpEndedBy()).isEqualTo(OFFICE);
        assertThat(ended.getFollowUpEndNote()).isEqualTo("纳入2020年度专项工作");
        assertThatThrownBy(() -> followUps.end(campaign.getId(), null, OFFICE, null))
                .isInstanceOf(InputRejectedException.class).hasMessage("长期事项跟踪已经结束");
    }
}
