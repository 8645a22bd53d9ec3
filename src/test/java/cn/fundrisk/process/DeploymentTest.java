package cn.fundrisk.process;

import static cn.fundrisk.process.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** 部署: the office's work plan and leader approval; each unit's receipt and own plan. */
class DeploymentTest extends ProcessTestSupport {

    @Test
    void returnedWorkPlanShowsTheCommentAndApprovalStartsEveryUnit() {
        ProcessInstance campaignPi = start(request("部署", 2019, "ldj,guichi"));
        driver.submit(campaignPi.getId(), TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "初稿"));
        driver.submit(campaignPi.getId(), TASK_APPROVE_WORK_PLAN, LEADER, Scenario.returned("请补充时间节点"));

        assertThat(campaignPi).isWaitingAt(TASK_DRAFT_WORK_PLAN);
        assertThat(timesPassed(campaignPi, TASK_DRAFT_WORK_PLAN)).isEqualTo(2);
        Task draft = driver.one(campaignPi.getId(), TASK_DRAFT_WORK_PLAN);
        assertThat(taskService.getVariable(draft.getId(), "reviewComment")).isEqualTo("请补充时间节点");
        assertThat(taskService.getVariable(draft.getId(), "planText")).isEqualTo("初稿");
        assertThat(candidateGroups(draft)).containsExactly("office");

        driver.submit(draft, OFFICE, Map.of("planText", "定稿"));
        driver.submit(campaignPi.getId(), TASK_APPROVE_WORK_PLAN, LEADER, Scenario.approve());

        assertThat(campaignPi).hasPassed(TASK_ISSUE_WORK_PLAN).isWaitingAt(CALL_UNIT_CAMPAIGNS);
        Campaign campaign = campaignOf(campaignPi);
        assertThat(campaign.getWorkPlan()).isEqualTo("定稿");
        assertThat(campaign.getWorkPlanIssuedAt()).isNotNull();
        CampaignUnit ldj = unit(campaign, "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        assertThat(unitPi).isWaitingAt(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        Task acknowledge = driver.one(unitPi.getId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        assertThat(candidateGroups(acknowledge)).containsExactly("unit-ldj");
        assertThat(acknowledge.getDueDate()).isEqualTo(Date.from(Instant.parse("2019-04-30T15:59:59Z")));
        assertThat(unitInstance(unit(campaign, "guichi"))).isWaitingAt(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
    }

    @Test
    void nobodyApprovesAWorkPlanTheyDrafted() {
        ProcessInstance campaignPi = start(request("自审", 2019, "ldj"));
        driver.submit(campaignPi.getId(), TASK_DRAFT_WORK_PLAN, LEADER, Map.of("planText", "方案"));

        assertThatThrownBy(() -> driver.submit(campaignPi.getId(), TASK_APPROVE_WORK_PLAN, LEADER, Scenario.approve()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不能审批本人起草的工作方案");
        assertThat(campaignPi).isWaitingAt(TASK_APPROVE_WORK_PLAN);
    }

    @Test
    void workPlanDeadlineMarksItOverdueAndLeavesTheWorkOpen() {
        ProcessInstance campaignPi = start(request("逾期", 2019, "ldj"));
        setClock(Instant.parse("2019-05-01T00:00:00Z"));
        fireDueTimers(campaignPi.getId());

        assertThat(campaignPi).hasPassed(TASK_RECORD_WORK_PLAN_OVERDUE).isWaitingAt(TASK_DRAFT_WORK_PLAN);
        assertThat(campaignOf(campaignPi).getWorkPlanOverdueAt()).isEqualTo(Instant.parse("2019-05-01T00:00:00Z"));
    }

    @Test
    void unitPlanReturnedThenApprovedOpensSelfInspection() {
        ProcessInstance campaignPi = start(request("单位方案", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        ProcessInstance unitPi = unitInstance(ldj);
        String pi = unitPi.getId();

        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, staff("ldj"),
                Map.of("acknowledged", true, "contactPerson", "张三", "contactPhone", "0566-1"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, staff("ldj"), Map.of("reportText", "方案初稿"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, head("ldj"), Scenario.returned("请细化任务分解"));
        assertThat(unitPi).isWaitingAt(UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN);
        assertThat(timesPassed(unitPi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN)).isEqualTo(2);
        Task redraft = driver.one(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN);
        assertThat(taskService.getVariable(redraft.getId(), "reviewComment")).isEqualTo("请细化任务分解");

        driver.submit(redraft, staff("ldj"), Map.of("reportText", "方案定稿"));
        assertThatThrownBy(() -> driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, staff("ldj"), Scenario.approve()))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("不能审核本人提交的");
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, head("ldj"), Scenario.approve());

        assertThat(unitPi).isWaitingAt(UnitCampaignProcess.TASK_SELF_INSPECT_ITEM);
        assertThat(driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)).as("30 less 7, 27, 29 (不计分)").hasSize(27);
        CampaignUnit reloaded = campaignUnits.findById(ldj.getId()).orElseThrow();
        assertThat(reloaded.getAcknowledgedBy()).isEqualTo(staff("ldj"));
        assertThat(reloaded.getContactPerson()).isEqualTo("张三");
        UnitPhase deployment = phase(ldj, Phase.DEPLOYMENT);
        assertThat(deployment.getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(deployment.isLate()).isFalse();
        assertThat(phase(ldj, Phase.SELF_INSPECTION).getStatus()).isEqualTo(UnitPhase.Status.ACTIVE);
    }

    @Test
    void unitDeploymentDeadlineEscalatesToTheCampaignAndLateWorkIsRecordedLate() {
        ProcessInstance campaignPi = start(request("单位逾期", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        ProcessInstance unitPi = unitInstance(ldj);

        setClock(Instant.parse("2019-05-02T01:00:00Z"));
        fireDueTimers(unitPi.getId());

        assertThat(unitPi).hasPassed(UnitCampaignProcess.TASK_RECORD_DEPLOYMENT_OVERDUE,
                UnitCampaignProcess.END_DEPLOYMENT_OVERDUE).isWaitingAt(UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        assertThat(campaignPi).hasPassed(ESCALATION_UNIT_OVERDUE, END_OVERDUE_NOTED);
        assertThat(phase(ldj, Phase.DEPLOYMENT).getOverdueAt()).isEqualTo(Instant.parse("2019-05-02T01:00:00Z"));

        scenario.deploy(ldj);
        UnitPhase deployment = phase(ldj, Phase.DEPLOYMENT);
        assertThat(deployment.getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(deployment.isLate()).isTrue();
        assertThat(unitPi).isWaitingAt(UnitCampaignProcess.TASK_SELF_INSPECT_ITEM);
    }

    private java.util.List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }
}
