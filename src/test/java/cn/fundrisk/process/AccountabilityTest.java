package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.accountability.Accountability;
import cn.fundrisk.accountability.AccountabilityInput;
import cn.fundrisk.accountability.AccountabilityQueries;
import cn.fundrisk.accountability.AccountabilityRecords;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 问责 (二（一）责任追究): after a unit's evaluation the office's 问责研判 task records a decision on the unit
 * or one of its problems, or none; at any time the office may record one for a serious problem.
 */
class AccountabilityTest extends ProcessTestSupport {

    @Autowired Problems problems;
    @Autowired AccountabilityRecords records;
    @Autowired AccountabilityQueries decisions;
    @Autowired JdbcTemplate jdbc;

    private CampaignUnit scoredWithAnOpenProblem() {
        CampaignUnit ldj = selfInspected("问责", "ldj", List.of(14));
        scenario.fileStaffingTable(ldj);
        setClock(Instant.parse("2019-07-02T01:00:00Z")); // the problem is left open past its deadline
        fireDueTimers(ldj.getProcessInstanceId());
        scenario.summarize(ldj, applicablePoints(ldj));
        scenario.openEvaluation(ldj);
        scenario.score(ldj, applicablePoints(ldj), 14);
        scenario.reviewScores(ldj, Scenario.approve());
        return campaignUnits.findById(ldj.getId()).orElseThrow();
    }

    @Test
    void afterTheEvaluationTheOfficeRecordsADecisionOnAProblem() {
        CampaignUnit ldj = scoredWithAnOpenProblem();
        ProcessInstance unitPi = unitInstance(ldj);
        Problem problem = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId()).get(0);
        Task task = driver.one(ldj.getProcessInstanceId(), TASK_DECIDE_ACCOUNTABILITY);
        assertThat(task.getName()).isEqualTo("问责研判：市劳动就业管理局");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("office");
        assertThat((String) taskService.getVariable(task.getId(), "unitFacts")).contains("**考核得分**：91.0 / 92 分",
                "**未销号问题**：1 个", "第14项：第14项的问题（风险中，待整改，已超过整改时限 2019-06-30）",
                "**逾期阶段**：问题整改（仍未完成）");
        assertThat(taskService.getVariable(task.getId(), "targetOptions").toString())
                .contains("本单位（市劳动就业管理局）", "\"value\":\"" + problem.getId() + "\"");

        Map<String, Object> decision = new HashMap<>(Map.of("conclusion", "DECIDE", "target", problem.getId().toString(),
                "method", "CRITICISM", "decidedOn", "2019-08-01", "decidedBy", "局党组"));
        assertThatThrownBy(() -> driver.submit(task, OFFICE, decision)).isInstanceOf(InputRejectedException.class)
                .hasMessage("请填写问责决定的依据");
        decision.put("basis", "第14项问题逾期未整改，经督办仍未落实");
        decision.put("decidedOn", "2019-08-02");
        assertThatThrownBy(() -> driver.submit(task, OFFICE, decision)).isInstanceOf(InputRejectedException.class)
                .hasMessage("问责决定的决定日期（2019-08-02）不能晚于今天");
        decision.put("decidedOn", "2019-08-01");
        decision.put("target", "999999");
        assertThatThrownBy(() -> driver.submit(task, OFFICE, decision)).isInstanceOf(InputRejectedException.class)
                .hasMessage("问责决定的对象无效：须为本单位或本单位的某个问题");
        decision.put("target", problem.getId().toString());
        assertThatThrownBy(() -> driver.submit(task, OFFICE, Map.of("conclusion", "NONE", "method", "INTERVIEW",
                "basis", "x"))).isInstanceOf(InputRejectedException.class).hasMessageContaining("不应填写问责方式和依据");
        assertThat(decisions.ofUnit(ldj.getId())).as("nothing half-saved").isEmpty();

        driver.submit(task, OFFICE, decision);

        assertThat(unitPi).as("the open problem still holds the unit").hasPassed(TASK_DECIDE_ACCOUNTABILITY)
                .isWaitingAt(TASK_RECTIFY_PROBLEM);
        List<AccountabilityQueries.Row> recorded = decisions.ofUnit(ldj.getId());
        assertThat(recorded).singleElement().satisfies(d -> {
            assertThat(d.problemId()).isEqualTo(problem.getId());
            assertThat(d.target()).isEqualTo("第14项问题：第14项的问题");
            assertThat(d.method()).isEqualTo(Accountability.Method.CRITICISM);
            assertThat(d.methodLabel()).isEqualTo("通报批评");
            assertThat(d.occasion()).isEqualTo(Accountability.Occasion.EVALUATION);
            assertThat(d.decidedBy()).isEqualTo("局党组");
            assertThat(d.recordedBy()).isEqualTo(OFFICE);
            assertThat(d.evidenceUrl()).isEqualTo("/evidence/accountability/" + d.id());
        });
        assertThat(campaignUnits.findById(ldj.getId()).orElseThrow().getAccountabilityConclusion())
                .isEqualTo("作出问责决定：通报批评");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Accountability'"
                + " AND action = 'INSERT' AND campaign_unit_id = ?", Long.class, ldj.getId()))
                .as("the decision is in the audit trail").isPositive();
    }

    @Test
    void theOfficeMayRecordADecisionAtAnyTimeForASeriousProblem() {
        CampaignUnit ldj = selfInspected("随时问责", "ldj", List.of(15));
        Problem problem = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(ldj.getId()).get(0);

        assertThatThrownBy(() -> transaction.execute(status -> records.record(ldj, List.of(new AccountabilityInput(
                "UNIT", "警告", "x", "2019-04-01", "局党组", null)), Accountability.Occasion.AD_HOC, OFFICE)))
                .isInstanceOf(InputRejectedException.class).hasMessage("问责决定的方式无效：警告");
        transaction.execute(status -> records.record(ldj, List.of(
                new AccountabilityInput(problem.getId().toString(), "ORDER_RECTIFICATION", "基金账户对私转账，风险高",
                        "2019-04-01", "领导小组", "限期一周整改"),
                new AccountabilityInput("UNIT", "约谈", "基金账户管理制度缺失", "2019-04-01", "局党组", null)),
                Accountability.Occasion.AD_HOC, OFFICE));

        assertThat(decisions.ofUnit(ldj.getId())).extracting(AccountabilityQueries.Row::methodLabel,
                AccountabilityQueries.Row::target, AccountabilityQueries.Row::occasionLabel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("责令整改", "第15项问题：第15项的问题", "随时（严重问题）"),
                org.assertj.core.groups.Tuple.tuple("约谈", "本单位", "随时（严重问题）"));
        assertThat(decisions.ofCampaign(ldj.getCampaignId(), List.of("ylbx"), null)).as("another unit's view").isEmpty();
        assertThat(decisions.ofCampaign(ldj.getCampaignId(), null, Instant.parse("2019-03-31T00:00:00Z")))
                .as("a bulletin of a day before shows none").isEmpty();
        assertThat(unitInstance(ldj)).as("the unit's work goes on").isWaitingAt(TASK_RECTIFY_PROBLEM);
    }
}
