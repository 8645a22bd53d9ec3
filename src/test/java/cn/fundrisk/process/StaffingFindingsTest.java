package cn.fundrisk.process;

import static cn.fundrisk.process.UnitCampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.staffing.StaffingFinding;
import cn.fundrisk.staffing.StaffingRule;
import cn.fundrisk.staffing.StaffingRuleRows;
import cn.fundrisk.staffing.StaffingTable;
import cn.fundrisk.staffing.StaffingTables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staffing table (附件2) in the self-inspection: the forms of items 3, 5 and 14 show what the
 * check of the unit's table found, when their tasks are created and again whenever the table is saved.
 */
class StaffingFindingsTest extends ProcessTestSupport {

    static final String LINK = "\n\n[查看人员分工情况表](/units/%d/staffing)";

    @Autowired StaffingTables staffing;
    @Autowired StaffingRuleRows ruleRows;
    @Autowired TransactionTemplate transaction;

    @Test
    void theRulesOfTheCampaignAreLoadedAsData() {
        assertThat(ruleRows.findAllByOrderByItemNoAscIdAsc()).extracting(r -> r.getItemNo() + " " + r.getKind()
                + (r.getPositionA() == null ? "" : " " + r.getPositionA().label())
                + (r.getPositionB() == null ? "" : "+" + r.getPositionB().label())
                + (r.isRequiresFormal() ? " 在编" : "") + (r.getMaxYears() == null ? "" : " ≤" + r.getMaxYears()))
                .containsExactly("2 DEDICATED_FORMAL 稽核 在编",
                        "3 INCOMPATIBLE 业务+财务", "3 INCOMPATIBLE 业务+信息", "3 INCOMPATIBLE 会计+出纳", "3 TABLE_COMPLETE",
                        "5 HIGH_RISK 待遇发放 在编 ≤5", "5 HIGH_RISK 费率核定 在编 ≤5", "5 HIGH_RISK 会计 在编 ≤5",
                        "5 HIGH_RISK 出纳 在编 ≤5", "5 TABLE_COMPLETE", "14 INCOMPATIBLE 票据+印章", "14 TABLE_COMPLETE",
                        "28 DEDICATED_FORMAL 基金监督 在编");
        assertThat(ruleRows.findAll()).extracting(StaffingRule::getDescription).allMatch(d -> !d.isBlank());
    }

    @Test
    void itemFormsShowTheFindingsOfTheirItemAndFollowTheTable() {
        ProcessInstance campaignPi = start(request("人员分工", 2019, "ldj"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        long id = ldj.getId();

        // entered while the unit is still in deployment: the item tasks show it when they are created
        StaffingTable saved = save(ldj, row("张三", true, "3", "会计", "出纳"), row("李四", false, "2", "出纳"),
                row("王五", true, "6", "待遇发放"), row("赵六", true, "1", "票据", "印章"), row("钱七", true, "9", "稽核"));
        assertThat(saved.findings()).hasSize(4);
        scenario.deploy(ldj);

        Map<Integer, Object> shown = findingsShown(ldj);
        assertThat(shown).containsEntry(3, "- 张三同时担任会计和出纳（不相容岗位，第3项）" + LINK.formatted(id))
                .containsEntry(5, "- 李四担任出纳但非在编人员（高风险岗位，第5项）\n"
                        + "- 王五担任待遇发放已连续6年，超过5年（第5项）" + LINK.formatted(id))
                .containsEntry(14, "- 赵六同时担任票据和印章（不相容岗位，第14项）" + LINK.formatted(id));
        assertThat(shown).as("every other item shows nothing (27 items: not 28, nor 7, 27, 29, 不计分)").hasSize(27)
                .allSatisfy((itemNo, text) -> assertThat(List.of(3, 5, 14).contains(itemNo) || "".equals(text))
                        .as("item %s: %s", itemNo, text).isTrue());

        // the unit corrects its table: the open forms follow at once
        save(ldj, row("张三", true, "3", "会计"), row("李四", true, "2", "出纳"), row("王五", true, "1", "待遇发放"),
                row("赵六", true, "1", "票据"), row("孙八", true, "1", "印章"), row("钱七", true, "9", "稽核"));
        assertThat(findingsShown(ldj)).allSatisfy((itemNo, text) -> assertThat(text).as("item %s", itemNo).isEqualTo(""));

        // and when it gets worse again
        save(ldj, row("周九", false, "8", "费率核定"));
        Map<Integer, Object> again = findingsShown(ldj);
        assertThat(again.get(5)).isEqualTo("- 周九担任费率核定但非在编人员（高风险岗位，第5项）\n"
                + "- 周九担任费率核定已连续8年，超过5年（第5项）" + LINK.formatted(id));
        assertThat(again.get(3)).isEqualTo("");
        assertThat(again.get(14)).isEqualTo("");

        // a submitted item no longer has a task; the others keep theirs
        Task item3 = itemTask(ldj, 3);
        driver.submit(item3, staff("ldj"), Scenario.itemResult(3, false, null));
        save(ldj, row("张三", true, "3", "会计", "出纳"));
        assertThat(findingsShown(ldj)).doesNotContainKey(3).containsEntry(5, "").containsEntry(14, "");
    }

    @Test
    void anEmptyTableAndOneWithoutDepartmentOrADedicatedFormalAuditorAreFindings() {
        ProcessInstance campaignPi = start(request("人员分工不完整", 2019, "ldj,guichi"));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit ldj = unit(campaignOf(campaignPi), "ldj");
        CampaignUnit guichi = unit(campaignOf(campaignPi), "guichi");
        scenario.deploy(ldj);
        long id = ldj.getId();

        Map<Integer, Object> empty = findingsShown(ldj);
        for (int item : List.of(3, 5, 14)) {
            assertThat(empty.get(item)).as("item %d of an empty table", item)
                    .isEqualTo("- 尚未填报人员分工、岗位职责情况表（第" + item + "项）" + LINK.formatted(id));
        }
        assertThat(empty.get(2)).isEqualTo("- 人员分工表中无人担任稽核岗位（须有专人（正式在编人员）担任，第2项）" + LINK.formatted(id));
        assertThat(empty).doesNotContainKey(28);

        StaffingTable incomplete = save(ldj, new StaffRow("张三", " ", List.of("稽核"), null, false, BigDecimal.ONE));
        assertThat(incomplete.findings()).extracting(StaffingFinding::message).containsExactly(
                "担任稽核岗位的张三均非在编人员（须有专人（正式在编人员）担任，第2项）",
                "张三未填写部门(科室)、岗位职责（人员分工表不完整，第3项）",
                "张三未填写部门(科室)、岗位职责（人员分工表不完整，第5项）",
                "张三未填写部门(科室)、岗位职责（人员分工表不完整，第14项）");
        assertThat(incomplete.rules()).extracting(StaffingTable.Rule::itemNo).as("item 28 is a county's")
                .doesNotContain(28).contains(2, 3, 5, 14);
        assertThat(findingsShown(ldj).get(5)).isEqualTo(
                "- 张三未填写部门\\(科室\\)、岗位职责（人员分工表不完整，第5项）" + LINK.formatted(id));

        CurrentUser office = new CurrentUser(OFFICE, List.of("office"));
        StaffingTable county = transaction.execute(status -> staffing.view(guichi.getId(), office));
        assertThat(county.findings()).extracting(StaffingFinding::itemNo).as("a county: item 28 too")
                .containsExactly(2, 3, 5, 14, 28);
        assertThat(county.findings()).extracting(StaffingFinding::message)
                .contains("人员分工表中无人担任基金监督岗位（须有专人（正式在编人员）担任，第28项）");
    }

    private StaffingTable save(CampaignUnit unit, StaffRow... rows) {
        CurrentUser staffOfUnit = new CurrentUser(staff("ldj"), List.of("unit-ldj"));
        return transaction.execute(status -> staffing.replace(unit.getId(), Arrays.asList(rows), staffOfUnit));
    }

    /** Item number → the staffingFindings variable of its open self-inspection task. */
    private Map<Integer, Object> findingsShown(CampaignUnit unit) {
        String pi = campaignUnits.findById(unit.getId()).orElseThrow().getProcessInstanceId();
        Map<Integer, Object> shown = new TreeMap<>();
        for (Task task : driver.open(pi, TASK_SELF_INSPECT_ITEM)) {
            shown.put(((Number) driver.variable(task, VAR_ITEM_NO)).intValue(),
                    taskService.getVariableLocal(task.getId(), StaffingTables.FORM_VARIABLE));
        }
        return shown;
    }

    private Task itemTask(CampaignUnit unit, int itemNo) {
        String pi = campaignUnits.findById(unit.getId()).orElseThrow().getProcessInstanceId();
        return driver.open(pi, TASK_SELF_INSPECT_ITEM).stream()
                .filter(t -> ((Number) driver.variable(t, VAR_ITEM_NO)).intValue() == itemNo).findFirst().orElseThrow();
    }

    private static StaffRow row(String name, boolean formal, String years, String... positions) {
        return new StaffRow(name, "综合科", List.of(positions), "岗位职责", formal, new BigDecimal(years));
    }
}
