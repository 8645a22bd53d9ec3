package cn.fundrisk.report;

import java.math.BigDecimal;

import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.process.Markdown;

/** The summary report with its self-scores by category and its rectification status, as markdown for the review forms. */
final class SummaryReportTable {

    private static final int TASK_TEXT_LENGTH = 40;

    private SummaryReportTable() {
    }

    /** 序号|事项|分值|自评分 by category with 小计, 不计分 items with their reason, 合计; then the report and its rectification status. */
    static String markdown(ItemSheet sheet, String reportText, String rectificationStatus) {
        StringBuilder md = new StringBuilder("| 序号 | 事项 | 分值 | 自评分 |\n|---:|---|---:|---:|\n");
        for (ItemSheet.Group group : sheet.groups()) {
            md.append("| | **").append(Markdown.cell(group.heading())).append("** | | |\n");
            for (ItemSheet.Line line : group.lines()) {
                md.append("| ").append(line.itemNo())
                        .append(" | ").append(Markdown.cell(abridged(line.item().getTaskText())))
                        .append(" | ").append(line.scored() ? Integer.toString(line.points()) : "不计分")
                        .append(" | ").append(line.scored() ? score(line.entered().selfScore())
                                : Markdown.cell(line.item().getNotScoredReason()))
                        .append(" |\n");
            }
            md.append("| | 小计 | ").append(group.points()).append(" | ").append(score(group.selfScore())).append(" |\n");
        }
        md.append("| | **合计** | **").append(sheet.points()).append("** | **").append(score(sheet.selfScore()))
                .append("** |\n");
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
}
