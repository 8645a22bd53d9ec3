package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import cn.fundrisk.accountability.AccountabilityQueries;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.Clock;
import cn.fundrisk.rectification.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 整改台账: one row per problem, unit by unit in the units' order, then by item, with its cause, risk,
 * leader, actual completion, 销号 and the 问责 decisions on it; a second sheet lists every 问责 decision.
 */
final class LedgerWorkbook {

    static final List<String> HEADERS = List.of("单位", "序号", "问题描述", "原因分析", "风险等级", "整改措施", "责任人",
            "责任领导", "计划完成日期", "截止时间", "状态", "整改情况", "实际完成时间", "协调意见", "验证人", "验证时间",
            "销号人", "销号时间", "问责");
    private static final int[] WIDTHS = { 22, 6, 36, 30, 8, 36, 10, 10, 12, 17, 13, 30, 12, 24, 12, 17, 12, 17, 24 };
    static final List<String> ACCOUNTABILITY_HEADERS = List.of("单位", "对象", "问责方式", "依据", "决定日期",
            "决定人（机关）", "说明", "场合", "记录人", "记录时间");
    private static final int[] ACCOUNTABILITY_WIDTHS = { 22, 30, 14, 40, 12, 16, 30, 14, 12, 17 };

    private LedgerWorkbook() {
    }

    /** units in their order; problems of each unit by item and id; the units' 问责 decisions; login ids to names. */
    static Workbooks write(List<CampaignUnit> units, Map<Long, List<Problem>> problems,
            List<AccountabilityQueries.Row> decisions, UnaryOperator<String> names) {
        Workbooks books = new Workbooks();
        Map<Long, String> onProblem = decisions.stream().filter(d -> d.problemId() != null)
                .collect(Collectors.groupingBy(AccountabilityQueries.Row::problemId, Collectors.mapping(
                        d -> d.decidedOn() + " " + d.methodLabel(), Collectors.joining("；"))));
        Sheet sheet = books.workbook.createSheet("整改台账");
        books.header(sheet, 0, HEADERS, WIDTHS);
        int r = 1;
        for (CampaignUnit cu : units) {
            for (Problem p : problems.getOrDefault(cu.getId(), List.of())) {
                Row row = sheet.createRow(r++);
                Workbooks.cell(row, 0, cu.getUnit().getName(), books.text);
                Workbooks.cell(row, 1, BigDecimal.valueOf(p.getItemNo()), books.number);
                Workbooks.cell(row, 2, p.getDescription(), books.text);
                Workbooks.cell(row, 3, p.getCause(), books.text);
                Workbooks.cell(row, 4, p.getRiskLevel() == null ? "" : p.getRiskLevel().label(), books.centred);
                Workbooks.cell(row, 5, p.getMeasure(), books.text);
                Workbooks.cell(row, 6, p.getResponsiblePerson(), books.centred);
                Workbooks.cell(row, 7, p.getResponsibleLeader(), books.centred);
                date(row, 8, p.getPlannedDate(), books.date);
                time(row, 9, p.getDueAt(), books.dateTime);
                Workbooks.cell(row, 10, p.getStatus().label() + (p.getHandedOverAt() != null ? "（长期跟踪）" : ""),
                        books.centred);
                Workbooks.cell(row, 11, p.getActionTaken(), books.text);
                date(row, 12, p.getCompletedOn(), books.date);
                Workbooks.cell(row, 13, p.getCoordinationNote(), books.text);
                Workbooks.cell(row, 14, p.getVerifiedBy() == null ? null : names.apply(p.getVerifiedBy()), books.centred);
                time(row, 15, p.getVerifiedAt(), books.dateTime);
                Workbooks.cell(row, 16, p.getClosedOffBy() == null ? null : names.apply(p.getClosedOffBy()), books.centred);
                time(row, 17, p.getClosedOffAt(), books.dateTime);
                Workbooks.cell(row, 18, onProblem.get(p.getId()), books.text);
            }
        }
        RowHeights.fit(sheet);
        RowHeights.print(sheet, 0, 0);
        accountabilitySheet(books, decisions, names);
        return books;
    }

    private static void accountabilitySheet(Workbooks books, List<AccountabilityQueries.Row> decisions,
            UnaryOperator<String> names) {
        Sheet sheet = books.workbook.createSheet("问责记录");
        books.header(sheet, 0, ACCOUNTABILITY_HEADERS, ACCOUNTABILITY_WIDTHS);
        int r = 1;
        for (AccountabilityQueries.Row d : decisions) {
            Row row = sheet.createRow(r++);
            Workbooks.cell(row, 0, d.unitName(), books.text);
            Workbooks.cell(row, 1, d.target(), books.text);
            Workbooks.cell(row, 2, d.methodLabel(), books.centred);
            Workbooks.cell(row, 3, d.basis(), books.text);
            date(row, 4, d.decidedOn(), books.date);
            Workbooks.cell(row, 5, d.decidedBy(), books.centred);
            Workbooks.cell(row, 6, d.note(), books.text);
            Workbooks.cell(row, 7, d.occasionLabel(), books.centred);
            Workbooks.cell(row, 8, d.recordedBy() == null ? null : names.apply(d.recordedBy()), books.centred);
            time(row, 9, d.recordedAt() == null ? null : d.recordedAt().toInstant(), books.dateTime);
        }
        RowHeights.fit(sheet);
        RowHeights.print(sheet, 0, 0);
    }

    private static void date(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = Workbooks.cell(row, column, (BigDecimal) null, style);
        if (date != null) {
            cell.setCellValue(date);
        }
    }

    /** An instant as a date-time cell in Beijing time. */
    private static void time(Row row, int column, Instant instant, CellStyle style) {
        Cell cell = Workbooks.cell(row, column, (BigDecimal) null, style);
        if (instant != null) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, Clock.ZONE));
        }
    }
}
