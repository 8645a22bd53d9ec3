package cn.fundrisk.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import cn.fundrisk.process.InputRejectedException;
import org.junit.jupiter.api.Test;

/** The checks of a submitted staffing table: every row before anything is saved, Chinese messages. */
class StaffingInputTest {

    static final Instant NOW = Instant.parse("2019-05-10T02:00:00Z");

    @Test
    void goodRowsBecomeTableRowsInTheirOrder() {
        List<StaffMember> members = StaffingInput.check(9L, List.of(
                row(" 张三 ", "6", "出纳", "会计", "会计"),
                new StaffRow("李四", null, List.of("综合"), "  ", null, new BigDecimal("0"))), "ldj-staff", NOW);

        assertThat(members).extracting(StaffMember::getName).containsExactly("张三", "李四");
        StaffMember first = members.get(0);
        assertThat(first.getPositions()).as("each once, in the vocabulary's order")
                .containsExactly(Position.ACCOUNTING, Position.CASHIER);
        assertThat(first.getYearsInPosition()).isEqualByComparingTo("6");
        assertThat(first.getCampaignUnitId()).isEqualTo(9L);
        assertThat(first.getSortOrder()).isEqualTo(1);
        assertThat(first.getUpdatedBy()).isEqualTo("ldj-staff");
        assertThat(first.getUpdatedAt()).isEqualTo(NOW);
        assertThat(first.isFormal()).isTrue();
        assertThat(members.get(1).getDuties()).isNull();
        assertThat(members.get(1).isFormal()).as("formal left out is not 在编").isFalse();
        assertThat(StaffingInput.check(9L, List.of(), "ldj-staff", NOW)).as("an empty table clears it").isEmpty();
    }

    @Test
    void badRowsAreRejectedWithAChineseMessageNamingTheRow() {
        rejected(List.of(row("张三", "1", "会计"), row(" ", "1", "出纳")), "第2行：请填写姓名");
        rejected(Collections.singletonList(null), "第1行：请填写姓名");
        rejected(List.of(row("长".repeat(51), "1", "会计")), "第1行：姓名过长：最多 50 个字符，当前 51 个");
        rejected(List.of(row("张三", "1")), "第1行（张三）：请至少选择一个岗位");
        rejected(List.of(new StaffRow("张三", null, null, null, true, BigDecimal.ONE)), "第1行（张三）：请至少选择一个岗位");
        rejected(List.of(row("张三", "1", "会计", "司机")),
                "第1行（张三）：岗位无效：司机，应为 业务、财务、信息、会计、出纳、票据、印章、待遇发放、费率核定、稽核、基金监督、综合、其他 之一");
        rejected(List.of(new StaffRow("张三", "科".repeat(101), List.of("会计"), null, true, BigDecimal.ONE)),
                "第1行（张三）：部门(科室)过长：最多 100 个字符，当前 101 个");
        rejected(List.of(row("张三", "-1", "会计")), "第1行（张三）：任职年限应在 0 到 60 年之间");
        rejected(List.of(row("张三", "60.1", "会计")), "第1行（张三）：任职年限应在 0 到 60 年之间");
        rejected(List.of(row("张三", "5.25", "会计")), "第1行（张三）：任职年限最多保留一位小数");
        rejected(List.of(new StaffRow("张三", null, List.of("会计"), null, true, null)), "第1行（张三）：请填写任职年限");
        rejected(List.of(new StaffRow("张三", null, List.of("会计"), "职".repeat(501), true, BigDecimal.ONE)),
                "第1行（张三）：岗位职责过长：最多 500 个字符，当前 501 个");
        rejected(null, "请提交人员列表");
        assertThat(StaffingInput.check(9L, List.of(new StaffRow("张三", " 财务科 ", List.of("会计"), null, true,
                BigDecimal.ONE)), "u", NOW)).extracting(StaffMember::getDepartment).containsExactly("财务科");

        List<StaffRow> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(row("人员" + i, "1", "综合"));
        }
        rejected(tooMany, "人员过多：最多 200 人，当前 201 人");
        assertThat(StaffingInput.check(9L, tooMany.subList(0, 200), "u", NOW)).as("200 is allowed").hasSize(200);
        assertThat(StaffingInput.check(9L, List.of(row("张三", "60", "会计"), row("李四", "0.5", "会计")), "u", NOW))
                .extracting(StaffMember::getYearsInPosition).containsExactly(new BigDecimal("60.0"), new BigDecimal("0.5"));
    }

    private static void rejected(List<StaffRow> rows, String message) {
        assertThatThrownBy(() -> StaffingInput.check(9L, rows, "ldj-staff", NOW))
                .isInstanceOf(InputRejectedException.class).hasMessage(message);
    }

    static StaffRow row(String name, String years, String... positions) {
        return new StaffRow(name, null, Arrays.asList(positions), null, true, new BigDecimal(years));
    }
}
