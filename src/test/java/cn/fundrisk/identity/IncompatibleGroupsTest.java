package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The pairs of fundrisk.incompatible-groups, as configured by default in application.yaml. */
class IncompatibleGroupsTest {

    static final String SAME_UNIT = "同一单位的经办人员和单位负责人不相容";
    static final String INSPECTED = "检查评估人员和被检查单位的人员不相容";

    final IncompatibleGroups defaults = IncompatibleGroups.of(List.of(
            new IncompatibleGroupsProperties.Rule(List.of("unit-{code}", "unit-{code}-head"), SAME_UNIT),
            new IncompatibleGroupsProperties.Rule(List.of("inspectors", "unit-{code}"), INSPECTED),
            new IncompatibleGroupsProperties.Rule(List.of("inspectors", "unit-{code}-head"), INSPECTED)));

    @Test
    void staffAndHeadOfTheSameUnitExcludeEachOtherFromBothSides() {
        assertThat(defaults.conflict("zhang", "unit-ldj-head", List.of("unit-ldj")))
                .contains("用户 zhang 已是 unit-ldj 成员，不能同时加入 unit-ldj-head：" + SAME_UNIT);
        assertThat(defaults.conflict("zhang", "unit-ldj", List.of("office", "unit-ldj-head")))
                .contains("用户 zhang 已是 unit-ldj-head 成员，不能同时加入 unit-ldj：" + SAME_UNIT);
    }

    @Test
    void inspectorsAreInNoUnit() {
        assertThat(defaults.conflict("li", "inspectors", List.of("unit-ylbx")))
                .contains("用户 li 已是 unit-ylbx 成员，不能同时加入 inspectors：" + INSPECTED);
        assertThat(defaults.conflict("li", "inspectors", List.of("unit-ylbx-head"))).isPresent();
        assertThat(defaults.conflict("li", "unit-ylbx-head", List.of("inspectors")))
                .contains("用户 li 已是 inspectors 成员，不能同时加入 unit-ylbx-head：" + INSPECTED);
        assertThat(defaults.conflict("li", "unit-guichi", List.of("inspectors"))).isPresent();
    }

    @Test
    void otherCombinationsAreAllowed() {
        // staff of one unit and head of another, staff of two units, the office and a unit, the demo users' groups
        assertThat(defaults.conflict("wang", "unit-ylbx-head", List.of("unit-ldj"))).isEmpty();
        assertThat(defaults.conflict("wang", "unit-ylbx", List.of("unit-ldj", "unit-ldj-head-office"))).isEmpty();
        assertThat(defaults.conflict("wang", "unit-ldj", List.of("office", "leaders", "camunda-admin"))).isEmpty();
        assertThat(defaults.conflict("office", "camunda-admin", List.of("office"))).isEmpty();
        assertThat(defaults.conflict("inspector1", "inspectors", List.of())).isEmpty();
        assertThat(defaults.conflict("ldj-head", "unit-ldj-head", List.of())).isEmpty();
    }

    @Test
    void aRuleNeedsTwoPatternsAndHasADefaultReason() {
        assertThatThrownBy(() -> IncompatibleGroups.of(List.of(
                new IncompatibleGroupsProperties.Rule(List.of("office"), "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fundrisk.incompatible-groups[0].groups");
        IncompatibleGroups fixed = IncompatibleGroups.of(List.of(
                new IncompatibleGroupsProperties.Rule(List.of("office", "inspectors"), null)));
        assertThat(fixed.conflict("u", "inspectors", List.of("office")))
                .contains("用户 u 已是 office 成员，不能同时加入 inspectors：" + IncompatibleGroups.DEFAULT_REASON);
    }
}
