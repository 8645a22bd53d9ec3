package cn.fundrisk.report;

import static cn.fundrisk.process.UnitFollowUpProcess.TASK_REPORT_MONTHLY_AUDIT;
import static cn.fundrisk.process.UnitFollowUpProcess.TASK_REVIEW_MONTHLY_AUDIT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.evidence.Evidence;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Item 6 in the unit's follow-up: the unit reports its internal-control audit of the month before
 * (Task_ReportMonthlyAudit), the fund-supervision reviewers accept it or return it
 * (Task_ReviewMonthlyAudit, group fund-supervision). The unit is the process instance's business key;
 * the report is the one of the task's monthly sub-process instance.
 */
@Component("monthlyAuditTaskListener")
public class MonthlyAuditTaskListener implements TaskListener {

    static final String PERIOD = "period";
    static final String SAMPLED_COUNT = "sampledCount";
    static final String ISSUES_FOUND = "issuesFound";
    static final String AUDIT_SUMMARY = "auditSummary";
    /** 内部控制稽核 (item 6 of the assessment table): a report every month. */
    static final int MONTHLY_AUDIT_ITEM = 6;

    private final CampaignUnits campaignUnits;
    private final UnitReports unitReports;
    private final MonthlyAudits monthlyAudits;
    private final Actors actors;

    public MonthlyAuditTaskListener(CampaignUnits campaignUnits, UnitReports unitReports,
            MonthlyAudits monthlyAudits, Actors actors) {
        this.campaignUnits = campaignUnits;
        this.unitReports = unitReports;
        this.monthlyAudits = monthlyAudits;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (!TASK_REPORT_MONTHLY_AUDIT.equals(key) && !TASK_REVIEW_MONTHLY_AUDIT.equals(key)) {
            throw new IllegalStateException("monthlyAuditTaskListener is not meant for " + key);
        }
        UnitReport report = monthlyAudits.reportOf(task);
        boolean create = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        if (TASK_REPORT_MONTHLY_AUDIT.equals(key)) {
            if (create) {
                showReport(task, report);
            } else {
                completeReport(task, report);
            }
        } else if (create) {
            showReview(task, report);
        } else {
            report.receive(TaskForm.approved(task), TaskForm.comment(task), actors.of(task), Clock.now());
            unitReports.save(report);
        }
    }

    private void showReport(DelegateTask task, UnitReport report) {
        String unitName = unitName(report);
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, unitName);
        values.put(PERIOD, report.getPeriod());
        values.put(FormKeys.REVIEW_COMMENT, report.getStatus() == ReviewStatus.RETURNED
                ? TaskForm.orEmpty(report.getReviewComment()) : "");
        values.put(FormKeys.EVIDENCE_URL, Links.evidence(Evidence.OwnerType.REPORT, report.getId()));
        values.put(FormKeys.DETAIL_URL, Links.unit(report.getCampaignUnitId()));
        TaskForm.show(task, values);
        TaskForm.declare(task, SAMPLED_COUNT, ISSUES_FOUND, AUDIT_SUMMARY);
        task.setName("内控稽核月报：" + report.getPeriod() + "（" + unitName + "）");
        // the digest and Tasklist's cards name the item and the month audited (TaskForm.show left it blank)
        task.setVariableLocal(TaskLabels.ITEM, "第" + MONTHLY_AUDIT_ITEM + "项（" + report.getPeriod() + "）");
    }

    private void completeReport(DelegateTask task, UnitReport report) {
        long sampled = count(task, SAMPLED_COUNT, "抽查业务笔数");
        long issues = count(task, ISSUES_FOUND, "发现问题数");
        String summary = TaskForm.requiredText(task, AUDIT_SUMMARY, TaskForm.MAX_SHORT_TEXT, "稽核情况说明");
        String body = "稽核月份：" + report.getPeriod() + "\n抽查业务笔数：" + sampled + "\n发现问题数：" + issues
                + "\n\n" + summary;
        report.submit(body, actors.of(task), Clock.now());
        unitReports.save(report);
    }

    private void showReview(DelegateTask task, UnitReport report) {
        String unitName = unitName(report);
        CampaignUnit unit = campaignUnits.findById(report.getCampaignUnitId()).orElseThrow();
        ReportForms.showReview(task, unit, report, unitName + " 内控稽核情况月报（" + report.getPeriod() + "）",
                TaskForm.orEmpty(report.getBody()) + "\n\n报送人：" + TaskForm.orEmpty(report.getSubmittedBy()));
        task.setVariableLocal(OfficeReceiptTaskListener.RECEIPT_HINT, "第6项：各经办机构每月对内部控制稽核情况报基金监督部门。"
                + "签收即通过；退回须写明理由，单位补正后重新报送。");
        task.setName("审核内控稽核月报：" + unitName + " " + report.getPeriod());
    }

    private String unitName(UnitReport report) {
        return campaignUnits.findById(report.getCampaignUnitId()).orElseThrow().getUnit().getName();
    }

    /** A required non-negative whole number. */
    private static long count(DelegateTask task, String key, String label) {
        Object value = task.getVariable(key);
        if (value == null || value.toString().isBlank()) {
            throw new InputRejectedException("请填写" + label);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(label + "必须是整数，当前为「" + value + "」");
        }
        if (number.signum() < 0) {
            throw new InputRejectedException(label + "不能为负数，当前为 " + number.toPlainString());
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new InputRejectedException(label + "必须是整数，当前为 " + number.toPlainString());
        }
    }
}
