package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.Clock;
import cn.fundrisk.rectification.Problem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 整改台账: one row per problem, unit by unit in the units' order, then by item; the verifier by name;
 * rows as tall as their wrapped text, A4 landscape with the header on every page.
 */
final class LedgerWorkbook {

    static final List<String> HEADERS = List.of("单位", "序号", "问题描述", "整改措施", "责任人", "计划完成日期", "截止时间",
            "状态", "整改情况", "协调意见", "验证人", "验证时间");
    private static final int[] WIDTHS = { 16, 5, 28, 28, 8, 11, 16, 10, 24, 18, 8, 16 };

    private LedgerWorkbook() {
    }

    /** units in their order; problems of each unit by item and id. */
    static Workbooks write(List<CampaignUnit> units, Map<Long, List<Problem>> problems, UnaryOperator<String> names) {
        Workbooks books = new Workbooks();
        Sheet sheet = books.workbook.createSheet("整改台账");
        books.header(sheet, 0, HEADERS, WIDTHS);
        int r = 1;
        for (CampaignUnit cu : units) {
            for (Problem p : problems.getOrDefault(cu.getId(), List.of())) {
                Row row = sheet.createRow(r++);
                Workbooks.cell(row, 0, cu.getUnit().getName(), books.text);
                Workbooks.cell(row, 1, BigDecimal.valueOf(p.getItemNo()), books.number);
                Workbooks.cell(row, 2, p.getDescription(), books.text);
                Workbooks.cell(row, 3, p.getMeasure(), books.text);
                Workbooks.cell(row, 4, p.getResponsiblePerson(), books.centred);
                Cell planned = Workbooks.cell(row, 5, (BigDecimal) null, books.date);
                if (p.getPlannedDate() != null) {
                    planned.setCellValue(p.getPlannedDate());
                }
                time(row, 6, p.getDueAt(), books.dateTime);
                Workbooks.cell(row, 7, p.getStatus().label(), books.centred);
                Workbooks.cell(row, 8, p.getActionTaken(), books.text);
                Workbooks.cell(row, 9, p.getCoordinationNote(), books.text);
                Workbooks.cell(row, 10, p.getVerifiedBy() == null ? null : names.apply(p.getVerifiedBy()), books.centred);
                time(row, 11, p.getVerifiedAt(), books.dateTime);
            }
        }
        RowHeights.fit(sheet);
        RowHeights.print(sheet, 0, 0);
        return books;
    }

    /** An instant as a date-time cell in Beijing time. */
    private static void time(Row row, int column, Instant instant, CellStyle style) {
        Cell cell = Workbooks.cell(row, column, (BigDecimal) null, style);
        if (instant != null) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, Clock.ZONE));
        }
    }
}
