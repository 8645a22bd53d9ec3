package cn.fundrisk.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The trail as an Excel workbook (.xlsx), written row by row (POI's streaming XSSF) so that a large
 * export does not sit in memory. At most {@code limit} rows, newest first; a last line says when
 * more rows matched. The first columns read as the page does (names, Chinese labels); the last ones
 * keep the raw values as recorded (login id, record type and id, column, values).
 */
final class AuditWorkbook {

    static final List<String> HEADERS = List.of("时间", "操作人", "操作", "对象", "单位", "字段", "原值", "新值", "说明",
            "用户名", "记录类型", "记录编号", "字段名", "原值（原始）", "新值（原始）");
    private static final int[] WIDTHS = { 20, 12, 10, 24, 26, 16, 40, 40, 40, 14, 14, 12, 20, 40, 40 };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int ROWS_IN_MEMORY = 200;

    private AuditWorkbook() {
    }

    static void write(AuditEntries entries, AuditLabels labels, AuditFilter filter, int limit, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet("操作记录");
            header(workbook, sheet);
            int[] written = { 0 };
            entries.each(filter, limit, entry -> {
                written[0]++;
                row(sheet.createRow(written[0]), labels.label(entry));
            });
            long total = entries.count(filter);
            if (total > written[0]) {
                sheet.createRow(written[0] + 1).createCell(0).setCellValue("共 " + total + " 条记录，仅导出最新的 "
                        + written[0] + " 条，请缩小筛选范围后分批导出");
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void header(SXSSFWorkbook workbook, Sheet sheet) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            row.createCell(i).setCellValue(HEADERS.get(i));
            row.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Row row, AuditLabels.Labelled labelled) {
        AuditRow entry = labelled.row();
        String[] cells = { entry.occurredAt() == null ? "" : TIME.format(entry.occurredAt()), labelled.user(),
                entry.actionLabel(), labelled.object(), entry.unitName(), labelled.field(), labelled.oldValue(),
                labelled.newValue(), entry.note(), entry.userId(), entry.entityType(), entry.entityId(), entry.field(),
                entry.oldValue(), entry.newValue() };
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }
}
