package cn.fundrisk.reminder;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

import cn.fundrisk.process.Clock;
import org.springframework.stereotype.Component;

/**
 * The reminder schedule as the models ask for it ({@code ${reminderSchedule...}}): the cycles of
 * reminderProcess and the dates of the escalation steps, counted in working days.
 */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final ReminderProperties properties;
    private final WorkingCalendar calendar;

    public ReminderSchedule(ReminderProperties properties) {
        this.properties = properties;
        WorkingCalendar base = properties.isOfficialHolidays() ? WorkingCalendar.official() : WorkingCalendar.weekendsOnly();
        this.calendar = properties.getCalendarFile().isBlank() ? base
                : base.withOverrides(WorkingCalendar.read(Path.of(properties.getCalendarFile())));
        int year = Clock.now().atZone(Clock.ZONE).getYear();
        for (int y = year; y <= year + 1; y++) {
            if (properties.isOfficialHolidays() && !calendar.knows(y)) {
                LOG.warn("No public holidays known for {}: working days are Monday to Friday until the State"
                        + " Council's schedule is added to fundrisk.reminders.calendar-file (docs/operations.md)", y);
            }
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReminderSchedule.class);

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Every day at the digest time in Asia/Shanghai, whatever the server's zone: R/&lt;first&gt;/P1D. */
    public String digestCycle() {
        ZonedDateTime first = Clock.now().atZone(Clock.ZONE).toLocalDate().atTime(properties.getDigestTime())
                .atZone(Clock.ZONE);
        return "R/" + first.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
    }

    public String senderCycle() {
        return properties.getSenderCycle();
    }

    /** Day 1 (by default) after the deadline, at the escalation time: the unit head is told. */
    public Date headDate(Date deadline) {
        return afterDeadline(deadline, properties.getHeadAfterWorkingDays());
    }

    /** Day 3 (by default) after the deadline: the office is told and gets the 督办 task. */
    public Date officeDate(Date deadline) {
        return afterDeadline(deadline, properties.getOfficeAfterWorkingDays());
    }

    /** The 督办 task's due date: two working days after the office was told. */
    public Date superviseDueDate(Date deadline) {
        return afterDeadline(deadline, properties.getOfficeAfterWorkingDays() + 2);
    }

    Date afterDeadline(Date deadline, int workingDays) {
        LocalDate deadlineDay = deadline.toInstant().atZone(Clock.ZONE).toLocalDate();
        LocalDate day = calendar.plusWorkingDays(deadlineDay, workingDays);
        Instant at = day.atTime(properties.getEscalationTime()).atZone(Clock.ZONE).toInstant();
        return Date.from(at);
    }

    /** Today in the bureau's zone, as the engine's clock sees it. */
    public LocalDate today() {
        return Clock.now().atZone(Clock.ZONE).toLocalDate();
    }
}
