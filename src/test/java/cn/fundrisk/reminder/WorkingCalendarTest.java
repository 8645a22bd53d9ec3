package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Working days with holidays and make-up days (调休): the State Council's published schedule shipped
 * with the app, the office's file over it (no Spring).
 */
class WorkingCalendarTest {

    /** The app's default: the official table. */
    static final WorkingCalendar NATIONAL_DAY_2026 = WorkingCalendar.official();

    /**
     * 国务院办公厅关于2026年部分节假日安排的通知: 中秋节 25–27 September off; 国庆节 1–7 October off,
     * Sunday 20 September and Saturday 10 October are working days.
     */
    @Test
    void midAutumnAndNationalDay2026FollowThePublishedSchedule() {
        for (int day = 25; day <= 27; day++) {
            assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, day))).as("中秋节 9-%d", day).isFalse();
        }
        for (int day = 1; day <= 7; day++) {
            assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, day))).as("国庆节 10-%d", day).isFalse();
        }
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, 20))).as("make-up Sunday").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, 24))).as("a Thursday before").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, 27))).as("no make-up day on the 27th")
                .isFalse();
        assertThat(NATIONAL_DAY_2026.knows(2026)).isTrue();
        assertThat(NATIONAL_DAY_2026.knows(2027)).as("not published when this was written").isFalse();
        // the example file says the same for those days
        WorkingCalendar example = WorkingCalendar.read(Path.of("docs/holidays-example.txt"));
        for (LocalDate day = LocalDate.of(2026, 9, 18); day.isBefore(LocalDate.of(2026, 10, 13)); day = day.plusDays(1)) {
            assertThat(example.isWorkingDay(day)).as("%s", day).isEqualTo(NATIONAL_DAY_2026.isWorkingDay(day));
        }
    }

    @Test
    void theOfficesFileWinsOverTheOfficialTable() {
        WorkingCalendar local = NATIONAL_DAY_2026.withOverrides(WorkingCalendar.parse(List.of(
                "2026-10-10 休 本地安排", "2026-10-03 班 值班", "2027-10-01..2027-10-07 休 国庆节"), "local"));
        assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2026, 10, 3))).isTrue();
        assertThat(local.isWorkingDay(LocalDate.of(2027, 10, 4))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2026, 9, 25))).as("the rest of the official table stays").isFalse();
    }

    @Test
    void holidaysAndMakeUpDaysReplaceTheWeekendRule() {
        assertThat(NATIONAL_DAY_2026.isWorkingDay(LocalDate.of(2026, 9, 20))).as("make-up Sunday").isTrue();
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
        // 7 working days before 9 October is 22 September (中秋 25–27 September and 国庆 do not count)
        assertThat(NATIONAL_DAY_2026.workingDaysUntil(LocalDate.of(2026, 9, 22), due)).isEqualTo(7);
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
