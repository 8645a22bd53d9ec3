package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** All units of a campaign by ranking; units not ranked yet come last, the best score rate first. */
final class RankingWorkbook {

    static final List<String> HEADERS = List.of("名次", "单位", "适用分值", "自评分", "考核得分", "得分率");
    private static final int[] WIDTHS = { 8, 30, 10, 10, 10, 10 };

    /** Ranked units by rank; then the others by score rate (none last); ties keep the units' order. */
    static final Comparator<CampaignUnit> ORDER = Comparator
            .comparing(CampaignUnit::getRanking, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(cu -> cu.getFinalScore() == null ? null : cu.getScoreRate(),
                    Comparator.nullsLast(Comparator.reverseOrder()));

    private RankingWorkbook() {
    }

    static Workbooks write(List<CampaignUnit> units) {
        Workbooks books = new Workbooks();
        Sheet sheet = books.workbook.createSheet("排名");
        books.header(sheet, 0, HEADERS, WIDTHS);
        int r = 1;
        for (CampaignUnit cu : units.stream().sorted(ORDER).toList()) {
            Row row = sheet.createRow(r++);
            Workbooks.cell(row, 0, cu.getRanking() == null ? null : BigDecimal.valueOf(cu.getRanking()), books.number);
            Workbooks.cell(row, 1, cu.getUnit().getName(), books.text);
            Workbooks.cell(row, 2, BigDecimal.valueOf(cu.getApplicablePoints()), books.number);
            Workbooks.cell(row, 3, cu.getSelfScoreTotal(), books.number);
            Workbooks.cell(row, 4, cu.getFinalScore(), books.number);
            Workbooks.cell(row, 5, cu.getFinalScore() == null ? null : cu.getScoreRate(), books.percent);
        }
        Workbooks.print(sheet, 0);
        return books;
    }
}
