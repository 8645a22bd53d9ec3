package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.inspection.ItemScore;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The 考核表 of one unit in the layout of the official table (附件1): the table's official title, the
 * unit and campaign, one row per item that applies to the unit, the category name merged over its
 * items, a subtotal per category, a 合计 row, the source's 注 and who scored and reviewed it. Rows are
 * as tall as their wrapped text needs ({@link RowHeights}), printed A4 landscape with the header
 * repeated on every page, so that it prints legibly from WPS, LibreOffice or Excel.
 */
final class AssessmentSheetWorkbook {

    /** The official title of 附件1 as the source notice prints it. */
    static final String OFFICIAL_TITLE = "池州市加强社会保险基金安全管理风险防控工作任务分解及考核表";
    /** The note under the source's table. */
    static final String NOTE = "注：各县（区）人社局（含九华山社会保障局），社保经办机构指劳动就业管理局、养老保险管理中心、"
            + "工伤保险管理机构、基金征缴中心等。";
    static final List<String> HEADERS = List.of("序号", "项目名称/风险等级", "任务内容", "工作要求/应对措施", "完成时限",
            "实施范围", "责任单位", "分值", "自评分", "考核得分", "扣分原因");
    static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
    /** Categories 一 to 四 are the high-risk ones of the table. */
    static final int LAST_HIGH_RISK_CATEGORY = 4;
    static final String HIGH_RISK = "（高级）";
    private static final int[] WIDTHS = { 5, 14, 34, 30, 9, 14, 16, 5, 6, 6, 18 };
    private static final int HEADER_ROW = 2;
    private static final int POINTS = 7;
    private static final int SELF = 8;
    private static final int SCORE = 9;

    /** Shown in 实施范围 where the source does not give it (items 26 to 30). */
    static final String NOT_GIVEN = "（原文未给出）";
    static final String NOT_SCORED = "不计分";

    /**
     * What the sheet shows of one unit: the items of the campaign's snapshot that apply to it, texts,
     * scope, responsible units and points as the snapshot has them; an item the office marked 不计分
     * is listed with its reason and counted in no sum. scoredBy and reviewedBy are people's names (or null).
     */
    record Input(String campaignName, String unitName, List<CampaignItem> items,
            Map<Integer, ItemAssessment> assessments, Map<Integer, ItemScore> scores, String scoredBy,
            String reviewedBy) {
    }

    private AssessmentSheetWorkbook() {
    }

    static String title() {
        return "《" + OFFICIAL_TITLE + "》";
    }

    static String subtitle(String campaignName, String unitName) {
        return "单位：" + unitName + "　　专项工作：" + campaignName;
    }

    static String categoryLabel(int categoryNo, String name) {
        String numeral = categoryNo >= 1 && categoryNo <= NUMERALS.length ? NUMERALS[categoryNo - 1] + "、" : "";
        return numeral + name + (categoryNo <= LAST_HIGH_RISK_CATEGORY ? HIGH_RISK : "");
    }

    static Workbooks write(Input input) {
        Workbooks books = new Workbooks();
        Sheet sheet = books.workbook.createSheet("考核表");
        Row titleRow = sheet.createRow(0);
        Workbooks.cell(titleRow, 0, title(), books.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
        Row unitRow = sheet.createRow(1);
        Workbooks.cell(unitRow, 0, subtitle(input.campaignName(), input.unitName()), books.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADERS.size() - 1));
        books.header(sheet, HEADER_ROW, HEADERS, WIDTHS);

        Map<Integer, List<CampaignItem>> byCategory = new LinkedHashMap<>();
        input.items().stream().sorted((a, b) -> a.getCategoryNo() != b.getCategoryNo()
                ? Integer.compare(a.getCategoryNo(), b.getCategoryNo()) : Integer.compare(a.getItemNo(), b.getItemNo()))
                .forEach(i -> byCategory.computeIfAbsent(i.getCategoryNo(), k -> new ArrayList<>()).add(i));

        int r = HEADER_ROW + 1;
        Sums total = new Sums();
        for (List<CampaignItem> items : byCategory.values()) {
            int first = r;
            Sums sums = new Sums();
            for (CampaignItem item : items) {
                Row row = sheet.createRow(r++);
                ItemAssessment assessment = input.assessments().get(item.getItemNo());
                ItemScore score = input.scores().get(item.getItemNo());
                BigDecimal points = BigDecimal.valueOf(item.getPoints());
                BigDecimal self = assessment == null ? null : assessment.getSelfScore();
                BigDecimal inspected = score == null ? null : score.getScore();
                Workbooks.cell(row, 0, BigDecimal.valueOf(item.getItemNo()), books.number);
                Workbooks.cell(row, 1, categoryLabel(item.getCategoryNo(), item.getCategoryName()), books.centred);
                Workbooks.cell(row, 2, item.getTaskText(), books.text);
                Workbooks.cell(row, 3, item.getRequirement(), books.text);
                Workbooks.cell(row, 4, item.getDeadlineText(), books.centred);
                Workbooks.cell(row, 5, item.getScope() == null ? NOT_GIVEN : item.getScope(), books.text);
                Workbooks.cell(row, 6, item.getResponsibleText(), books.text);
                if (!item.isScored()) {
                    Workbooks.cell(row, POINTS, NOT_SCORED, books.centred);
                    Workbooks.cell(row, SELF, "", books.centred);
                    Workbooks.cell(row, SCORE, "", books.centred);
                    Workbooks.cell(row, 10, item.getNotScoredReason(), books.text);
                    continue;
                }
                Workbooks.cell(row, POINTS, points, books.number);
                Workbooks.cell(row, SELF, self, books.number);
                Workbooks.cell(row, SCORE, inspected, books.number);
                Workbooks.cell(row, 10, score == null ? "" : score.getDeductionReason(), books.text);
                sums.add(points, self, inspected);
            }
            if (r - first > 1) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 1, 1));
            }
            sums.row(sheet.createRow(r++), "小计", books);
            total.add(sums);
        }
        total.row(sheet.createRow(r++), "合计", books);
        line(sheet, r++, NOTE, books);
        line(sheet, r, "评分人：" + orDash(input.scoredBy()) + "　　复核人：" + orDash(input.reviewedBy()), books);
        RowHeights.fit(sheet);
        RowHeights.print(sheet, HEADER_ROW, HEADER_ROW);
        return books;
    }

    /** A line of text under the table, over its whole width. */
    private static void line(Sheet sheet, int rowIndex, String text, Workbooks books) {
        Workbooks.cell(sheet.createRow(rowIndex), 0, text, books.note);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, HEADERS.size() - 1));
    }

    private static String orDash(String name) {
        return name == null || name.isBlank() ? "—" : name;
    }

    /** Sums of the points, self-scores and inspector scores; a score sum only once a score was given. */
    private static final class Sums {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal self;
        BigDecimal score;

        void add(BigDecimal p, BigDecimal s, BigDecimal i) {
            points = points.add(p);
            self = s == null ? self : self == null ? s : self.add(s);
            score = i == null ? score : score == null ? i : score.add(i);
        }

        void add(Sums other) {
            add(other.points, other.self, other.score);
        }

        void row(Row row, String label, Workbooks books) {
            Workbooks.cell(row, 0, label, books.boldText);
            for (int c = 1; c < POINTS; c++) {
                Workbooks.cell(row, c, "", books.boldText);
            }
            row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, POINTS - 1));
            Workbooks.cell(row, POINTS, points, books.boldNumber);
            Workbooks.cell(row, SELF, self, books.boldNumber);
            Workbooks.cell(row, SCORE, score, books.boldNumber);
            Workbooks.cell(row, 10, "", books.boldText);
        }
    }
}
