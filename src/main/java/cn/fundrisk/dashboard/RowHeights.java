package cn.fundrisk.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights for wrapped text, computed from the column widths, and a print set-up that puts the
 * columns on an A4 landscape page. Spreadsheets (LibreOffice, WPS, Excel) do not grow a row for
 * text a library wrote: a row keeps its default height and the wrapped lines of neighbouring rows
 * print over each other (checked with LibreOffice in ExportsApiTest). The estimate is deliberately generous: a Chinese character counts as two
 * widths of the default font's "0" (it is 1.98 with Noto Sans CJK beside Calibri), a line as 1.5
 * times the font size (CJK fonts have tall line boxes).
 */
final class RowHeights {

    /** Widths of "0" of the default font (Calibri 11) a character takes, and the cell's inner padding. */
    static final double WIDE = 2.05;
    static final double NARROW = 1.1;
    static final double PADDING = 1.0;
    static final double LINE = 1.5;
    static final float MARGIN_POINTS = 5f;
    static final short FIT_HEIGHT_PAGES = 99;

    private RowHeights() {
    }

    /** Sets each row's height to what its wrapped cells need; a cell merged over rows may lengthen its last row. */
    static void fit(Sheet sheet) {
        Map<String, CellRangeAddress> mergedAt = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            mergedAt.put(region.getFirstRow() + ":" + region.getFirstColumn(), region);
        }
        List<float[]> tall = new ArrayList<>(); // first row, last row, points needed
        for (Row row : sheet) {
            float needed = row.getHeightInPoints();
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                CellRangeAddress region = mergedAt.get(row.getRowNum() + ":" + cell.getColumnIndex());
                if (region == null && insideMerge(sheet, cell)) {
                    continue;
                }
                int lastColumn = region == null ? cell.getColumnIndex() : region.getLastColumn();
                double width = 0;
                for (int c = cell.getColumnIndex(); c <= lastColumn; c++) {
                    width += sheet.getColumnWidth(c) / 256.0;
                }
                float points = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
                float height = (float) (lines(cell.getStringCellValue(), (width - PADDING) * 11 / points) * points * LINE)
                        + MARGIN_POINTS;
                if (region == null || region.getFirstRow() == region.getLastRow()) {
                    needed = Math.max(needed, height);
                } else {
                    tall.add(new float[] { region.getFirstRow(), region.getLastRow(), height });
                }
            }
            row.setHeightInPoints(needed);
        }
        for (float[] region : tall) {
            float sum = 0;
            for (int r = (int) region[0]; r <= (int) region[1]; r++) {
                sum += sheet.getRow(r).getHeightInPoints();
            }
            if (sum < region[2]) {
                Row last = sheet.getRow((int) region[1]);
                last.setHeightInPoints(last.getHeightInPoints() + region[2] - sum);
            }
        }
    }

    /**
     * A4 landscape, one page wide and as many pages tall as the rows need, the header rows repeated on every
     * page. "Tall" is a large page count rather than 0: LibreOffice reads a fit-to-height of 0 as one page and
     * shrinks the whole table onto it, whereas with 99 every spreadsheet scales by the width alone.
     */
    static void print(Sheet sheet, int firstRepeated, int lastRepeated) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight(FIT_HEIGHT_PAGES);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(firstRepeated, lastRepeated, -1, -1));
    }

    /** How many lines the text takes in a column this many "0"s wide: Latin words are not split, CJK breaks anywhere. */
    static int lines(String text, double columnWidth) {
        double width = Math.max(columnWidth, 2 * WIDE);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double used = 0;
            int i = 0;
            while (i < paragraph.length()) {
                int end = i + 1;
                if (isWordChar(paragraph.charAt(i))) {
                    while (end < paragraph.length() && isWordChar(paragraph.charAt(end))) {
                        end++;
                    }
                }
                double w = 0;
                for (int k = i; k < end; k++) {
                    w += width(paragraph.charAt(k));
                }
                if (used > 0 && used + w > width) {
                    lines++;
                    used = 0;
                }
                used += w;
                while (used > width) { // a word longer than the line is broken
                    lines++;
                    used -= width;
                }
                i = end;
            }
        }
        return Math.max(1, lines);
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private static double width(char c) {
        return c >= 0x2E80 || Character.isSurrogate(c) ? WIDE : NARROW;
    }

    private static boolean insideMerge(Sheet sheet, Cell cell) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.isInRange(cell)) {
                return true;
            }
        }
        return false;
    }
}
