package cn.fundrisk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Locale;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Bean {@code monthlyAudits}: the rhythm of item 6 (每月对上月业务…核查, 报基金监督部门) in the unit's
 * follow-up ({@code unitFollowUpProcess}). The model asks it whether item 6 applies to the unit, when
 * the next report is due (the 1st of each month at 09:00 for the month before; a training campaign's
 * short interval from now), the due date of each task and whether a report was accepted; the task
 * listener asks it for the audited period and the report a sub-process instance handles.
 */
@Component("monthlyAudits")
public class MonthlyAudits {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The monthly report is asked for on the 1st at this time (Asia/Shanghai). */
    static final LocalTime MONTHLY_AT = LocalTime.of(9, 0);
    static final int ITEM = 6;

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final Assessments assessments;
    private final UnitReports reports;

    public MonthlyAudits(CampaignUnits campaignUnits, Campaigns campaigns, Assessments assessments, UnitReports reports) {
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.reports = reports;
    }

    /** Item 6 applies to the unit (it has an assessment of it): not to the 信息中心 or 市人社局. */
    public boolean applies(Long campaignUnitId) {
        return assessments.findByCampaignUnitIdAndItemNo(campaignUnitId, ITEM).isPresent();
    }

    /**
     * When the next report is asked for: with a monthly interval, the next 1st of a month at 09:00
     * after now; with any other interval (a training campaign's PT10M), now plus the interval.
     */
    public Date nextDue(Long campaignUnitId) {
        TemporalAmount interval = interval(campaignOf(campaignUnitId).getMonthlyAuditInterval());
        ZonedDateTime now = Clock.now().atZone(Clock.ZONE);
        if (interval instanceof Period period && period.getDays() == 0 && period.toTotalMonths() > 0) {
            ZonedDateTime first = now.toLocalDate().withDayOfMonth(1).atTime(MONTHLY_AT).atZone(Clock.ZONE);
            while (!first.isAfter(now)) {
                first = first.plus(period);
            }
            return Date.from(first.toInstant());
        }
        return Date.from(now.plus(interval).toInstant());
    }

    /** Whether the report of the sub-process instance the execution is in was accepted (签收). */
    public boolean accepted(DelegateExecution execution) {
        return reports.findByCampaignUnitIdAndKindAndScopeId(BusinessKeys.campaignUnitId(execution),
                UnitReport.Kind.MONTHLY_AUDIT, scopeOf(execution)).map(UnitReport::isReceived).orElse(false);
    }

    /** The monthly sub-process instance an execution is in: its report and review share it. */
    static String scopeOf(DelegateExecution execution) {
        return execution.getParentActivityInstanceId();
    }

    /**
     * The report the task's sub-process instance handles (its unit is the business key): found by the
     * instance, or created for the audited period when the instance starts.
     */
    UnitReport reportOf(DelegateTask task) {
        Long campaignUnitId = BusinessKeys.campaignUnitId(task);
        String scope = scopeOf(task.getExecution());
        return reports.findByCampaignUnitIdAndKindAndScopeId(campaignUnitId, UnitReport.Kind.MONTHLY_AUDIT, scope)
                .orElseGet(() -> {
                    String period = periodLabel(campaignOf(campaignUnitId), Clock.now());
                    UnitReport report = reports.findByCampaignUnitIdAndKindAndPeriod(campaignUnitId,
                            UnitReport.Kind.MONTHLY_AUDIT, period)
                            .orElseGet(() -> new UnitReport(campaignUnitId, UnitReport.Kind.MONTHLY_AUDIT, period));
                    report.handledIn(scope);
                    return reports.save(report);
                });
    }

    /** Now plus the campaign's monthly-audit interval: the due date of the report task. */
    public Date dueDate(Long campaignUnitId) {
        TemporalAmount interval = interval(campaignOf(campaignUnitId).getMonthlyAuditInterval());
        return Date.from(Clock.now().atZone(Clock.ZONE).plus(interval).toInstant());
    }

    /**
     * The audited period (每月对上月业务核查): the month before ("2019-04" for the report asked for on 1
     * May), or, for a training campaign's short interval, the minute the audited window began.
     */
    String periodLabel(Campaign campaign, Instant now) {
        TemporalAmount interval = interval(campaign.getMonthlyAuditInterval());
        ZonedDateTime start = now.atZone(Clock.ZONE).minus(interval);
        return (dayOrLonger(interval) ? MONTH : MINUTE).format(start);
    }

    Campaign campaignOf(Long campaignUnitId) {
        Long campaignId = campaignUnits.findById(campaignUnitId)
                .orElseThrow(() -> new IllegalStateException("No campaign unit " + campaignUnitId))
                .getCampaignId();
        return campaigns.findById(campaignId)
                .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    }

    /**
     * Parses an ISO-8601 interval: a {@link Period} (P1M) when it has no time part, else a
     * {@link Duration} (PT10M). A repeating-interval expression (R/P1M) is reduced to its interval.
     */
    static TemporalAmount interval(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalStateException("Campaign has no monthly audit interval");
        }
        String text = iso.strip().toUpperCase(Locale.ROOT);
        text = text.substring(text.lastIndexOf('/') + 1);
        try {
            TemporalAmount amount = text.indexOf('T') < 0 ? Period.parse(text) : Duration.parse(text);
            if (!positive(amount)) {
                throw new IllegalStateException("Monthly audit interval must be positive: " + iso);
            }
            return amount;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Invalid monthly audit interval: " + iso, e);
        }
    }

    static boolean dayOrLonger(TemporalAmount interval) {
        if (interval instanceof Period) {
            return true; // positive periods are whole days, months or years
        }
        return ((Duration) interval).compareTo(Duration.ofDays(1)) >= 0;
    }

    private static boolean positive(TemporalAmount amount) {
        if (amount instanceof Period period) {
            return !period.isNegative() && !period.isZero();
        }
        Duration duration = (Duration) amount;
        return !duration.isNegative() && !duration.isZero();
    }
}
