package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import cn.fundrisk.audit.AuditEntries;
import cn.fundrisk.audit.AuditFilter;
import cn.fundrisk.audit.AuditRow;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.UnitStartRows;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 留痕可溯: each unit's launch is one row saying what it created; the trail shows a return and the redraft with old and new values and who made them;
 * an attempt the engine rejected (a self-approval) is in the trail, changes nothing, and its task stays open.
 */
class AuditTrailTest extends ProcessTestSupport {

    static final String SELF_APPROVAL = "不能审核本人提交的本单位工作方案，请由单位负责人审核";

    @Autowired JdbcTemplate jdbc;
    @Autowired UnitReports unitReports;
    @Autowired AuditEntries auditEntries;
    @Autowired UnitStartRows unitStartRows;

    /** Campaign started, work plan approved, ldj has acknowledged the plan: its plan draft is open. */
    private CampaignUnit acknowledged() {
        ProcessInstance campaignPi = start(request("留痕", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        driver.submit(ldj.getProcessInstanceId(), TASK_ACKNOWLEDGE_PLAN, staff("ldj"),
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        return ldj;
    }

    private UnitReport planOf(CampaignUnit unit) {
        return unitReports.findByCampaignUnitIdAndKindAndPeriod(unit.getId(), UnitReport.Kind.UNIT_PLAN, UnitReport.ONCE)
                .orElseThrow();
    }

    @Test
    void eachUnitsLaunchIsOneSummaryRowWithWhatItCreated() {
        ProcessInstance campaignPi = start(request("留痕启动", 2019, "ldj,guichi"));
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        assertThat(launchRows(ldj)).as("nothing before the unit starts").isEmpty();
        scenario.approveWorkPlan(campaignPi.getId());

        for (CampaignUnit unit : List.of(ldj, unit(campaignOf(campaignPi), "guichi"))) {
            boolean county = "guichi".equals(unit.getUnit().getCode());
            assertThat(launchRows(unit)).singleElement().satisfies(row -> {
                assertThat(row.get("ACTION")).isEqualTo("INSERT");
                assertThat(row.get("ENTITY_TYPE")).isEqualTo("CampaignUnit");
                assertThat(row.get("ENTITY_ID")).isEqualTo(unit.getId().toString());
                assertThat(row.get("USER_ID")).as("the unit's start job").isEqualTo(Actors.SYSTEM);
                assertThat(row.get("OCCURRED_AT")).isNotNull();
                // a county's 31 items, an agency's 30, less items 7, 27, 29 (不计分)
                assertThat(row.get("NOTE")).isEqualTo(county ? "启动：28 个考核事项，6 个阶段" : "启动：27 个考核事项，5 个阶段");
                assertThat((String) row.get("NEW_VALUE")).contains("item_assessment.item_no=1,2,")
                        .contains("item_assessment.status=DRAFT").contains("DEPLOYMENT@2019-04-30T23:59:59+08:00")
                        .contains("unit_phase.status=PENDING");
            });
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE campaign_unit_id = ? AND action = 'INSERT'"
                    + " AND entity_type IN ('ItemAssessment', 'UnitPhase')", Long.class, unit.getId()))
                    .as("no row per assessment or phase").isZero();
        }

        // run again (a code path repeating the start): nothing added, not even to the trail
        CampaignUnit reloaded = unit(campaignOf(campaignPi), "ldj");
        long rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM item_assessment", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM unit_phase", Long.class);
        assertThat(unitStartRows.create(reloaded, OFFICE)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item_assessment", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM unit_phase", Long.class)).isEqualTo(rowsBefore);
        assertThat(launchRows(reloaded)).hasSize(1);
    }

    private List<Map<String, Object>> launchRows(CampaignUnit unit) {
        return jdbc.queryForList("SELECT * FROM audit_log WHERE campaign_unit_id = ? AND field = ?", unit.getId(),
                UnitStartRows.AUDIT_FIELD);
    }

    @Test
    void theReturnAndTheRedraftAreInTheTrailWithOldAndNewValues() {
        CampaignUnit ldj = acknowledged();
        String pi = ldj.getProcessInstanceId();
        driver.submit(pi, TASK_DRAFT_UNIT_PLAN, staff("ldj"), Map.of(FormKeys.REPORT_TEXT, "本单位方案初稿"));
        driver.submit(pi, TASK_APPROVE_UNIT_PLAN, head("ldj"), Scenario.returned("请细化时间节点"));
        driver.submit(pi, TASK_DRAFT_UNIT_PLAN, staff("ldj"), Map.of(FormKeys.REPORT_TEXT, "本单位方案修改稿"));

        UnitReport plan = planOf(ldj);
        List<Map<String, Object>> trail = jdbc.queryForList("SELECT * FROM audit_log WHERE entity_type = 'UnitReport'"
                + " AND entity_id = ? ORDER BY id", plan.getId().toString());
        assertThat(trail).first().satisfies(insert -> {
            assertThat(insert.get("ACTION")).isEqualTo("INSERT");
            assertThat((String) insert.get("NEW_VALUE")).contains("kind=UNIT_PLAN").contains("status=DRAFT");
        });
        assertThat(trail).allSatisfy(row -> assertThat(row.get("CAMPAIGN_UNIT_ID")).isEqualTo(ldj.getId()));

        // the first draft, the head's return, the redraft: field, old value, new value, who
        assertThat(updates(trail, "body")).containsExactly(
                List.of("", "本单位方案初稿", staff("ldj")),
                List.of("本单位方案初稿", "本单位方案修改稿", staff("ldj")));
        assertThat(updates(trail, "status")).containsExactly(
                List.of("DRAFT", "SUBMITTED", staff("ldj")),
                List.of("SUBMITTED", "RETURNED", head("ldj")),
                List.of("RETURNED", "SUBMITTED", staff("ldj")));
        assertThat(updates(trail, "review_comment")).containsExactly(List.of("", "请细化时间节点", head("ldj")));
        assertThat(updates(trail, "reviewed_by")).containsExactly(List.of("", head("ldj"), head("ldj")));

        // the office reads the same through the filters: the head's rows of ldj
        List<AuditRow> headRows = auditEntries.page(new AuditFilter(List.of("ldj"), head("ldj"), null, null), 0, 500);
        assertThat(headRows).filteredOn(r -> "UnitReport".equals(r.entityType())
                && r.entityId().equals(plan.getId().toString()) && "status".equals(r.field()))
                .singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo("UPDATE");
                    assertThat(r.actionLabel()).isEqualTo("修改");
                    assertThat(r.entityLabel()).isEqualTo("报告");
                    assertThat(r.unitCode()).isEqualTo("ldj");
                    assertThat(r.unitName()).isEqualTo("市劳动就业管理局");
                    assertThat(r.oldValue()).isEqualTo("SUBMITTED");
                    assertThat(r.newValue()).isEqualTo("RETURNED");
                });
    }

    @Test
    void aSelfApprovalIsRecordedAsRejectedAndChangesNothing() {
        CampaignUnit ldj = acknowledged();
        String pi = ldj.getProcessInstanceId();
        driver.submit(pi, TASK_DRAFT_UNIT_PLAN, head("ldj"), Map.of(FormKeys.REPORT_TEXT, "负责人起草的方案"));
        Task approval = driver.one(pi, TASK_APPROVE_UNIT_PLAN);
        long last = lastId();

        assertThatThrownBy(() -> driver.submit(approval, head("ldj"), Scenario.approve()))
                .isInstanceOf(InputRejectedException.class).hasMessage(SELF_APPROVAL);

        List<Map<String, Object>> after = rowsAfter(last);
        assertThat(after).as("only the rejection, no UPDATE of the rolled-back approval").singleElement()
                .satisfies(row -> {
                    assertThat(row.get("ACTION")).isEqualTo("REJECTED");
                    assertThat(row.get("USER_ID")).isEqualTo(head("ldj"));
                    assertThat(row.get("NOTE")).isEqualTo(SELF_APPROVAL);
                });
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).as("the task stays open").isOne();
        UnitReport plan = planOf(ldj);
        assertThat(plan.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(plan.getReviewedBy()).isNull();
    }

    @Test
    void everySegregationRuleRefusesTheSelfApprovalKeepsTheTaskAndRecordsIt() {
        ProcessInstance campaignPi = start(request("职责分离", 2019, "ldj"));
        String campaign = campaignPi.getId();
        driver.submit(campaign, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案正文"));
        refusedAndRecorded(campaign, CampaignProcess.TASK_APPROVE_WORK_PLAN, OFFICE, Scenario.approve(),
                "不能审批本人起草的工作方案");
        driver.submit(campaign, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER, Scenario.approve());

        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        String pi = ldj.getProcessInstanceId();
        driver.submit(pi, TASK_ACKNOWLEDGE_PLAN, staff("ldj"), Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, TASK_DRAFT_UNIT_PLAN, staff("ldj"), Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        refusedAndRecorded(pi, TASK_APPROVE_UNIT_PLAN, staff("ldj"), Scenario.approve(), "不能审核本人提交的本单位工作方案");
        driver.submit(pi, TASK_APPROVE_UNIT_PLAN, head("ldj"), Scenario.approve());

        Task first = driver.open(pi, TASK_SELF_INSPECT_ITEM).stream()
                .filter(t -> ((Number) driver.variable(t, VAR_ITEM_NO)).intValue() == 1).findFirst().orElseThrow();
        driver.submit(first, head("ldj"), Scenario.itemResult(1, false, null));
        scenario.inspectItems(ldj, List.of(14), null);
        scenario.writeSelfInspectionReport(ldj);
        refusedAndRecorded(pi, TASK_REVIEW_SELF_INSPECTION, head("ldj"), Scenario.approve(), "不能审核本人的工作");
        driver.submit(pi, TASK_REVIEW_SELF_INSPECTION, "ldj-deputy-head", Scenario.approve());

        driver.submit(pi, TASK_RECTIFY_PROBLEM, staff("ldj"), Scenario.rectified("已整改"));
        refusedAndRecorded(pi, TASK_VERIFY_RECTIFICATION, staff("ldj"), Scenario.approve(), "不能验证本人完成的整改");
        driver.submit(pi, TASK_VERIFY_RECTIFICATION, head("ldj"), Scenario.approve());
        refusedAndRecorded(pi, TASK_CLOSE_OFF_PROBLEM, head("ldj"), Scenario.approve(), "不能为本人整改或验证的问题销号");
        driver.submit(pi, TASK_CLOSE_OFF_PROBLEM, OFFICE, Scenario.approve());
        scenario.fileStaffingTable(ldj);

        Map<Integer, Integer> points = applicablePoints(ldj);
        scenario.writeSummary(ldj, points);
        refusedAndRecorded(pi, TASK_APPROVE_SUMMARY_REPORT, staff("ldj"), Scenario.approve(), "不能审核本人提交的总结报告");
        scenario.approveSummary(ldj);
        refusedAndRecorded(pi, TASK_RECEIVE_SUMMARY_REPORT, head("ldj"), Scenario.approve(), "不能签收本人提交或审核的总结报告");
        scenario.receiveSummary(ldj, Scenario.approve());
        scenario.openEvaluation(ldj);

        scenario.score(ldj, points, 5);
        refusedAndRecorded(pi, TASK_REVIEW_SCORE_SHEET, INSPECTOR_1, Scenario.approve(), "评分人不能复核本人的评分表");
        scenario.reviewScores(ldj, Scenario.approve());
        scenario.noAccountability(ldj);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count())
                .as("the unit's work went on after every refusal").isZero();
    }

    /** The attempt fails with the message, its task stays open, and the trail has one REJECTED row for it. */
    private void refusedAndRecorded(String processInstanceId, String taskKey, String user, Map<String, Object> values,
            String message) {
        Task task = driver.one(processInstanceId, taskKey);
        long last = lastId();
        ThrowingCallable attempt = () -> driver.submit(task, user, values);
        assertThatThrownBy(attempt).as(taskKey).isInstanceOf(InputRejectedException.class).hasMessageContaining(message);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("%s stays open", taskKey).isOne();
        assertThat(rowsAfter(last)).as(taskKey).singleElement().satisfies(row -> {
            assertThat(row.get("ACTION")).isEqualTo("REJECTED");
            assertThat(row.get("USER_ID")).isEqualTo(user);
            assertThat((String) row.get("NOTE")).contains(message);
        });
    }

    /** [old, new, user] of the UPDATE rows of one column, oldest first; a null value as "". */
    private static List<List<String>> updates(List<Map<String, Object>> trail, String column) {
        return trail.stream().filter(r -> "UPDATE".equals(r.get("ACTION")) && column.equals(r.get("FIELD")))
                .map(r -> List.of(text(r.get("OLD_VALUE")), text(r.get("NEW_VALUE")), text(r.get("USER_ID"))))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private long lastId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_log", Long.class);
        return id == null ? 0 : id;
    }

    private List<Map<String, Object>> rowsAfter(long id) {
        return jdbc.queryForList("SELECT * FROM audit_log WHERE id > ? ORDER BY id", id);
    }
}
