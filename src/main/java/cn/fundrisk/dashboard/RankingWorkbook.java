package cn.fundrisk.dashboard;

import java.math.BigDecimal;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.inspection.Rankings;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * All units of a campaign ranked like with like: by group (the kind of unit, 组别), within it by 名次
 * (得分率 in the group, see {@link Rankings}); units not ranked yet come last in their group, the best
 * score rate first.
 */
final class RankingWorkbook {

    static final List<String> HEADERS = List.of("组别", "名次", "单位", "适用分值", "自评分", "考核得分", "得分率");
    private static final int[] WIDTHS = { 16, 8, 30, 10, 10, 10, 10 };

    private RankingWorkbook() {
    }

    static Workbooks write(List<CampaignUnit> units) {
        Workbooks books = new Workbooks();
        Sheet sheet = books.workbook.createSheet("排名");
        books.header(sheet, 0, HEADERS, WIDTHS);
        int r = 1;
        for (CampaignUnit cu : units.stream().sorted(Rankings.ORDER).toList()) {
            Row row = sheet.createRow(r++);
            Workbooks.cell(row, 0, cu.getUnit().getKind().label(), books.text);
            Workbooks.cell(row, 1, cu.getRanking() == null ? null : BigDecimal.valueOf(cu.getRanking()), books.number);
            Workbooks.cell(row, 2, cu.getUnit().getName(), books.text);
            Workbooks.cell(row, 3, BigDecimal.valueOf(cu.getApplicablePoints()), books.number);
            Workbooks.cell(row, 4, cu.getSelfScoreTotal(), books.number);
            Workbooks.cell(row, 5, cu.getFinalScore(), books.number);
            Workbooks.cell(row, 6, cu.getFinalScore() == null ? null : cu.getScoreRate(), books.percent);
        }
        Workbooks.print(sheet, 0);
        return books;
    }
}
