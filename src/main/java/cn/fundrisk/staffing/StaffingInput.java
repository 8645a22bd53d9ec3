package cn.fundrisk.staffing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.fundrisk.process.InputRejectedException;

/** Checks a submitted staffing table, every row, before anything is saved; bad input gets a Chinese message. */
final class StaffingInput {

    static final int MAX_ROWS = 200;
    static final int MAX_NAME = 50;
    static final int MAX_DUTIES = 500;
    static final int MAX_DEPARTMENT = 100;
    static final BigDecimal MAX_YEARS = BigDecimal.valueOf(60);

    private StaffingInput() {
    }

    /** The rows as new table rows of the unit, in the order given; the first bad row rejects them all. */
    static List<StaffMember> check(Long campaignUnitId, List<StaffRow> rows, String user, Instant now) {
        if (rows == null) {
            throw new InputRejectedException("请提交人员列表");
        }
        if (rows.size() > MAX_ROWS) {
            throw new InputRejectedException("人员过多：最多 " + MAX_ROWS + " 人，当前 " + rows.size() + " 人");
        }
        List<StaffMember> members = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            members.add(member(campaignUnitId, rows.get(i), i + 1, user, now));
        }
        return members;
    }

    private static StaffMember member(Long campaignUnitId, StaffRow row, int rowNo, String user, Instant now) {
        if (row == null) {
            throw new InputRejectedException("第" + rowNo + "行：请填写姓名");
        }
        String name = row.name() == null ? "" : row.name().strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("第" + rowNo + "行：请填写姓名");
        }
        String where = "第" + rowNo + "行（" + name + "）：";
        if (length(name) > MAX_NAME) {
            throw new InputRejectedException("第" + rowNo + "行：姓名过长：最多 " + MAX_NAME + " 个字符，当前 "
                    + length(name) + " 个");
        }
        String department = row.department() == null || row.department().isBlank() ? null : row.department().strip();
        if (department != null && length(department) > MAX_DEPARTMENT) {
            throw new InputRejectedException(where + "部门(科室)过长：最多 " + MAX_DEPARTMENT + " 个字符，当前 "
                    + length(department) + " 个");
        }
        List<Position> positions = positions(row.positions(), where);
        String duties = row.duties() == null || row.duties().isBlank() ? null : row.duties().strip();
        if (duties != null && length(duties) > MAX_DUTIES) {
            throw new InputRejectedException(where + "岗位职责过长：最多 " + MAX_DUTIES + " 个字符，当前 "
                    + length(duties) + " 个");
        }
        BigDecimal years = years(row.yearsInPosition(), where);
        return new StaffMember(campaignUnitId, name, department, positions, duties, Boolean.TRUE.equals(row.formal()),
                years, rowNo, user, now);
    }

    /** Known positions, each once, in the order of the vocabulary. */
    private static List<Position> positions(List<String> names, String where) {
        Set<Position> positions = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            positions.add(Position.of(name).orElseThrow(() -> new InputRejectedException(where + "岗位无效："
                    + name.strip() + "，应为 " + Position.ALL_NAMES + " 之一")));
        }
        if (positions.isEmpty()) {
            throw new InputRejectedException(where + "请至少选择一个岗位");
        }
        return positions.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static BigDecimal years(BigDecimal years, String where) {
        if (years == null) {
            throw new InputRejectedException(where + "请填写任职年限");
        }
        if (years.signum() < 0 || years.compareTo(MAX_YEARS) > 0) {
            throw new InputRejectedException(where + "任职年限应在 0 到 60 年之间");
        }
        BigDecimal plain = years.stripTrailingZeros();
        if (plain.scale() > 1) {
            throw new InputRejectedException(where + "任职年限最多保留一位小数");
        }
        return plain.setScale(1);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
