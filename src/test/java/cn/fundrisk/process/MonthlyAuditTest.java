package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Item 6: every month while the campaign runs, each unit reports its internal-control audit. */
class MonthlyAuditTest extends ProcessTestSupport {

    @Autowired UnitReports reports;

    @Test
    void timerCycleCreatesAMonthlyTaskForTheUnitEachMonth() {
        ProcessInstance campaignPi = start(request("月报", 2019, "ldj"));
        // R5/P1M: monthly from 2019-04-01 until the evaluation deadline on 30 September
        assertThat((String) runtimeService.getVariable(campaignPi.getId(), "monthlyAuditCycle")).isEqualTo("R5/P1M");
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        ProcessInstance unitPi = unitInstance(ldj);

        Job cycle = managementService.createJobQuery().processInstanceId(unitPi.getId())
                .activityId(START_MONTHLY_AUDIT_DUE).singleResult();
        assertThat(cycle.getDuedate().toInstant()).isEqualTo(Instant.parse("2019-05-01T01:00:00Z"));

        setClock(Instant.parse("2019-05-01T01:00:01Z"));
        managementService.executeJob(cycle.getId());
        Task monthly = driver.one(unitPi.getId(), TASK_REPORT_MONTHLY_AUDIT);
        assertThat(monthly.getName()).isEqualTo("内控稽核月报：2019-05");
        assertThat(driver.variable(monthly, TaskLabels.ITEM)).as("the digest's 事项: the item and the month")
                .isEqualTo("第6项（2019-05）");
        assertThat(monthly.getDueDate().toInstant()).isEqualTo(Instant.parse("2019-06-01T01:00:01Z"));
        Job next = managementService.createJobQuery().processInstanceId(unitPi.getId())
                .activityId(START_MONTHLY_AUDIT_DUE).singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(Instant.parse("2019-06-01T01:00:00Z"));

        assertThatThrownBy(() -> driver.submit(monthly, staff("ldj"),
                Map.of("sampledCount", -3, "issuesFound", 0, "auditSummary", "x")))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("抽查业务笔数");
        driver.submit(monthly, staff("ldj"), Map.of("sampledCount", 120, "issuesFound", 2, "auditSummary", "抽查120笔，发现2笔资料不全"));

        assertThat(unitPi).hasPassed(TASK_REPORT_MONTHLY_AUDIT, END_MONTHLY_AUDIT_REPORTED)
                .isWaitingAt(TASK_ACKNOWLEDGE_PLAN);
        UnitReport report = reports.findByCampaignUnitIdAndKindAndPeriod(ldj.getId(), UnitReport.Kind.MONTHLY_AUDIT,
                "2019-05").orElseThrow();
        assertThat(report.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(report.getBody()).contains("抽查业务笔数：120", "抽查120笔");
    }
}
