package cn.fundrisk.followup;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.rectification.Problem;

/** What belongs to the long-term follow-up, and the Chinese answers of {@link FollowUps#end}. */
final class FollowUpRules {

    static final String CAMPAIGN_STILL_RUNNING = "专项工作尚未结束，长期事项跟踪（第6项月报、长期整改问题）随专项工作继续进行，专项工作结束后方可结束跟踪";
    static final String ALREADY_ENDED = "长期事项跟踪已经结束";
    static final int MAX_NOTE = 500;

    private FollowUpRules() {
    }

    /** Due after the campaign's evaluation deadline: rectified in the follow-up, not in the campaign. */
    static boolean isLongTerm(Problem problem, Campaign campaign) {
        return problem.getDueAt().isAfter(campaign.getSchedule().deadline(Phase.EVALUATION));
    }

    static String note(String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new InputRejectedException("结束说明过长：最多 " + MAX_NOTE + " 个字符，当前 " + text.length() + " 个");
        }
        return text.isEmpty() ? null : text;
    }

    static String openProblems(List<Problem> open, List<CampaignUnit> units) {
        Map<Long, String> names = units.stream()
                .collect(Collectors.toMap(CampaignUnit::getId, u -> u.getUnit().getName(), (a, b) -> a));
        Function<Problem, String> label = p -> names.get(p.getCampaignUnitId()) + "第" + p.getItemNo() + "项";
        return "尚有 " + open.size() + " 个转入长期跟踪的问题未销号，不能结束跟踪："
                + open.stream().map(label).distinct().collect(Collectors.joining("、"));
    }
}
