package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.ItemAssessment;

/** Markdown tables shown in the office's review forms: one unit's score sheet, the campaign ranking. */
final class ScoreTables {

    private static final String NONE = "—";

    private ScoreTables() {
    }

    /** 序号|分值|自评分|考核得分|扣分原因 for every item that applies to the unit, with totals. */
    static String scoreSheet(List<ItemAssessment> assessed, Map<Integer, CampaignItem> items,
            Map<Integer, ItemScore> scores) {
        StringBuilder md = new StringBuilder("| 序号 | 分值 | 自评分 | 考核得分 | 扣分原因 |\n|---:|---:|---:|---:|---|\n");
        int points = 0;
        BigDecimal selfTotal = BigDecimal.ZERO.setScale(1);
        BigDecimal scoreTotal = BigDecimal.ZERO.setScale(1);
        for (ItemAssessment assessment : assessed) {
            int n = assessment.getItemNo();
            CampaignItem item = items.get(n);
            ItemScore score = scores.get(n);
            int itemPoints = item == null ? 0 : item.getPoints();
            points += itemPoints;
            selfTotal = add(selfTotal, assessment.getSelfScore());
            scoreTotal = add(scoreTotal, score == null ? null : score.getScore());
            md.append("| ").append(n)
                    .append(" | ").append(itemPoints)
                    .append(" | ").append(number(assessment.getSelfScore()))
                    .append(" | ").append(number(score == null ? null : score.getScore()))
                    .append(" | ").append(cell(score == null ? null : score.getDeductionReason()))
                    .append(" |\n");
        }
        md.append("| **合计** | **").append(points).append("** | **").append(selfTotal.toPlainString())
                .append("** | **").append(scoreTotal.toPlainString()).append("** | |\n");
        md.append("\n考核得分 ").append(scoreTotal.toPlainString()).append(" / 适用分值 ").append(points)
                .append("，得分率 ").append(percent(rate(scoreTotal, points))).append('\n');
        return md.toString();
    }

    /** 名次|单位|适用分值|自评分|考核得分|得分率, best first; units without a rank last. */
    static String ranking(List<CampaignUnit> units) {
        List<CampaignUnit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing(CampaignUnit::getRanking, Comparator.nullsLast(Comparator.naturalOrder())));
        StringBuilder md = new StringBuilder("| 名次 | 单位 | 适用分值 | 自评分 | 考核得分 | 得分率 |\n|---:|---|---:|---:|---:|---:|\n");
        for (CampaignUnit unit : ordered) {
            md.append("| ").append(unit.getRanking() == null ? NONE : unit.getRanking().toString())
                    .append(" | ").append(cell(unit.getUnit().getName()))
                    .append(" | ").append(unit.getApplicablePoints())
                    .append(" | ").append(number(unit.getSelfScoreTotal()))
                    .append(" | ").append(number(unit.getFinalScore()))
                    .append(" | ").append(unit.getFinalScore() == null ? NONE : percent(unit.getScoreRate()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static BigDecimal add(BigDecimal total, BigDecimal value) {
        return value == null ? total : total.add(value);
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

    /** Text safe inside a markdown table cell. */
    static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.strip().replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
