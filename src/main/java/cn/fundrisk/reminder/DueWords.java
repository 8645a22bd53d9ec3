package cn.fundrisk.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import cn.fundrisk.process.Clock;

/**
 * How the e-mails say when something is due, to the instant: 今天 18:21 到期, 已逾期（今天 18:21 到期）,
 * 还剩 3 个工作日, 已逾期 2 个工作日. Days are counted as the working-day calendar does; where no
 * working day lies between (a weekend, a holiday) the calendar days are named instead, so the
 * words never say "0 个工作日".
 */
public final class DueWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DueWords() {
    }

    /** 2026-05-31 18:21 (Asia/Shanghai). */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Clock.ZONE));
    }

    public static boolean overdue(Instant due, Instant now) {
        return due.isBefore(now);
    }

    /** The status of something due at the instant, as of now. */
    public static String status(Instant due, Instant now, WorkingCalendar calendar) {
        return overdue(due, now) ? overdueFor(due, now, calendar) : remaining(due, now, calendar);
    }

    /** 已逾期（今天 18:21 到期）, 已逾期 2 个工作日, 已逾期 1 天 (only non-working days since). */
    public static String overdueFor(Instant due, Instant now, WorkingCalendar calendar) {
        LocalDate dueDay = day(due);
        LocalDate today = day(now);
        if (!today.isAfter(dueDay)) {
            return "已逾期（今天 " + TIME.format(due.atZone(Clock.ZONE)) + " 到期）";
        }
        int working = -calendar.workingDaysUntil(today, dueDay);
        return working > 0 ? "已逾期 " + working + " 个工作日" : "已逾期 " + ChronoUnit.DAYS.between(dueDay, today) + " 天";
    }

    /** 今天 18:21 到期, 还剩 3 个工作日, 还剩 1 天 (only non-working days between). */
    public static String remaining(Instant due, Instant now, WorkingCalendar calendar) {
        LocalDate dueDay = day(due);
        LocalDate today = day(now);
        if (dueDay.equals(today)) {
            return "今天 " + TIME.format(due.atZone(Clock.ZONE)) + " 到期";
        }
        int working = calendar.workingDaysUntil(today, dueDay);
        return working > 0 ? "还剩 " + working + " 个工作日" : "还剩 " + ChronoUnit.DAYS.between(today, dueDay) + " 天";
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(Clock.ZONE).toLocalDate();
    }
}
