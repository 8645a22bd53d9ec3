package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.Markdown;
import cn.fundrisk.checklist.ItemSheet;

/** Markdown tables shown in the office's review forms: one unit's score sheet, the campaign ranking. */
final class ScoreTables {

    private static final String NONE = "—";

    private ScoreTables() {
    }

    /**
     * 序号|分值|自评分|考核得分|扣分原因 for every line of the unit's sheet, by category with 小计, items
     * marked 不计分 with their reason, then 合计 and the score rate.
     */
    static String scoreSheet(ItemSheet sheet) {
        StringBuilder md = new StringBuilder("| 序号 | 分值 | 自评分 | 考核得分 | 扣分原因 |\n|---:|---:|---:|---:|---|\n");
        for (ItemSheet.Group group : sheet.groups()) {
            md.append("| **").append(cell(group.heading())).append("** | | | | |\n");
            for (ItemSheet.Line line : group.lines()) {
                if (!line.scored()) {
                    md.append("| ").append(line.itemNo()).append(" | 不计分 | | | ")
                            .append(cell(line.item().getNotScoredReason())).append(" |\n");
                    continue;
                }
                md.append("| ").append(line.itemNo())
                        .append(" | ").append(line.points())
                        .append(" | ").append(number(line.entered().selfScore()))
                        .append(" | ").append(number(line.entered().score()))
                        .append(" | ").append(cell(line.entered().reason()))
                        .append(" |\n");
            }
            md.append("| 小计 | ").append(group.points()).append(" | ").append(number(group.selfScore()))
                    .append(" | ").append(number(group.score())).append(" | |\n");
        }
        BigDecimal total = sheet.score() == null ? BigDecimal.ZERO.setScale(1) : sheet.score();
        md.append("| **合计** | **").append(sheet.points()).append("** | **").append(number(sheet.selfScore()))
                .append("** | **").append(total.toPlainString()).append("** | |\n");
        md.append("\n考核得分 ").append(total.toPlainString()).append(" / 适用分值 ").append(sheet.points())
                .append("，得分率 ").append(percent(rate(total, sheet.points()))).append('\n');
        return md.toString();
    }

    /** 组别|名次|单位|适用分值|自评分|考核得分|得分率, by group of like units, best first (see {@link Rankings}). */
    static String ranking(List<CampaignUnit> units) {
        List<CampaignUnit> ordered = new ArrayList<>(units);
        ordered.sort(Rankings.ORDER);
        StringBuilder md = new StringBuilder("| 组别 | 名次 | 单位 | 适用分值 | 自评分 | 考核得分 | 得分率 |\n"
                + "|---|---:|---|---:|---:|---:|---:|\n");
        for (CampaignUnit unit : ordered) {
            md.append("| ").append(unit.getUnit().getKind().label())
                    .append(" | ").append(unit.getRanking() == null ? NONE : unit.getRanking().toString())
                    .append(" | ").append(cell(unit.getUnit().getName()))
                    .append(" | ").append(unit.getApplicablePoints())
                    .append(" | ").append(number(unit.getSelfScoreTotal()))
                    .append(" | ").append(number(unit.getFinalScore()))
                    .append(" | ").append(unit.getFinalScore() == null ? NONE : percent(unit.getScoreRate()))
                    .append(" |\n");
        }
        md.append("\n名次按得分率（考核得分 / 适用分值）在同类单位中排列：").append(groups()).append("。\n");
        return md.toString();
    }

    private static String groups() {
        return Rankings.GROUP_ORDER.stream().map(cn.fundrisk.identity.UnitKind::label)
                .collect(java.util.stream.Collectors.joining("、"));
    }

    private static BigDecimal rate(BigDecimal score, int points) {
        return points == 0 ? null : score.divide(BigDecimal.valueOf(points), 4, RoundingMode.HALF_UP);
    }

    private static String number(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? NONE
                : rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String cell(String text) {
        return Markdown.cell(text);
    }
}
