package cn.fundrisk.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import cn.fundrisk.process.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document (.docx, Apache POI XWPF) laid out the way a bureau files its papers (党政机关公文格式,
 * simplified): A4, the issuing body and the 文号 line, a centred title, the addressee, numbered body
 * sections (一、二、…) in 仿宋, tables with a header row, 附件 after the signature. Fonts are named, not
 * embedded: Word, WPS and LibreOffice substitute what they have.
 */
final class DocxWriter {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";
    /** A4 in twentieths of a point, margins 3.7 cm top, 3.5 cm bottom, 2.8 / 2.6 cm left and right. */
    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;

    final XWPFDocument document = new XWPFDocument();

    DocxWriter() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }

    /** The issuing body in red above the 文号: 池州市人力资源和社会保障局文件. */
    DocxWriter issuer(String issuer) {
        text(paragraph(ParagraphAlignment.CENTER), TITLE_FONT, 26, true, issuer).setColor("C00000");
        return this;
    }

    /** The 文号 line, left for the office to number: 池人社秘〔2019〕    号. */
    DocxWriter number(String number) {
        text(paragraph(ParagraphAlignment.CENTER), BODY_FONT, 16, false, number);
        return this;
    }

    DocxWriter title(String title) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(400);
        paragraph.setSpacingAfter(400);
        text(paragraph, TITLE_FONT, 22, false, title);
        return this;
    }

    /** A line without indent: the addressee (主送) or a note. */
    DocxWriter line(String text) {
        text(paragraph(ParagraphAlignment.LEFT), BODY_FONT, 16, false, text);
        return this;
    }

    /** A section heading: 一、自查工作开展情况. */
    DocxWriter heading(String text) {
        text(paragraph(ParagraphAlignment.LEFT), HEADING_FONT, 16, false, text);
        return this;
    }

    /** Body text: each line of the text a paragraph, first line indented two characters. */
    DocxWriter body(String text) {
        for (String line : (text == null || text.isBlank() ? "（未填写）" : text.strip()).split("\\R+")) {
            if (!line.isBlank()) {
                XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
                paragraph.setFirstLineIndent(640);
                text(paragraph, BODY_FONT, 16, false, line.strip());
            }
        }
        return this;
    }

    /** A table with a bold header row; cells as text. */
    DocxWriter table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        table.setWidthType(TableWidthType.PCT);
        row(table.getRow(0), headers, true);
        for (int r = 0; r < rows.size(); r++) {
            row(table.getRow(r + 1), rows.get(r), false);
        }
        paragraph(ParagraphAlignment.LEFT); // a line after the table
        return this;
    }

    /** The signature: the body's name and the date, right-aligned. */
    DocxWriter signature(String issuer, String date) {
        paragraph(ParagraphAlignment.LEFT);
        for (String text : List.of(issuer, date)) {
            text(paragraph(ParagraphAlignment.RIGHT), BODY_FONT, 16, false, text);
        }
        return this;
    }

    /** An attachment (附件N) on a new page, with its title. */
    DocxWriter attachment(String label, String title) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setPageBreak(true);
        text(paragraph, HEADING_FONT, 16, false, label);
        return title(title);
    }

    void send(HttpServletResponse response, String fileName, String asciiName) throws IOException {
        Downloads.attachment(response, DOCX, fileName, asciiName);
        try (XWPFDocument doc = document) {
            OutputStream out = response.getOutputStream();
            doc.write(out);
            out.flush();
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void row(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            text(paragraph, header ? HEADING_FONT : TABLE_FONT, 10.5, header, cells.get(c) == null ? "" : cells.get(c));
        }
        if (header) {
            row.setRepeatHeader(true);
        }
    }

    /** A run of text in the paragraph, in the font (Chinese and Latin), size in points, bold or not. */
    private static XWPFRun text(XWPFParagraph paragraph, String family, double size, boolean bold, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(family);
        run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    static String fileSafe(String name) {
        return Downloads.fileSafe(name);
    }
}
