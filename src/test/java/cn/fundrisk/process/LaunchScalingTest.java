package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.identity.Units;
import cn.fundrisk.support.RowCounts;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The launch path stays linear (issue #7): each unit started writes the same rows, table by table
 * (ours and Camunda's), whether it is the second unit of a campaign or one of twenty; and the launch
 * runs in jobs, one per unit, so the campaign shows its progress while it runs. Authorization is on,
 * as in production, so its rows are counted too.
 */
@TestPropertySource(properties = "camunda.bpm.authorization.enabled=true")
class LaunchScalingTest extends ProcessTestSupport {

    @Autowired Units units;
    @Autowired JdbcTemplate jdbc;
    @Autowired PendingJobs pendingJobs;
    private static int sequence;

    @BeforeEach
    void officeAndLeader() {
        TestIdentities identities = new TestIdentities(identityService, "pw");
        identities.group("office");
        identities.group("leaders");
        identities.user(OFFICE, "office");
        identities.user(LEADER, "leaders");
    }

    @Test
    void everyUnitWritesTheSameRowsAtTwoAndAtTwentyUnits() {
        Map<String, Long> one = rowsOfLaunch(1);
        Map<String, Long> two = rowsOfLaunch(2);
        Map<String, Long> twenty = rowsOfLaunch(20);

        Map<String, Double> perUnitAtTwo = new TreeMap<>();
        Map<String, Double> perUnitAtTwenty = new TreeMap<>();
        for (String table : twenty.keySet()) {
            perUnitAtTwo.put(table, (double) (two.getOrDefault(table, 0L) - one.getOrDefault(table, 0L)));
            perUnitAtTwenty.put(table, (twenty.get(table) - two.getOrDefault(table, 0L)) / 18.0);
        }
        assertThat(perUnitAtTwenty).as("rows per unit by table, units 3 to 20").isEqualTo(perUnitAtTwo);
        assertThat(perUnitAtTwo.get("item_assessment")).as("an agency's 30 items less 7, 27, 29 (不计分)").isEqualTo(27.0);
        assertThat(perUnitAtTwo.get("act_ru_task")).as("the unit's first task").isEqualTo(1.0);
    }

    @Test
    void unitsStartInOneJobEachAfterTheWorkPlanIsApproved() {
        List<String> codes = newUnits(3);
        ProcessInstance campaignPi = start(request("分批启动", 2019, String.join(",", codes)));
        Campaign campaign = campaignOf(campaignPi);
        driver.submit(driver.one(campaignPi.getId(), CampaignProcess.TASK_DRAFT_WORK_PLAN), OFFICE,
                Map.of("planText", "方案"));
        identityService.setAuthentication(LEADER, List.of("leaders"));
        try {
            String task = driver.one(campaignPi.getId(), CampaignProcess.TASK_APPROVE_WORK_PLAN).getId();
            taskService.claim(task, LEADER); // as Tasklist does: candidates hold TASK_WORK, not TASK_ASSIGN
            processEngine.getFormService().submitTaskForm(task, Scenario.approve());
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(campaignPi).isWaitingAt(CampaignProcess.CALL_UNIT_CAMPAIGNS_BODY);
        assertThat(campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaign.getId())).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(campaignPi.getId()).count())
                .as("the multi-instance body's job").isEqualTo(1);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaignPi.getId())
                .singleResult().getId());
        assertThat(managementService.createJobQuery().processInstanceId(campaignPi.getId()).count())
                .as("one job per unit").isEqualTo(3);
        assertThat(campaignPi).isWaitingAt(CampaignProcess.CALL_UNIT_CAMPAIGNS);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(campaignPi.getId())
                .list().get(0).getId());
        assertThat(campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaign.getId())).isEqualTo(1);

        assertThat(pendingJobs.runFor(campaignPi.getId())).isEqualTo(2);
        assertThat(campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaign.getId())).isEqualTo(3);
    }

    @Test
    void aUnitListLongerThanAStringVariableComesAsJson() {
        List<String> codes = newUnits(400);
        assertThat(String.join(",", codes).length()).as("too long for a string variable").isGreaterThan(4000);
        Map<String, Object> request = request("全省专项工作", 2019, null);
        request.put(CampaignProcess.VAR_UNIT_CODES, JsonFormValues.jsonTexts(codes));

        ProcessInstance campaignPi = start(request);

        assertThat(campaignUnits.countByCampaignId(campaignOf(campaignPi).getId())).isEqualTo(400);
        assertThat(campaignPi).isWaitingAt(CampaignProcess.TASK_DRAFT_WORK_PLAN);
    }

    /** Rows in every table after a campaign of n new agency units was registered and launched, minus before. */
    private Map<String, Long> rowsOfLaunch(int n) {
        List<String> codes = newUnits(n);
        RowCounts rows = new RowCounts(jdbc);
        Map<String, Long> before = rows.now();
        ProcessInstance campaignPi = start(request("线性检查 " + n, 2019, String.join(",", codes)));
        scenario.approveWorkPlan(campaignPi.getId());
        assertThat(campaignUnits.countByCampaignIdAndProcessInstanceIdIsNotNull(campaignOf(campaignPi).getId()))
                .isEqualTo(n);
        Map<String, Long> added = new TreeMap<>();
        RowCounts.added(before, rows.now()).forEach((table, count) -> added.put(table.toLowerCase(), count));
        return added;
    }

    private List<String> newUnits(int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = "linearity" + (++sequence);
            units.save(new Unit(code, "线性检查单位" + sequence, UnitKind.AGENCY, false, null, 9000 + sequence));
            codes.add(code);
        }
        return codes;
    }
}
