package cn.fundrisk.inspection;

import cn.fundrisk.process.TaskAssignmentRule;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_INSPECT_COUNTY;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_SCORE_UNIT;
import static cn.fundrisk.inspection.ScoreForms.byItemNo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.identity.PersonNames;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 检查评估: the office inspects a county on site (Task_InspectCounty), an inspector scores the unit
 * against the table (Task_ScoreUnit) and a second inspector reviews the score sheet
 * (Task_ReviewScoreSheet).
 */
@Component("inspectionTaskListener")
public class InspectionTaskListener implements TaskListener {

    static final String INSPECTION_DATE = "inspectionDate";
    static final String FINDINGS = "findings";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** Room left in the report body (VARCHAR 20000) for the "检查日期：…" line. */
    private static final int MAX_FINDINGS = TaskForm.MAX_TEXT - 20;

    private final CampaignUnits campaignUnits;
    private final UnitReports unitReports;
    private final ScoreSheets scoreSheets;
    private final ItemScores itemScores;
    private final ItemSheets itemSheets;
    private final Rankings rankings;
    private final Actors actors;
    private final TaskAssignmentRule assignmentRule;
    private final PersonNames people;

    public InspectionTaskListener(CampaignUnits campaignUnits, UnitReports unitReports, ScoreSheets scoreSheets,
            ItemScores itemScores, ItemSheets itemSheets, Rankings rankings, Actors actors,
            TaskAssignmentRule assignmentRule, PersonNames people) {
        this.assignmentRule = assignmentRule;
        this.people = people;
        this.campaignUnits = campaignUnits;
        this.unitReports = unitReports;
        this.scoreSheets = scoreSheets;
        this.itemScores = itemScores;
        this.itemSheets = itemSheets;
        this.rankings = rankings;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean create = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        boolean complete = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case TASK_INSPECT_COUNTY -> {
                if (create) showCountyInspection(task);
                if (complete) completeCountyInspection(task);
            }
            case TASK_SCORE_UNIT -> {
                if (create) showScoring(task);
                if (complete) completeScoring(task);
            }
            case TASK_REVIEW_SCORE_SHEET -> {
                if (create) showReview(task);
                if (complete) completeReview(task);
            }
            default -> throw new IllegalStateException(
                    "inspectionTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
    }

    private void showCountyInspection(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        String unitName = unitName(campaignUnitId);
        UnitReport report = unitReports.once(campaignUnitId, UnitReport.Kind.COUNTY_INSPECTION);
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, unitName);
        values.put(FormKeys.DETAIL_URL, Links.unit(campaignUnitId));
        values.put(FormKeys.EVIDENCE_URL, Links.evidence(Evidence.OwnerType.REPORT, report.getId()));
        TaskForm.show(task, values);
        TaskForm.declare(task, INSPECTION_DATE, FINDINGS);
        task.setName("县区实地检查：" + unitName);
    }

    private void completeCountyInspection(DelegateTask task) {
        LocalDate date = TaskForm.date(task.getVariable(INSPECTION_DATE), "检查日期");
        if (date == null) {
            throw new InputRejectedException("请填写检查日期");
        }
        if (date.isAfter(LocalDate.ofInstant(Clock.now(), Clock.ZONE))) {
            throw new InputRejectedException("检查日期不能晚于今天：" + DATE.format(date));
        }
        String findings = TaskForm.requiredText(task, FINDINGS, MAX_FINDINGS, "检查情况");
        UnitReport report = unitReports.once(campaignUnitId(task), UnitReport.Kind.COUNTY_INSPECTION);
        report.submit("检查日期：" + DATE.format(date) + "\n\n" + findings, actors.of(task), Clock.now());
        unitReports.save(report);
    }

    private void showScoring(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        String unitName = unitName(campaignUnitId);
        ScoreSheet sheet = scoreSheets.of(campaignUnitId);
        ItemSheetForm.show(task, itemSheet(campaignUnitId, sheet), ItemSheetForm.Entry.SCORE);

        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, unitName);
        values.put(FormKeys.REVIEW_COMMENT, sheet.getStatus() == ReviewStatus.RETURNED
                ? TaskForm.orEmpty(sheet.getReviewComment()) : "");
        values.put(FormKeys.EVIDENCE_URL, Links.evidence(Evidence.OwnerType.SCORE_SHEET, sheet.getId()));
        values.put(FormKeys.DETAIL_URL, Links.unit(campaignUnitId));
        TaskForm.show(task, values);
        task.setName("考核评分：" + unitName);
    }

    private void completeScoring(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        ScoreSheet sheet = scoreSheets.of(campaignUnitId);
        requireUnlocked(sheet);
        ItemSheet items = itemSheet(campaignUnitId, sheet);
        Map<Integer, ItemScore> existing = byItemNo(itemScores.findByScoreSheetIdOrderByItemNo(sheet.getId()),
                ItemScore::getItemNo);

        List<ItemScore> rows = ScoreForms.readItems(items, ItemSheetForm.submitted(task, items), existing,
                sheet.getId());
        BigDecimal total = rows.stream().map(ItemScore::getScore).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        itemScores.deleteAll(existing.values()); // left over: items that no longer apply
        itemScores.saveAll(rows);

        sheet.submit(total, actors.of(task), Clock.now());
        scoreSheets.save(sheet);
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        campaignUnit.scored(total);
        campaignUnits.save(campaignUnit);
    }

    private void showReview(DelegateTask task) {
        Long campaignUnitId = campaignUnitId(task);
        String unitName = unitName(campaignUnitId);
        ScoreSheet sheet = scoreSheets.of(campaignUnitId);
        String table = ScoreTables.scoreSheet(itemSheet(campaignUnitId, sheet));

        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, unitName);
        values.put(FormKeys.REVIEW_SUBJECT, unitName + " 考核评分表复核");
        values.put(FormKeys.REVIEW_CONTENT, "评分人：" + people.name(sheet.getScoredBy()) + "\n\n" + table);
        values.put(FormKeys.EVIDENCE_URL, Links.evidence(Evidence.OwnerType.SCORE_SHEET, sheet.getId()));
        values.put(FormKeys.DETAIL_URL, Links.unit(campaignUnitId));
        TaskForm.show(task, values);
        TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
        task.setName("复核评分表：" + unitName);
        // the inspector who scored is not offered the review at all (the check on completion stays)
        assignmentRule.exclude(task, List.of(TaskForm.orEmpty(sheet.getScoredBy())));
    }

    private void completeReview(DelegateTask task) {
        ScoreSheet sheet = scoreSheets.of(campaignUnitId(task));
        String reviewer = actors.of(task);
        if (reviewer.equals(sheet.getScoredBy())) {
            throw new InputRejectedException("评分人不能复核本人的评分表，请由另一名检查人员复核");
        }
        requireUnlocked(sheet);
        boolean approved = TaskForm.approved(task);
        sheet.review(approved, TaskForm.comment(task), reviewer, Clock.now());
        scoreSheets.save(sheet);
        if (approved) {
            rankings.refresh(campaignUnits.findById(campaignUnitId(task)).orElseThrow().getCampaignId());
        }
    }

    private static void requireUnlocked(ScoreSheet sheet) {
        if (sheet.isLocked()) {
            throw new InputRejectedException("评分表已锁定，不能修改");
        }
    }

    /** The unit's sheet with its self-scores and the scores of its score sheet so far. */
    private ItemSheet itemSheet(Long campaignUnitId, ScoreSheet sheet) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        return itemSheets.of(unit.getCampaignId(), unit.getId(), unit.getUnit().getKind(),
                ScoreForms.scored(itemScores.findByScoreSheetIdOrderByItemNo(sheet.getId())));
    }

    private String unitName(Long campaignUnitId) {
        return campaignUnits.findById(campaignUnitId).orElseThrow().getUnit().getName();
    }

    private static Long campaignUnitId(DelegateTask task) {
        return BusinessKeys.campaignUnitId(task);
    }

    private Long campaignId(DelegateTask task) {
        return campaignUnits.findById(campaignUnitId(task)).orElseThrow().getCampaignId();
    }
}
