package cn.fundrisk.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.ItemAssessment;

/** The summary report with its self-scores and its rectification status, as markdown for the review forms. */
final class SummaryReportTable {

    private static final int TASK_TEXT_LENGTH = 40;

    private SummaryReportTable() {
    }

    static String markdown(List<ItemAssessment> assessed, Map<Integer, CampaignItem> items, String reportText,
            String rectificationStatus) {
        StringBuilder md = new StringBuilder("| 序号 | 事项 | 分值 | 自评分 |\n|---:|---|---:|---:|\n");
        int points = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        for (ItemAssessment assessment : assessed) {
            CampaignItem item = items.get(assessment.getItemNo());
            int itemPoints = item == null ? 0 : item.getPoints();
            points += itemPoints;
            if (assessment.getSelfScore() != null) {
                total = total.add(assessment.getSelfScore());
            }
            md.append("| ").append(assessment.getItemNo())
                    .append(" | ").append(cell(item == null ? "" : abridged(item.getTaskText())))
                    .append(" | ").append(itemPoints)
                    .append(" | ").append(score(assessment.getSelfScore()))
                    .append(" |\n");
        }
        md.append("| | **合计** | **").append(points).append("** | **").append(total.toPlainString()).append("** |\n");
        md.append("\n### 总结报告\n\n").append(reportText == null || reportText.isBlank() ? "（未填写）" : reportText)
                .append('\n');
        if (rectificationStatus != null) {
            md.append("\n### 整改情况（报送时）\n\n").append(rectificationStatus).append('\n');
        }
        return md.toString();
    }

    private static String score(BigDecimal score) {
        return score == null ? "—" : score.toPlainString();
    }

    private static String abridged(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip();
        return flat.length() <= TASK_TEXT_LENGTH ? flat : flat.substring(0, TASK_TEXT_LENGTH) + "…";
    }

    /** Text safe inside a markdown table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
