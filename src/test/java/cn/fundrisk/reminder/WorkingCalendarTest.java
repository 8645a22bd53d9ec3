package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Working days with holidays and make-up days (调休), from the calendar file format (no Spring). */
class WorkingCalendarTest {

    /** 国庆 2026: 1–7 October off; Sunday 27 September and Saturday 10 October are working days. */
    static final WorkingCalendar NATIONAL_DAY_2026 = WorkingCalendar.parse(List.of(
            "# 2026 国庆节",
            "2026-10-01..2026-10-07 休 国庆节",
            "2026-09-27 班 调休",
            "2026-10-10 班 调休  # Saturday"), "test");

    @Test
    void holidaysAndMakeUpDaysReplaceTheWeekendRule() {
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, 27))).as("make-up Sunday").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 7))).as("a Wednesday off").isFalse();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void aDeadlineAfterTheHolidayCountsOnlyWorkingDays() {
        LocalDate due = LocalDate.of(2026, 10, 9); // Friday after the holiday
        // from Tuesday 29 September: 30 Sep, 8 Oct, 9 Oct
        assertThat(NATIONAL_DAY_2026.workingDaysUntil(LocalDate.of(2026, 9, 29), due)).isEqualTo(3);
        assertThat(WorkingCalendar.weekendsOnly().workingDaysUntil(LocalDate.of(2026, 9, 29), due)).isEqualTo(8);
        // 7 working days before 9 October is 24 September (27 September counts, the holiday does not)
        assertThat(NATIONAL_DAY_2026.workingDaysUntil(LocalDate.of(2026, 9, 24), due)).isEqualTo(7);
        assertThat(NATIONAL_DAY_2026.workingDaysUntil(LocalDate.of(2026, 10, 10), due)).as("overdue").isEqualTo(-1);
        assertThat(NATIONAL_DAY_2026.workingDaysUntil(LocalDate.of(2026, 10, 12), due)).isEqualTo(-2);
    }

    @Test
    void escalationDaysSkipTheHoliday() {
        // deadline 30 September: day 1 is 8 October, day 3 is 10 October (the make-up Saturday)
        assertThat(NATIONAL_DAY_2026.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(NATIONAL_DAY_2026.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        ReminderProperties properties = new ReminderProperties();
        properties.setCalendarFile(Path.of("docs/holidays-example.txt").toString());
        ReminderSchedule schedule = new ReminderSchedule(properties);
        Date deadline = Date.from(Instant.parse("2026-09-30T15:59:59Z")); // 23:59:59 in Shanghai
        assertThat(schedule.headDate(deadline).toInstant()).isEqualTo(Instant.parse("2026-10-08T01:00:00Z"));
        assertThat(schedule.officeDate(deadline).toInstant()).isEqualTo(Instant.parse("2026-10-10T01:00:00Z"));
    }

    @Test
    void aBadLineNamesTheFileAndLine() {
        assertThatThrownBy(() -> WorkingCalendar.parse(List.of("2026-10-01 休", "2026-13-01 休"), "holidays.txt"))
                .hasMessageContaining("holidays.txt line 2");
        assertThatThrownBy(() -> WorkingCalendar.parse(List.of("2026-10-01 放假"), "holidays.txt"))
                .hasMessageContaining("line 1");
    }
}
