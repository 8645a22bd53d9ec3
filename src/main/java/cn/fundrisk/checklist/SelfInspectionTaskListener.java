package cn.fundrisk.checklist;

import cn.fundrisk.process.TaskSubjects;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.FormKeys.*;
import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.JsonFormValues;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.rectification.Problem;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.ReportForms;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import cn.fundrisk.staffing.StaffingTables;
import cn.fundrisk.reminder.PhaseNotices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Self-inspection (问题排查): one task per item, the self-inspection report, the unit head's review. */
@Component
public class SelfInspectionTaskListener implements TaskListener {

    static final String RESULT = "result";
    static final String NOTE = "note";
    static final String PROBLEMS = "problems";
    static final String RETURNED_ITEMS = "returnedItems";

    private final CampaignUnits campaignUnits;
    private final CampaignItems campaignItems;
    private final Assessments assessments;
    private final Problems problems;
    private final UnitReports reports;
    private final ProblemEntries problemEntries;
    private final SelfInspectionReview review;
    private final Actors actors;
    private final StaffingTables staffing;

    private final PhaseNotices phaseNotices;
    private final TaskSubjects subjects;

    public SelfInspectionTaskListener(CampaignUnits campaignUnits, CampaignItems campaignItems,
            Assessments assessments, Problems problems, UnitReports reports, ProblemEntries problemEntries,
            SelfInspectionReview review, Actors actors, StaffingTables staffing, PhaseNotices phaseNotices,
            TaskSubjects subjects) {
        this.phaseNotices = phaseNotices;
        this.subjects = subjects;
        this.campaignUnits = campaignUnits;
        this.campaignItems = campaignItems;
        this.assessments = assessments;
        this.problems = problems;
        this.reports = reports;
        this.problemEntries = problemEntries;
        this.review = review;
        this.actors = actors;
        this.staffing = staffing;
    }

    @Override
    public void notify(DelegateTask task) {
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task)).orElseThrow();
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case TASK_SELF_INSPECT_ITEM -> {
                // the item: the multi-instance element as the engine set it, bound to the task at its
                // creation; at completion the binding, never a variable (docs/security.md)
                // (no client can set it: EngineSurfaceAttacks.elementVariablesAreTheEngines)
                ItemAssessment assessment = create
                        ? assessments.findByCampaignUnitIdAndItemNo(unit.getId(),
                                ((Number) task.getVariable(VAR_ITEM_NO)).intValue()).orElseThrow()
                        : assessments.findById(subjects.subject(task, TaskSubjects.Kind.ASSESSMENT)).orElseThrow();
                CampaignItem item = campaignItems.findByCampaignIdAndItemNo(unit.getCampaignId(),
                        assessment.getItemNo()).orElseThrow();
                if (create) {
                    subjects.bind(task, TaskSubjects.Kind.ASSESSMENT, assessment.getId(), assessment.getCampaignUnitId());
                    showItem(task, unit, item, assessment);
                } else {
                    submitItem(task, unit, item, assessment);
                    subjects.release(task);
                }
            }
            case TASK_WRITE_SELF_INSPECTION_REPORT -> {
                UnitReport report = reports.once(unit.getId(), UnitReport.Kind.SELF_INSPECTION);
                if (create) {
                    ReportForms.showWriting(task, unit, report, "自查报告",
                            "对照任务分解表逐项查找问题和不足，对落实情况作具体说明，形成自查报告。");
                } else {
                    report.submit(ReportForms.reportText(task), actors.of(task), Clock.now());
                }
            }
            case TASK_REVIEW_SELF_INSPECTION -> {
                if (create) {
                    review.show(task, unit);
                } else {
                    review.decide(task, unit, actors.of(task));
                }
            }
            default -> throw new IllegalStateException(task.getTaskDefinitionKey());
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            phaseNotices.completed(task);
        }
    }

    private void showItem(DelegateTask task, CampaignUnit unit, CampaignItem item, ItemAssessment assessment) {
        Map<String, Object> values = new HashMap<>();
        values.put("itemNo", item.getItemNo());
        values.put("categoryName", item.getCategoryName());
        values.put("taskText", item.getTaskText());
        values.put("requirement", item.getRequirement());
        values.put("itemDeadline", item.getDeadlineText());
        values.put("points", item.getPoints());
        values.put(StaffingTables.FORM_VARIABLE, staffing.markdown(unit.getId(), item.getItemNo()));
        values.put(UNIT_NAME, unit.getUnit().getName());
        values.put(REVIEW_COMMENT, assessment.getStatus() == ReviewStatus.RETURNED
                ? TaskForm.orEmpty(assessment.getReviewComment()) : "");
        values.put(EVIDENCE_URL, Links.evidence(Evidence.OwnerType.ASSESSMENT, assessment.getId()));
        values.put(DETAIL_URL, Links.unit(unit.getId()));
        values.put(RESULT, assessment.getResult() == null ? null : assessment.getResult().name());
        values.put(NOTE, assessment.getNote());
        TaskForm.show(task, values);
        task.setVariableLocal(PROBLEMS, JsonFormValues.json(problemsOf(assessment)));
        task.setName("第" + item.getItemNo() + "项自查：" + abridged(item.getTaskText()));
        TaskForm.declare(task, RESULT, NOTE);
    }

    private List<Map<String, Object>> problemsOf(ItemAssessment assessment) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Problem p : problems.findByAssessmentIdOrderById(assessment.getId())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("description", p.getDescription());
            entry.put("cause", p.getCause());
            entry.put("riskLevel", p.getRiskLevel() == null ? null : p.getRiskLevel().name());
            entry.put("measure", p.getMeasure());
            entry.put("responsiblePerson", p.getResponsiblePerson());
            entry.put("responsibleLeader", p.getResponsibleLeader());
            entry.put("plannedDate", p.getPlannedDate() == null ? null : p.getPlannedDate().toString());
            list.add(entry);
        }
        return list;
    }

    private void submitItem(DelegateTask task, CampaignUnit unit, CampaignItem item, ItemAssessment assessment) {
        ItemAssessment.Result result = TaskForm.choice(task, RESULT, ItemAssessment.Result.class, "自查结果");
        String note = TaskForm.text(task, NOTE, TaskForm.MAX_SHORT_TEXT, "自查说明");
        List<Problem> found = result == ItemAssessment.Result.PROBLEM
                ? problemEntries.read(task, unit, item, assessment)
                : List.of();
        problems.deleteByAssessmentId(assessment.getId());
        problems.saveAll(found);
        assessment.submit(result, note, actors.of(task), Clock.now());
    }

    static String abridged(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }
}
