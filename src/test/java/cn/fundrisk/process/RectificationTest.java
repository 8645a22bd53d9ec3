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

/** 问题整改: each problem closed or coordinated, each closure verified by the unit head. */
class RectificationTest extends ProcessTestSupport {

    @Autowired Problems problems;

    private CampaignUnit withOneProblem() {
        ProcessInstance campaignPi = start(request("整改", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        scenario.deploy(ldj);
        CampaignUnit reloaded = campaignUnits.findById(ldj.getId()).orElseThrow();
        scenario.selfInspect(reloaded, List.of(14));
        return reloaded;
    }

    private Problem problemOf(CampaignUnit unit) {
        return problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(unit.getId()).get(0);
    }

    @Test
    void closedThenVerifiedEndsTheRectificationPhase() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        Task rectify = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(rectify.getName()).startsWith("整改第14项问题");
        assertThat(taskService.getVariable(rectify.getId(), "problemDescription")).isEqualTo("第14项的问题");

        driver.submit(rectify, staff("ldj"), Map.of("outcome", "RECTIFIED", "actionTaken", "已分设票据与印章保管岗"));
        assertThatThrownBy(() -> driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, staff("ldj"),
                Scenario.approve())).isInstanceOf(InputRejectedException.class).hasMessageContaining("不能验证本人完成的整改");
        driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.approve());

        assertThat(unitPi).hasPassed(TASK_VERIFY_RECTIFICATION, "EndEvent_ProblemRectified", GATEWAY_RECTIFICATION_JOIN)
                .hasNotPassed(TASK_COORDINATE_PROBLEM).isWaitingAt(TASK_WRITE_SUMMARY_REPORT);
        Problem problem = problemOf(ldj);
        assertThat(problem.getStatus()).isEqualTo(Problem.Status.VERIFIED);
        assertThat(problem.getVerifiedBy()).isEqualTo(head("ldj"));
        assertThat(phase(ldj, Phase.RECTIFICATION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
    }

    @Test
    void rejectedVerificationSendsTheProblemBackWithTheComment() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        driver.submit(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM, staff("ldj"),
                Map.of("outcome", "RECTIFIED", "actionTaken", "口头提醒"));
        driver.submit(ldj.getProcessInstanceId(), TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.returned("请提供制度文件"));

        Task again = driver.one(ldj.getProcessInstanceId(), TASK_RECTIFY_PROBLEM);
        assertThat(taskService.getVariable(again.getId(), "reviewComment")).isEqualTo("请提供制度文件");
        assertThat(taskService.getVariable(again.getId(), "actionTaken")).isEqualTo("口头提醒");
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.RETURNED);

        scenario.rectifyAll(ldj);
        assertThat(timesPassed(unitPi, TASK_RECTIFY_PROBLEM)).isEqualTo(2);
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.VERIFIED);
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

        assertThat(unitPi).hasPassed(TASK_COORDINATE_PROBLEM, "EndEvent_ProblemRectified");
        assertThat(problemOf(ldj).getStatus()).isEqualTo(Problem.Status.VERIFIED);
        assertThat(problemOf(ldj).getCoordinationNote()).isEqualTo("已与财政局协调，月底前完成");
    }

    @Test
    void rectificationDeadlineMarksOverdueWhileTheSummaryGoesOn() {
        CampaignUnit ldj = withOneProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        setClock(Instant.parse("2019-07-01T00:00:00Z"));
        fireDueTimers(unitPi.getId());

        assertThat(unitPi).hasPassed(TASK_RECORD_RECTIFICATION_OVERDUE, END_RECTIFICATION_OVERDUE)
                .isWaitingAt(TASK_RECTIFY_PROBLEM, TASK_WRITE_SUMMARY_REPORT);
        assertThat(phase(ldj, Phase.RECTIFICATION).getOverdueAt()).isNotNull();
        assertThat(phase(ldj, Phase.SUMMARY).getOverdueAt()).isNull();

        scenario.rectifyAll(ldj);
        assertThat(phase(ldj, Phase.RECTIFICATION).isLate()).isTrue();
        assertThat(problemOf(ldj).isLate()).isTrue();
    }
}
