package cn.fundrisk.report;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Locale;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.process.Clock;
import org.springframework.stereotype.Component;

/**
 * Bean {@code monthlyAudits}: the rhythm of item 6 (monthly internal-control audit report). The
 * model asks it for the due date of each Task_ReportMonthlyAudit; the task listener asks it for the
 * period label of the report.
 */
@Component("monthlyAudits")
public class MonthlyAudits {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;

    public MonthlyAudits(CampaignUnits campaignUnits, Campaigns campaigns) {
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
    }

    /** Now plus the campaign's monthly-audit interval: the due date of the report task. */
    public Date dueDate(Long campaignUnitId) {
        TemporalAmount interval = interval(campaignOf(campaignUnitId).getMonthlyAuditInterval());
        return Date.from(Clock.now().atZone(Clock.ZONE).plus(interval).toInstant());
    }

    /** The report's period: the month ("2019-06"), or the minute for a training campaign's short cycle. */
    String periodLabel(Campaign campaign, Instant now) {
        TemporalAmount interval = interval(campaign.getMonthlyAuditInterval());
        return (dayOrLonger(interval) ? MONTH : MINUTE).format(now.atZone(Clock.ZONE));
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
