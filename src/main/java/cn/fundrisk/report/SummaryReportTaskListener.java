package cn.fundrisk.report;

import cn.fundrisk.process.TaskAssignmentRule;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.reminder.PhaseNotices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 汇总上报: the unit self-scores every applicable item and writes its summary report
 * (Task_WriteSummaryReport); the unit head approves or returns it (Task_ApproveSummaryReport).
 */
@Component("summaryReportTaskListener")
public class SummaryReportTaskListener implements TaskListener {

    /** Task-local: the unit's rectification status, shown at the top of forms/write-summary-report.form. */
    public static final String RECTIFICATION_STATUS = "rectificationStatus";

    private final CampaignUnits campaignUnits;
    private final UnitReports unitReports;
    private final Assessments assessments;
    private final ItemSheets itemSheets;
    private final Actors actors;

    private final PhaseNotices phaseNotices;
    private final TaskAssignmentRule assignmentRule;
    private final RectificationStatus rectification;
    private final Campaigns campaigns;

    public SummaryReportTaskListener(CampaignUnits campaignUnits, UnitReports unitReports, Assessments assessments,
            ItemSheets itemSheets, Actors actors, PhaseNotices phaseNotices, TaskAssignmentRule assignmentRule,
            RectificationStatus rectification, Campaigns campaigns) {
        this.assignmentRule = assignmentRule;
        this.phaseNotices = phaseNotices;
        this.rectification = rectification;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.unitReports = unitReports;
        this.assessments = assessments;
        this.itemSheets = itemSheets;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean create = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        boolean complete = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case TASK_WRITE_SUMMARY_REPORT -> {
                if (create) showWrite(task);
                if (complete) completeWrite(task);
            }
            case TASK_APPROVE_SUMMARY_REPORT -> {
                if (create) showApprove(task);
                if (complete) completeApprove(task);
            }
            default -> throw new IllegalStateException(
                    "summaryReportTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            phaseNotices.completed(task);
        }
    }

    private void showWrite(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        UnitReport report = unitReports.once(campaignUnitId, UnitReport.Kind.SUMMARY);

        ReportForms.showWriting(task, campaignUnit, report, "自评并撰写总结报告",
                "对照任务分解表中的任务和要求逐项自评，并撰写社保基金管理风险防控工作总结报告。");
        ItemSheetForm.show(task, sheet(campaignUnit), ItemSheetForm.Entry.SELF_SCORE);
        // shown at the top of the form; sent with the report as it stands on submission
        task.setVariableLocal(RECTIFICATION_STATUS, TaskForm.shown(rectification.markdown(campaignUnitId, Clock.now())));
    }

    private void completeWrite(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        String text = TaskForm.requiredText(task, FormKeys.REPORT_TEXT, TaskForm.MAX_TEXT, "总结报告");
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        ItemSheet sheet = sheet(campaignUnit);
        Map<Integer, Map<String, Object>> submitted = ItemSheetForm.submitted(task, sheet);
        List<ItemAssessment> applicable = assessments.findByCampaignUnitIdOrderByItemNo(campaignUnitId);

        // check every score before changing anything
        List<BigDecimal> scores = new ArrayList<>();
        for (ItemAssessment assessment : applicable) {
            int n = assessment.getItemNo();
            scores.add(TaskForm.score(submitted.getOrDefault(n, Map.of()).get(ItemSheetForm.SELF_SCORE),
                    pointsOf(sheet, n), "第" + n + "项自评分"));
        }
        // the form's values first, then the sequence: before the rectification deadline, every problem closed off
        Instant now = Clock.now();
        rectification.requireSubmittable(campaignUnitId, campaigns.findById(campaignId(task)).orElseThrow(), now);
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        for (int i = 0; i < applicable.size(); i++) {
            applicable.get(i).selfScore(scores.get(i));
            total = total.add(scores.get(i));
        }
        assessments.saveAll(applicable);

        campaignUnit.selfScored(total);
        campaignUnits.save(campaignUnit);

        UnitReport report = unitReports.once(campaignUnitId, UnitReport.Kind.SUMMARY);
        report.submit(text, actors.of(task), now);
        report.attachRectificationStatus(rectification.markdown(campaignUnitId, now));
        unitReports.save(report);
    }

    private void showApprove(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        UnitReport report = unitReports.once(campaignUnitId, UnitReport.Kind.SUMMARY);
        ReportForms.showReview(task, campaignUnit, report, campaignUnit.getUnit().getName() + " 总结报告及自评分",
                SummaryReportTable.markdown(sheet(campaignUnit), report.getBody(), report.getRectificationStatus()));
        assignmentRule.exclude(task, List.of(report.getSubmittedBy() == null ? "" : report.getSubmittedBy()));
    }

    private void completeApprove(DelegateTask task) {
        UnitReport report = unitReports.once(campaignUnitId(task), UnitReport.Kind.SUMMARY);
        ReportForms.review(task, report, actors.of(task));
        unitReports.save(report);
    }

    private ItemSheet sheet(CampaignUnit unit) {
        return itemSheets.of(unit.getCampaignId(), unit.getId(), unit.getUnit().getKind());
    }

    private static int pointsOf(ItemSheet sheet, int itemNo) {
        return sheet.lines().stream().filter(l -> l.itemNo() == itemNo).findFirst()
                .orElseThrow(() -> new IllegalStateException("Campaign has no item " + itemNo)).points();
    }

    private static Long campaignUnitId(DelegateTask task) {
        return BusinessKeys.campaignUnitId(task);
    }

    private Long campaignId(DelegateTask task) {
        return campaignUnits.findById(campaignUnitId(task)).orElseThrow().getCampaignId();
    }
}
