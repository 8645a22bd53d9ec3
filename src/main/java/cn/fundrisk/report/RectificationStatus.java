package cn.fundrisk.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import org.springframework.stereotype.Component;

/**
 * The sequence the notice sets between 问题整改 (6月底前) and 汇总上报 (7月30日前): the summary report
 * carries the rectification status as of its submission, and before the rectification deadline it
 * may be submitted only when every problem is closed off (销号).
 */
@Component
public class RectificationStatus {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final int LISTED = 30;

    private final Problems problems;

    public RectificationStatus(Problems problems) {
        this.problems = problems;
    }

    /** Refuses a summary report submitted before the rectification deadline while a problem is not closed off. */
    public void requireSubmittable(Long campaignUnitId, Campaign campaign, Instant now) {
        Instant deadline = campaign.getSchedule().deadline(Phase.RECTIFICATION);
        if (!now.isBefore(deadline)) {
            return;
        }
        List<Problem> open = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(campaignUnitId).stream()
                .filter(p -> p.getStatus() != Problem.Status.CLOSED_OFF).toList();
        if (!open.isEmpty()) {
            throw new InputRejectedException("问题整改截止（" + MINUTE.format(deadline.atZone(Clock.ZONE))
                    + "）前报送总结报告，须全部问题已整改销号；尚有 " + open.size() + " 个问题未销号（"
                    + String.join("、", open.stream().map(p -> "第" + p.getItemNo() + "项：" + p.getStatus().label())
                            .distinct().toList())
                    + "）。请完成整改，或在整改截止后报送并如实说明整改情况");
        }
    }

    /** The unit's problems now, as markdown: the counts, then each problem not yet closed off. */
    public String markdown(Long campaignUnitId, Instant now) {
        List<Problem> all = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(campaignUnitId);
        StringBuilder md = new StringBuilder("截至 ").append(MINUTE.format(now.atZone(Clock.ZONE)));
        if (all.isEmpty()) {
            return md.append("，自查未发现问题。").toString();
        }
        long closedOff = count(all, Problem.Status.CLOSED_OFF);
        long awaiting = all.stream().filter(p -> p.getStatus() == Problem.Status.CLOSED
                || p.getStatus() == Problem.Status.VERIFIED).count();
        long longTerm = all.stream().filter(p -> p.getHandedOverAt() != null
                && p.getStatus() != Problem.Status.CLOSED_OFF).count();
        md.append("，共发现问题 ").append(all.size()).append(" 个：已销号 ").append(closedOff)
                .append(" 个，已整改待验证或销号 ").append(awaiting).append(" 个，整改中 ")
                .append(all.size() - closedOff - awaiting).append(" 个");
        if (longTerm > 0) {
            md.append("（其中转入长期跟踪 ").append(longTerm).append(" 个）");
        }
        md.append("。");
        List<Problem> open = all.stream().filter(p -> p.getStatus() != Problem.Status.CLOSED_OFF).toList();
        if (open.isEmpty()) {
            return md.toString();
        }
        md.append("\n\n| 序号 | 问题 | 风险等级 | 整改时限 | 状态 |\n|---:|---|---|---|---|\n");
        open.stream().limit(LISTED).forEach(p -> md.append("| ").append(p.getItemNo()).append(" | ")
                .append(cell(p.getDescription())).append(" | ")
                .append(p.getRiskLevel() == null ? "—" : p.getRiskLevel().label()).append(" | ")
                .append(DAY.format(p.getDueAt().atZone(Clock.ZONE))).append(" | ")
                .append(p.getStatus().label()).append(p.getHandedOverAt() != null ? "（长期跟踪）" : "").append(" |\n"));
        if (open.size() > LISTED) {
            md.append("\n另有 ").append(open.size() - LISTED).append(" 个未销号问题，详见整改台账。");
        }
        return md.toString();
    }

    private static long count(List<Problem> all, Problem.Status status) {
        return all.stream().filter(p -> p.getStatus() == status).count();
    }

    private static String cell(String text) {
        String flat = text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }
}
