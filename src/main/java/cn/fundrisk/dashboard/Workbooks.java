package cn.fundrisk.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import cn.fundrisk.process.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles the exports share, and how a workbook is sent: as an attachment with a Chinese name. */
final class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final XSSFWorkbook workbook = new XSSFWorkbook();
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle number;
    final CellStyle boldText;
    final CellStyle boldNumber;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle dateTime;

    Workbooks() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);
        Font medium = workbook.createFont();
        medium.setFontHeightInPoints((short) 12);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(medium);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle.setWrapText(true);
        note = workbook.createCellStyle();
        note.setAlignment(HorizontalAlignment.LEFT);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        note.setWrapText(true);
        header = bordered(HorizontalAlignment.CENTER);
        header.setFont(bold);
        text = bordered(HorizontalAlignment.LEFT);
        centred = bordered(HorizontalAlignment.CENTER);
        number = bordered(HorizontalAlignment.CENTER);
        boldText = bordered(HorizontalAlignment.CENTER);
        boldText.setFont(bold);
        boldNumber = bordered(HorizontalAlignment.CENTER);
        boldNumber.setFont(bold);
        percent = bordered(HorizontalAlignment.CENTER);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        date = bordered(HorizontalAlignment.CENTER);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = bordered(HorizontalAlignment.CENTER);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    private CellStyle bordered(HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A header row with column widths (in characters), frozen below it. */
    void header(Sheet sheet, int rowIndex, List<String> headers, int[] widths) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headers.size(); i++) {
            cell(row, i, headers.get(i), header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, rowIndex + 1);
    }

    /** A4 landscape, one page wide, the rows up to the header repeated on every page ({@link RowHeights#print}). */
    static void print(Sheet sheet, int headerRow) {
        RowHeights.print(sheet, 0, headerRow);
    }

    static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A numeric cell, or a blank (styled) one when there is no number. */
    static Cell cell(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    void send(HttpServletResponse response, String fileName, String asciiName) throws IOException {
        Downloads.attachment(response, XLSX, fileName, asciiName);
        try (XSSFWorkbook book = workbook) {
            OutputStream out = response.getOutputStream();
            book.write(out);
            out.flush();
        }
    }

    /** A name usable in a file name: no path or reserved characters. */
    static String fileSafe(String name) {
        return Downloads.fileSafe(name);
    }
}
