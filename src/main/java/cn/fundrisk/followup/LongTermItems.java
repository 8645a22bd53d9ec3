package cn.fundrisk.followup;

import static cn.fundrisk.campaign.CampaignView.local;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.CatalogueItem;
import cn.fundrisk.checklist.CatalogueItems;
import cn.fundrisk.checklist.DeadlineKind;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.springframework.stereotype.Component;

/**
 * The long-term items of a unit (长期坚持 / 长期 / 全面推进 / 每月: items 6, 17, 25, 26 as far as they
 * apply), which the campaign's end does not close: each with its latest report — item 6's latest
 * monthly audit, the others' self-inspection result and problems — and the state of the unit's
 * long-term follow-up (长期事项跟踪).
 */
@Component
public class LongTermItems {

    static final Set<DeadlineKind> LONG_TERM = EnumSet.of(DeadlineKind.LONG_TERM, DeadlineKind.MONTHLY);

    /** One long-term item of the unit. */
    public record Item(int itemNo, String taskText, String deadlineText, String latestReport, OffsetDateTime reportedAt,
            String reportStatus, Long reportId, long openProblems) {
    }

    /** The unit's long-term items and its follow-up: running, ended (by whom, when) or not started. */
    public record View(List<Item> items, String followUpState, boolean followUpRunning) {
    }

    private final CampaignUnits campaignUnits;
    private final CatalogueItems catalogue;
    private final Assessments assessments;
    private final UnitReports reports;
    private final Problems problems;
    private final FollowUps followUps;

    public LongTermItems(CampaignUnits campaignUnits, CatalogueItems catalogue, Assessments assessments,
            UnitReports reports, Problems problems, FollowUps followUps) {
        this.campaignUnits = campaignUnits;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.reports = reports;
        this.problems = problems;
        this.followUps = followUps;
    }

    public View of(Long campaignUnitId) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        Map<Integer, ItemAssessment> assessed = assessments.findByCampaignUnitIdOrderByItemNo(campaignUnitId).stream()
                .collect(Collectors.toMap(ItemAssessment::getItemNo, Function.identity()));
        List<Problem> unitProblems = problems.findByCampaignUnitIdOrderByItemNoAscIdAsc(campaignUnitId);
        List<Item> items = catalogue.findAllOrdered().stream()
                .filter(c -> LONG_TERM.contains(c.getDeadlineKind()) && assessed.containsKey(c.getItemNo()))
                .map(c -> item(c, assessed.get(c.getItemNo()), unitProblems)).toList();
        boolean running = unit.getProcessInstanceId() != null && followUps.instanceOf(campaignUnitId) != null;
        return new View(items, followUpState(unit, running), running);
    }

    private Item item(CatalogueItem c, ItemAssessment assessment, List<Problem> unitProblems) {
        long open = unitProblems.stream().filter(p -> p.getItemNo() == c.getItemNo()
                && p.getStatus() != Problem.Status.CLOSED_OFF).count();
        if (c.getDeadlineKind() == DeadlineKind.MONTHLY) {
            return reports.findFirstByCampaignUnitIdAndKindAndSubmittedAtIsNotNullOrderBySubmittedAtDesc(
                    assessment.getCampaignUnitId(), UnitReport.Kind.MONTHLY_AUDIT)
                    .map(r -> new Item(c.getItemNo(), c.getTaskText(), c.getDeadlineText(),
                            "内控稽核月报（" + r.getPeriod() + "）", local(r.getSubmittedAt()), reportState(r), r.getId(), open))
                    .orElse(new Item(c.getItemNo(), c.getTaskText(), c.getDeadlineText(), "尚未报送月报", null, "—", null,
                            open));
        }
        long found = unitProblems.stream().filter(p -> p.getItemNo() == c.getItemNo()).count();
        String latest = assessment.getResult() == null ? "尚未自查"
                : "自查：" + assessment.getResult().label() + (found > 0 ? "，发现问题 " + found + " 个" : "")
                        + (assessment.getNote() == null ? "" : "（" + assessment.getNote() + "）");
        return new Item(c.getItemNo(), c.getTaskText(), c.getDeadlineText(), latest, local(assessment.getCompletedAt()),
                assessment.getStatus().label(), null, open);
    }

    private static String reportState(UnitReport r) {
        if (r.getReceipt() != null) {
            return r.getReceipt().label() + (r.getReceivedBy() == null ? "" : "（" + r.getReceivedBy() + "）");
        }
        return "已报送，待基金监督审核";
    }

    private static String followUpState(CampaignUnit unit, boolean running) {
        if (unit.getFollowUpEndedAt() != null) {
            return "已于 " + local(unit.getFollowUpEndedAt()).toLocalDate() + " 由 " + unit.getFollowUpEndedBy() + " 结束"
                    + (unit.getFollowUpEndNote() == null ? "" : "：" + unit.getFollowUpEndNote());
        }
        return running ? "进行中：专项工作结束后继续，直至领导小组办公室结束跟踪" : "尚未开始";
    }
}
