package cn.fundrisk.checklist;

import cn.fundrisk.process.TaskAssignmentRule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.report.ReportForms;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The unit head reviews the self-inspection: approves it, or returns the report and chosen items. */
@Component
public class SelfInspectionReview {

    private final Assessments assessments;
    private final Problems problems;
    private final UnitReports reports;

    private final TaskAssignmentRule assignmentRule;

    public SelfInspectionReview(Assessments assessments, Problems problems, UnitReports reports,
            TaskAssignmentRule assignmentRule) {
        this.assignmentRule = assignmentRule;
        this.assessments = assessments;
        this.problems = problems;
        this.reports = reports;
    }

    void show(DelegateTask task, CampaignUnit unit) {
        UnitReport report = reports.once(unit.getId(), UnitReport.Kind.SELF_INSPECTION);
        StringBuilder md = new StringBuilder("| 序号 | 自查结果 | 问题数 | 自查人 |\n|---|---|---|---|\n");
        for (ItemAssessment a : assessments.findByCampaignUnitIdOrderByItemNo(unit.getId())) {
            md.append("| ").append(a.getItemNo()).append(" | ")
                    .append(a.getResult() == null ? "未填" : a.getResult().label()).append(" | ")
                    .append(problems.findByAssessmentIdOrderById(a.getId()).size()).append(" | ")
                    .append(TaskForm.orEmpty(a.getCompletedBy())).append(" |\n");
        }
        md.append("\n**自查报告**\n\n").append(TaskForm.orEmpty(report.getBody()));
        ReportForms.showReview(task, unit, report, unit.getUnit().getName() + " 自查结果", md.toString());
        // whoever filled in an item or wrote the report does not review it: not offered the task at all
        java.util.Set<String> authors = new java.util.HashSet<>();
        assessments.findByCampaignUnitIdOrderByItemNo(unit.getId()).forEach(a -> authors.add(a.getCompletedBy()));
        authors.add(report.getSubmittedBy());
        assignmentRule.exclude(task, authors);
        TaskForm.declare(task, SelfInspectionTaskListener.RETURNED_ITEMS);
    }

    void decide(DelegateTask task, CampaignUnit unit, String reviewer) {
        UnitReport report = reports.once(unit.getId(), UnitReport.Kind.SELF_INSPECTION);
        List<ItemAssessment> all = assessments.findByCampaignUnitIdOrderByItemNo(unit.getId());
        if (all.stream().anyMatch(a -> reviewer.equals(a.getCompletedBy()))) {
            throw new InputRejectedException("您填报了本单位的自查事项，不能审核本人的工作，请由单位负责人审核");
        }
        ReportForms.review(task, report, reviewer);
        if (TaskForm.approved(task)) {
            all.forEach(ItemAssessment::approve);
            return;
        }
        String comment = TaskForm.comment(task);
        for (int itemNo : returnedItems(task, all)) {
            all.stream().filter(a -> a.getItemNo() == itemNo).findFirst().orElseThrow().returnWith(comment);
        }
    }

    private static TreeSet<Integer> returnedItems(DelegateTask task, List<ItemAssessment> all) {
        String text = TaskForm.text(task, SelfInspectionTaskListener.RETURNED_ITEMS, 500, "需重新自查的事项序号");
        TreeSet<Integer> numbers = new TreeSet<>();
        if (text == null) {
            return numbers;
        }
        List<String> invalid = new ArrayList<>();
        for (String part : text.split("[,，、;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int n = Integer.parseInt(part.strip());
                if (all.stream().anyMatch(a -> a.getItemNo() == n)) {
                    numbers.add(n);
                } else {
                    invalid.add(part);
                }
            } catch (NumberFormatException e) {
                invalid.add(part);
            }
        }
        if (!invalid.isEmpty()) {
            throw new InputRejectedException("需重新自查的事项序号无效（不是本单位适用的事项）：" + String.join("、", invalid));
        }
        return numbers;
    }
}
