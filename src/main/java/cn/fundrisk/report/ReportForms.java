package cn.fundrisk.report;

import static cn.fundrisk.process.FormKeys.*;

import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The write-report and review forms as every report (plan, self-inspection, summary) uses them. */
public final class ReportForms {

    private ReportForms() {
    }

    public static void showWriting(DelegateTask task, CampaignUnit unit, UnitReport report, String title, String hint) {
        Map<String, Object> values = new HashMap<>();
        values.put(REPORT_TITLE, title);
        values.put(REPORT_HINT, hint);
        values.put(REPORT_TEXT, TaskForm.orEmpty(report.getBody()));
        values.put(REVIEW_COMMENT, returnComment(report));
        values.put(EVIDENCE_URL, Links.evidence(Evidence.OwnerType.REPORT, report.getId()));
        values.put(DETAIL_URL, Links.unit(unit.getId()));
        values.put(UNIT_NAME, unit.getUnit().getName());
        TaskForm.show(task, values);
        task.setName(title + "：" + unit.getUnit().getName());
        TaskForm.declare(task, REPORT_TEXT);
    }

    public static String reportText(DelegateTask task) {
        return TaskForm.requiredText(task, REPORT_TEXT, TaskForm.MAX_TEXT, "正文");
    }

    public static void showReview(DelegateTask task, CampaignUnit unit, UnitReport report, String subject,
            String content) {
        TaskForm.show(task, Map.of(REVIEW_SUBJECT, subject, REVIEW_CONTENT, content, UNIT_NAME, unit.getUnit().getName(),
                DETAIL_URL, Links.unit(unit.getId()),
                EVIDENCE_URL, Links.evidence(Evidence.OwnerType.REPORT, report.getId())));
        task.setName("审核：" + subject);
        TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
    }

    /** The reviewer decides; nobody approves what they submitted themselves. */
    public static void review(DelegateTask task, UnitReport report, String reviewer) {
        if (reviewer.equals(report.getSubmittedBy())) {
            throw new InputRejectedException("不能审核本人提交的" + report.getKind().label() + "，请由单位负责人审核");
        }
        report.review(TaskForm.approved(task), TaskForm.comment(task), reviewer, Clock.now());
    }

    public static String returnComment(UnitReport report) {
        return report.getStatus() == ReviewStatus.RETURNED ? TaskForm.orEmpty(report.getReviewComment()) : "";
    }
}
