package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 问题整改: each problem closed (with its actual completion date) or coordinated, each closure verified by
 * the unit head and closed off (销号) by the office; the staffing table filed (备案) alongside.
 */
class RectificationTest extends ProcessTestSupport {

    @Autowired Problems problems;

    private CampaignUnit withOneProblem() {
        return selfInspected("整改", "ldj", List.of(14));
    }

    private Problem problemOf(CampaignUnit unit) {
        return problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()).get(0);
    }

    @Test
    void closedVerifiedAndClosedOffThenTheFilingEndsTheRectificationPhase() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        Task rectify = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(rectify.getName()).startsWith("整改第14项问题");
        assertThat(taskService.getVariable(rectify.getId(), "problemDescription")).isEqualTo("第14项的问题");
        assertThat(taskService.getVariable(rectify.getId(), "cause")).isEqualTo("制度不健全");
        assertThat(taskService.getVariable(rectify.getId(), "riskLevel")).isEqualTo("中");

        assertThatThrownBy(() -> driver.submit(rectify, staff("ldj"),
                Map.of("outcome", "RECTIFIED", "actionTaken", "已分设票据与印章保管岗")))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写实际完成时间");
        assertThatThrownBy(() -> driver.submit(rectify, staff("ldj"),
                Map.of("outcome", "RECTIFIED", "actionTaken", "已分设", "completedOn", "2019-04-02")))
                .isInstanceOf(InputRejectedException.class).hasMessage("实际完成时间（2019-04-02）不能晚于今天");
        driver.submit(rectify, staff("ldj"), Scenario.rectified("已分设票据与印章保管岗"));
        assertThatThrownBy(() -> driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, staff("ldj"),
                Scenario.approve())).isInstanceOf(InputRejectedException.class).hasMessageContaining("不能验证本人完成的整改");
        driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.approve());

        Task closeOff = driver.one(ldj.getProcessInstanceId(), TASK_CLOSE_OFF_PROBLEM);
        assertThat(taskService.getIdentityLinksForTask(closeOff.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
        assertThat((String) taskService.getVariable(closeOff.getId(), "reviewContent"))
                .contains("**原因分析**：制度不健全", "**实际完成时间**：2019-04-01", "**验证人**：" + head("ldj"));
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.VERIFIED);
        driver.submit(closeOff, OFFICE, Scenario.approve());

        assertThat(unitPi).hasPassed(TASK_VERIFY_RECTIFICATION, TASK_CLOSE_OFF_PROBLEM, END_PROBLEM_RECTIFIED,
                GATEWAY_RECTIFICATION_JOIN).hasNotPassed(TASK_COORDINATE_PROBLEM)
                .isWaitingAt(TASK_FILE_STAFFING_TABLE, TASK_WRITE_SUMMARY_REPORT);
        Problem problem = problemOf(ldj);
        assertThat(problem.getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
        assertThat(problem.getVerifiedBy()).isEqualTo(head("ldj"));
        assertThat(problem.getClosedOffBy()).isEqualTo(OFFICE);
        assertThat(problem.getCompletedOn()).isEqualTo(java.time.LocalDate.parse("2019-04-01"));
        assertThat(phase(ldj, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.ACTIVE);

        scenario.fileStaffingTable(ldj);
        assertThat(phase(ldj, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }

    @Test
    void theOfficeReturnsAProblemItWillNotCloseOffAndTheUnitRectifiesItAgain() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        driver.submit(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM, staff("ldj"), Scenario.rectified("口头要求分设"));
        driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.approve());
        assertThatThrownBy(() -> driver.submit(ldj.getProcessInstanceId(), TASK_CLOSE_OFF_PROBLEM, OFFICE, Map.of(
                TaskForm.DECISION, TaskForm.RETURN))).isInstanceOf(InputRejectedException.class)
                .hasMessage("退回时请填写审核说明，告知需要修改的内容");
        driver.submit(ldj.getProcessInstanceId(), TASK_CLOSE_OFF_PROBLEM, OFFICE, Scenario.returned("请提供岗位调整文件"));

        assertThat(unitPi).hasPassed(GATEWAY_PROBLEM_CLOSED_OFF).isWaitingAt(TASK_RECTIFY_PROBLEM);
        Task again = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(taskService.getVariable(again.getId(), "reviewComment"))
                .isEqualTo("领导小组办公室退回（未予销号）：请提供岗位调整文件");
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.RETURNED);
        scenario.rectifyAll(ldj);
        assertThat(timesPassed(unitPi, TASK_CLOSE_OFF_PROBLEM)).isEqualTo(2);
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
    }

    @Test
    void rejectedVerificationSendsTheProblemBackWithTheComment() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        driver.submit(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM, staff("ldj"), Scenario.rectified("口头提醒"));
        driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.returned("请提供制度文件"));

        Task again = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("请提供制度文件");
        assertThat(taskService.getVariable(again.getId(), "actionTaken")).isEqualTo("口头提醒");
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.RETURNED);

        scenario.rectifyAll(ldj);
        assertThat(timesPassed(unitPi, TASK_RECTIFY_PROBLEM)).isEqualTo(2);
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
    }

    @Test
    void problemNeedingOtherDepartmentsRaisesACoordinationTaskForTheOffice() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        driver.submit(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM, staff("ldj"),
                Map.of("outcome", "NEEDS_COORDINATION", "actionTaken", "需财政部门调整账户"));

        Task coordinate = driver.one(ldj.getProcessInstanceId(), TASK_COORDINATE_PROBLEM);
        assertThat(taskService.getIdentityLinksForTask(coordinate.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.NEEDS_COORDINATION);
        assertThatThrownBy(() -> driver.submit(coordinate, OFFICE, Map.of()))
                .isInstanceOf(InputRejectedException.class).hasMessage("请填写协调结果及意见");
        driver.submit(coordinate, OFFICE, Map.of("coordinationNote", "已与财政局协调，月底前完成"));

        Task rectify = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(taskService.getVariable(rectify.getId(), "coordinationNote")).isEqualTo("已与财政局协调，月底前完成");
        scenario.rectifyAll(ldj);

        assertThat(unitPi).hasPassed(TASK_COORDINATE_PROBLEM, END_PROBLEM_RECTIFIED);
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.CLOSED_OFF);
        assertThat(problemOf(ldj).getCoordinationNote()).isEqualTo("已与财政局协调，月底前完成");
    }

    @Test
    void rectificationDeadlineMarksOverdueWhileTheSummaryGoesOn() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        setClock(Instant.parse("2019-07-01T00:00:00Z"));
        fireDueTimers(unitPi.getId());

        assertThat(unitPi).hasPassed(TASK_RECORD_RECTIFICATION_OVERDUE, END_RECTIFICATION_OVERDUE)
                .isWaitingAt(TASK_RECTIFY_PROBLEM, TASK_FILE_STAFFING_TABLE, TASK_WRITE_SUMMARY_REPORT);
        assertThat(phase(ldj, Phase.RECTIFICATION).getOverdueAt()).isNotNull();
        assertThat(phase(ldj, Phase.SUMMARY).getOverdueAt()).isNull();

        scenario.rectifyAndFile(ldj);
        assertThat(phase(ldj, Phase.RECTIFICATION).isLate()).isTrue();
        assertThat(problemOf(ldj).isLate()).isTrue();
    }
}
