package cn.fundrisk.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days: Monday to Friday, except the holidays (休), plus the make-up working days (班, 调休),
 * from the State Council's published schedules ({@link #official()}, the resource
 * holidays/cn-official.txt) and the office's own file, whose entries win over them
 * ({@link #withOverrides}). One entry per line, {@code 2026-10-01 休 国庆节} or a range
 * {@code 2026-10-01..2026-10-07 休 国庆节}; '#' starts a comment.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    /** The State Council's schedules shipped with the app (holidays/cn-official.txt). */
    public static WorkingCalendar official() {
        try (var in = WorkingCalendar.class.getResourceAsStream(OFFICIAL)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OFFICIAL);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), OFFICIAL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OFFICIAL, e);
        }
    }

    static final String OFFICIAL = "/holidays/cn-official.txt";

    /** This calendar with the other's days on top: a day the other lists as 休 or 班 is so, whatever this says. */
    public WorkingCalendar withOverrides(WorkingCalendar overrides) {
        Set<LocalDate> off = new HashSet<>(holidays);
        Set<LocalDate> on = new HashSet<>(makeUpDays);
        off.removeAll(overrides.makeUpDays);
        on.removeAll(overrides.holidays);
        off.addAll(overrides.holidays);
        on.addAll(overrides.makeUpDays);
        return new WorkingCalendar(off, on);
    }

    /** Whether any holiday or make-up day of the year is known. */
    public boolean knows(int year) {
        return holidays.stream().anyMatch(d -> d.getYear() == year) || makeUpDays.stream().anyMatch(d -> d.getYear() == year);
    }

    public static WorkingCalendar read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the working-day calendar " + file, e);
        }
    }

    static WorkingCalendar parse(List<String> lines, String source) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUpDays = new HashSet<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length < 2 || !(parts[1].equals("休") || parts[1].equals("班"))) {
                throw new IllegalArgumentException(source + " line " + number + ": expected \"<date> 休|班 [name]\"");
            }
            Set<LocalDate> target = parts[1].equals("休") ? holidays : makeUpDays;
            try {
                String[] range = parts[0].split("\\.\\.");
                LocalDate from = LocalDate.parse(range[0]);
                LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    target.add(day);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + " line " + number + ": bad date " + parts[0], e);
            }
        }
        return new WorkingCalendar(holidays, makeUpDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after the day (n ≥ 1); the day itself for n = 0. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /**
     * Working days from today to the due day: positive before it (working days in (today, due]),
     * 0 on it, negative after it (working days in (due, today], as a negative number).
     */
    public int workingDaysUntil(LocalDate today, LocalDate due) {
        if (today.equals(due)) {
            return 0;
        }
        boolean ahead = due.isAfter(today);
        LocalDate from = ahead ? today : due;
        LocalDate to = ahead ? due : today;
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return ahead ? count : -count;
    }
}
