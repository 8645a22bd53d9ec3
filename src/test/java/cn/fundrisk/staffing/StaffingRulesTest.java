package cn.fundrisk.staffing;

import static cn.fundrisk.staffing.Position.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The checker of the staffing table (附件2), plain JUnit: each rule of the campaign with a table that
 * passes and one that fails. The rules are built here as data, the way staffing_rule holds them.
 */
class StaffingRulesTest {

    /** The rules of items 3, 5 and 14, as V5__staffing.sql loads them. */
    static final List<StaffingRule> CAMPAIGN_RULES = List.of(
            StaffingRule.incompatible(BUSINESS, FINANCE, 3),
            StaffingRule.incompatible(BUSINESS, IT, 3),
            StaffingRule.incompatible(ACCOUNTING, CASHIER, 3),
            StaffingRule.incompatible(BILLS, SEALS, 14),
            StaffingRule.highRisk(BENEFIT_PAYMENT, true, 5, 5),
            StaffingRule.highRisk(RATE_SETTING, true, 5, 5),
            StaffingRule.highRisk(ACCOUNTING, true, 5, 5),
            StaffingRule.highRisk(CASHIER, true, 5, 5));

    private final StaffingRules rules = new StaffingRules(CAMPAIGN_RULES);

    @ParameterizedTest(name = "{0}+{1} (item {2})")
    @CsvSource({ "业务,财务,3", "业务,信息,3", "会计,出纳,3", "票据,印章,14" })
    void incompatiblePositionsHeldByOnePersonAreFound(String a, String b, int itemNo) {
        // passing: the two positions are held by two people (formal, new in the post)
        List<StaffMember> separate = List.of(member("赵六", true, "1", a), member("钱七", true, "1", b));
        assertThat(rules.check(separate)).isEmpty();

        // failing: one person holds both
        List<StaffMember> together = List.of(member("张三", true, "1", a, b), member("钱七", true, "1", "综合"));
        assertThat(rules.check(together)).containsExactly(new StaffingFinding(itemNo, "张三",
                "张三同时担任" + a + "和" + b + "（不相容岗位，第" + itemNo + "项）"));
    }

    @ParameterizedTest(name = "{0} must be held by formal staff")
    @CsvSource({ "待遇发放", "费率核定", "会计", "出纳" })
    void highRiskPositionsHeldBySomeoneNotFormalAreFound(String position) {
        assertThat(rules.check(List.of(member("李四", true, "2", position), member("孙八", false, "2", "综合"))))
                .isEmpty();

        assertThat(rules.check(List.of(member("李四", false, "2", position)))).containsExactly(new StaffingFinding(5,
                "李四", "李四担任" + position + "但非在编人员（高风险岗位，第5项）"));
    }

    @ParameterizedTest(name = "{0} at most 5 consecutive years")
    @CsvSource({ "待遇发放", "费率核定", "会计", "出纳" })
    void highRiskPositionsHeldForMoreThanFiveYearsAreFound(String position) {
        assertThat(rules.check(List.of(member("王五", true, "5", position), member("周九", true, "12", "稽核"))))
                .as("5 years is not more than 5").isEmpty();

        assertThat(rules.check(List.of(member("王五", true, "6", position)))).containsExactly(new StaffingFinding(5,
                "王五", "王五担任" + position + "已连续6年，超过5年（第5项）"));
        assertThat(rules.check(List.of(member("王五", true, "5.5", position)))).extracting(StaffingFinding::message)
                .containsExactly("王五担任" + position + "已连续5.5年，超过5年（第5项）");
    }

    @Test
    void theExamplesOfTheIssueReadAsWritten() {
        List<StaffMember> table = List.of(
                member("张三", true, "3", "会计", "出纳"),
                member("李四", false, "2", "出纳"),
                member("王五", true, "6", "待遇发放"),
                member("赵六", true, "8", "票据", "印章"));

        assertThat(rules.check(table)).extracting(StaffingFinding::message).containsExactly(
                "张三同时担任会计和出纳（不相容岗位，第3项）",
                "李四担任出纳但非在编人员（高风险岗位，第5项）",
                "王五担任待遇发放已连续6年，超过5年（第5项）",
                "赵六同时担任票据和印章（不相容岗位，第14项）");
        assertThat(rules.check(table, 5)).extracting(StaffingFinding::name).containsExactly("李四", "王五");
        assertThat(rules.check(table, 14)).extracting(StaffingFinding::name).containsExactly("赵六");
        assertThat(rules.check(table, 1)).isEmpty();
        assertThat(rules.concerns(3)).isTrue();
        assertThat(rules.concerns(5)).isTrue();
        assertThat(rules.concerns(14)).isTrue();
        assertThat(rules.concerns(1)).isFalse();
    }

    @Test
    void oneTableCanBreakSeveralRulesAtOnce() {
        StaffMember everything = member("吴十", false, "7", "会计", "出纳");

        assertThat(rules.check(List.of(everything))).extracting(StaffingFinding::message).containsExactly(
                "吴十同时担任会计和出纳（不相容岗位，第3项）",
                "吴十担任会计但非在编人员（高风险岗位，第5项）",
                "吴十担任会计已连续7年，超过5年（第5项）",
                "吴十担任出纳但非在编人员（高风险岗位，第5项）",
                "吴十担任出纳已连续7年，超过5年（第5项）");
    }

    @Test
    void rulesAreDataAnotherRuleNeedsNoCode() {
        StaffingRules other = new StaffingRules(List.of(
                StaffingRule.incompatible(AUDIT, BUSINESS, 2),
                new StaffingRule(StaffingRule.Kind.HIGH_RISK, GENERAL, null, false, 3, 9, "综合岗位不超过3年"),
                new StaffingRule(StaffingRule.Kind.HIGH_RISK, OTHER, null, true, null, 9, "其他岗位须在编")));

        assertThat(other.check(List.of(member("郑一", true, "4", "稽核", "业务", "会计", "出纳"),
                member("冯二", false, "4", "综合"), member("陈三", false, "40", "其他"))))
                .extracting(StaffingFinding::message).containsExactly(
                        "郑一同时担任稽核和业务（不相容岗位，第2项）",
                        "冯二担任综合已连续4年，超过3年（第9项）",
                        "陈三担任其他但非在编人员（高风险岗位，第9项）");
        assertThat(new StaffingRules(List.of()).check(List.of(member("郑一", false, "40", "会计", "出纳"))))
                .as("without rules nothing is found").isEmpty();
    }

    @Test
    void formFindingsAreAMarkdownListWithTheLinkAndNamesAreNotMarkdown() {
        List<StaffingFinding> findings = List.of(new StaffingFinding(3, "张三", "张三同时担任会计和出纳（不相容岗位，第3项）"),
                new StaffingFinding(3, "*李_四*", "*李_四*同时担任业务和财务（不相容岗位，第3项）"));

        assertThat(StaffingTables.markdown(7L, findings)).isEqualTo(
                "- 张三同时担任会计和出纳（不相容岗位，第3项）\n"
                        + "- \\*李\\_四\\*同时担任业务和财务（不相容岗位，第3项）\n\n"
                        + "[查看人员分工情况表](/units/7/staffing)");
        assertThat(StaffingTables.markdown(7L, List.of())).isEmpty();
    }

    @Test
    void anEmptyOrIncompleteTableIsAFindingOnTheItemsThatRelyOnIt() {
        StaffingRules complete = new StaffingRules(List.of(StaffingRule.tableComplete(3), StaffingRule.tableComplete(5),
                StaffingRule.tableComplete(14)));
        assertThat(complete.check(List.of())).extracting(StaffingFinding::itemNo, StaffingFinding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "尚未填报人员分工、岗位职责情况表（第3项）"),
                        org.assertj.core.groups.Tuple.tuple(5, "尚未填报人员分工、岗位职责情况表（第5项）"),
                        org.assertj.core.groups.Tuple.tuple(14, "尚未填报人员分工、岗位职责情况表（第14项）"));
        assertThat(complete.check(List.of(member("张三", true, "1", "会计")))).as("department and duties given").isEmpty();

        StaffMember noDepartment = new StaffMember(1L, "李四", null, List.of(CASHIER), " ", true, BigDecimal.ONE, 0,
                "test", Instant.EPOCH);
        assertThat(complete.check(List.of(member("张三", true, "1", "会计"), noDepartment)))
                .extracting(StaffingFinding::message).containsExactly(
                        "李四未填写部门(科室)、岗位职责（人员分工表不完整，第3项）",
                        "李四未填写部门(科室)、岗位职责（人员分工表不完整，第5项）",
                        "李四未填写部门(科室)、岗位职责（人员分工表不完整，第14项）");
    }

    @Test
    void itemsTwoAndTwentyEightAskForADedicatedFormalHolder() {
        StaffingRules dedicated = new StaffingRules(List.of(StaffingRule.dedicatedFormal(AUDIT, 2),
                StaffingRule.dedicatedFormal(FUND_SUPERVISION, 28)));
        assertThat(dedicated.check(List.of(member("周九", true, "3", "稽核"), member("吴十", true, "2", "基金监督"))))
                .as("a formal holder of each").isEmpty();
        assertThat(dedicated.check(List.of(member("周九", true, "3", "稽核"), member("吴十", false, "2", "基金监督"),
                member("郑一", true, "1", "综合"))))
                .containsExactly(new StaffingFinding(28, "吴十",
                        "担任基金监督岗位的吴十均非在编人员（须有专人（正式在编人员）担任，第28项）"));
        assertThat(dedicated.check(List.of(member("郑一", true, "1", "综合"))))
                .extracting(StaffingFinding::message).containsExactly(
                        "人员分工表中无人担任稽核岗位（须有专人（正式在编人员）担任，第2项）",
                        "人员分工表中无人担任基金监督岗位（须有专人（正式在编人员）担任，第28项）");
    }

    static StaffMember member(String name, boolean formal, String years, String... positions) {
        return new StaffMember(1L, name, "综合科", List.of(positions).stream().map(p -> Position.of(p).orElseThrow())
                .toList(), "岗位职责", formal, new BigDecimal(years), 0, "test", Instant.EPOCH);
    }
}
