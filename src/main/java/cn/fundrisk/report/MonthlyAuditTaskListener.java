package cn.fundrisk.report;

import static cn.fundrisk.process.UnitCampaignProcess.TASK_REPORT_MONTHLY_AUDIT;
import static cn.fundrisk.process.UnitCampaignProcess.VAR_CAMPAIGN_UNIT_ID;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
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

/** Task_ReportMonthlyAudit (item 6): the unit reports its monthly internal-control audit. */
@Component("monthlyAuditTaskListener")
public class MonthlyAuditTaskListener implements TaskListener {

    static final String PERIOD = "period";
    static final String REPORT_ID = "reportId";
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
        if (!TASK_REPORT_MONTHLY_AUDIT.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("monthlyAuditTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> show(task);
            case TaskListener.EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void show(DelegateTask task) {
        Long campaignUnitId = ((Number) task.getVariable(VAR_CAMPAIGN_UNIT_ID)).longValue();
        CampaignUnit campaignUnit = campaignUnits.findById(campaignUnitId).orElseThrow();
        String period = monthlyAudits.periodLabel(monthlyAudits.campaignOf(campaignUnitId), Clock.now());
        UnitReport report = unitReports
                .findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.MONTHLY_AUDIT, period)
                .orElseGet(() -> unitReports.save(new UnitReport(campaignUnitId, UnitReport.Kind.MONTHLY_AUDIT, period)));

        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.UNIT_NAME, campaignUnit.getUnit().getName());
        values.put(PERIOD, period);
        values.put(REPORT_ID, report.getId());
        values.put(FormKeys.EVIDENCE_URL, Links.evidence(Evidence.OwnerType.REPORT, report.getId()));
        values.put(FormKeys.DETAIL_URL, Links.unit(campaignUnitId));
        TaskForm.show(task, values);
        TaskForm.declare(task, SAMPLED_COUNT, ISSUES_FOUND, AUDIT_SUMMARY);
        task.setName("内控稽核月报：" + period);
        // the digest and Tasklist's cards name the item and the month audited (TaskForm.show left it blank)
        task.setVariableLocal(TaskLabels.ITEM, "第" + MONTHLY_AUDIT_ITEM + "项（" + period + "）");
    }

    private void complete(DelegateTask task) {
        long sampled = count(task, SAMPLED_COUNT, "抽查业务笔数");
        long issues = count(task, ISSUES_FOUND, "发现问题数");
        String summary = TaskForm.requiredText(task, AUDIT_SUMMARY, TaskForm.MAX_SHORT_TEXT, "稽核情况说明");
        Long reportId = ((Number) task.getVariable(REPORT_ID)).longValue();
        UnitReport report = unitReports.findById(reportId)
                .orElseThrow(() -> new IllegalStateException("No unit report " + reportId));

        String body = "抽查业务笔数：" + sampled + "\n发现问题数：" + issues + "\n\n" + summary;
        Instant now = Clock.now();
        report.submit(body, actors.of(task), now);
        unitReports.save(report);
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
