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
 * The 考核表 of one unit in the layout of the official table (附件1): one row per item that applies
 * to the unit, the category name merged over its items, a subtotal per category and a 合计 row.
 */
final class AssessmentSheetWorkbook {

    static final List<String> HEADERS = List.of("序号", "项目名称/风险等级", "任务内容", "工作要求/应对措施", "完成时限",
            "实施范围", "责任单位", "分值", "自评分", "考核得分", "扣分原因");
    static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
    /** Categories 一 to 四 are the high-risk ones of the table. */
    static final int LAST_HIGH_RISK_CATEGORY = 4;
    static final String HIGH_RISK = "（高级）";
    private static final int[] WIDTHS = { 6, 20, 44, 30, 11, 18, 20, 7, 8, 9, 24 };
    private static final int HEADER_ROW = 1;
    private static final int POINTS = 7;
    private static final int SELF = 8;
    private static final int SCORE = 9;

    /** Shown in 实施范围 where the source does not give it (items 26 to 30). */
    static final String NOT_GIVEN = "（原文未给出）";
    static final String NOT_SCORED = "不计分";

    /**
     * What the sheet shows of one unit: the items of the campaign's snapshot that apply to it, texts,
     * scope, responsible units and points as the snapshot has them; an item the office marked 不计分
     * is listed with its reason and counted in no sum.
     */
    record Input(String campaignName, String unitName, List<CampaignItem> items,
            Map<Integer, ItemAssessment> assessments, Map<Integer, ItemScore> scores) {
    }

    private AssessmentSheetWorkbook() {
    }

    static String title(String campaignName, String unitName) {
        return campaignName + " " + unitName + "考核表";
    }

    static String categoryLabel(int categoryNo, String name) {
        String numeral = categoryNo >= 1 && categoryNo <= NUMERALS.length ? NUMERALS[categoryNo - 1] + "、" : "";
        return numeral + name + (categoryNo <= LAST_HIGH_RISK_CATEGORY ? HIGH_RISK : "");
    }

    static Workbooks write(Input input) {
        Workbooks books = new Workbooks();
        Sheet sheet = books.workbook.createSheet("考核表");
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(30);
        Workbooks.cell(titleRow, 0, title(input.campaignName(), input.unitName()), books.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
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
        total.row(sheet.createRow(r), "合计", books);
        Workbooks.print(sheet, HEADER_ROW);
        return books;
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
