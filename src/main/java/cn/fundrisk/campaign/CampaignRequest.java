package cn.fundrisk.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;

/**
 * What the office asks for when it starts a campaign (start form or REST), checked. Every check
 * answers in Chinese; a request that fails one starts nothing.
 */
public record CampaignRequest(String name, int year, Set<String> unitCodes, Map<Phase, Instant> deadlines,
        String monthlyAuditInterval) {

    public static final String DEFAULT_MONTHLY_INTERVAL = "P1M";
    public static final String NO_UNITS = "参与单位不能为空：请至少填写一个单位编码，或留空以选择全部默认单位";
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    /** Parses the raw values (strings, numbers or dates), filling what is left empty from the plan. */
    public static CampaignRequest parse(Object name, Object year, Object unitCodes, Map<Phase, Object> deadlines,
            Object monthlyAuditInterval) {
        String checkedName = name(name);
        int checkedYear = year(year);
        Map<Phase, Instant> schedule = new EnumMap<>(Schedule.defaultsFor(checkedYear, Clock.ZONE));
        for (Phase phase : Phase.values()) {
            Object raw = deadlines.get(phase);
            if (raw != null && !raw.toString().isBlank()) {
                schedule.put(phase, instant(raw, phase));
            }
        }
        checkOrder(schedule);
        checkRange(schedule, checkedYear, Clock.now());
        return new CampaignRequest(checkedName, checkedYear, unitCodes(unitCodes), schedule,
                interval(monthlyAuditInterval));
    }

    private static String name(Object raw) {
        String name = raw == null ? "" : raw.toString().strip();
        if (name.isEmpty()) {
            throw new InputRejectedException("请填写专项工作名称");
        }
        if (name.length() > 200) {
            throw new InputRejectedException("专项工作名称过长：最多 200 个字符");
        }
        return name;
    }

    private static int year(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            throw new InputRejectedException("请填写年度");
        }
        int year;
        try {
            year = new java.math.BigDecimal(raw.toString().strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InputRejectedException("年度必须是整数，如 2019；当前为「" + raw + "」");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InputRejectedException("年度 " + year + " 不存在：须在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间");
        }
        return year;
    }

    private static Set<String> unitCodes(Object raw) {
        Set<String> codes = new LinkedHashSet<>();
        if (raw instanceof Iterable<?> list) {
            list.forEach(code -> codes.add(code.toString().strip()));
        } else if (raw != null) {
            for (String code : raw.toString().split("[,，;；\\s]+")) {
                codes.add(code.strip());
            }
        }
        codes.removeIf(String::isEmpty);
        if (codes.isEmpty() && raw != null && !raw.toString().isBlank()) {
            throw new InputRejectedException(NO_UNITS);
        }
        return codes;
    }

    static Instant instant(Object raw, Phase phase) {
        if (raw instanceof Date date) {
            return date.toInstant();
        }
        String text = raw.toString().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atTime(LocalTime.of(23, 59, 59)).atZone(Clock.ZONE).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(text).atZone(Clock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(phase.label() + "截止时间格式无效：「" + text
                    + "」，应为日期（2019-04-30）或日期时间（2019-04-30T23:59:59+08:00）");
        }
    }

    private static void checkOrder(Map<Phase, Instant> schedule) {
        Phase previous = null;
        for (Phase phase : Phase.values()) {
            if (previous != null && !schedule.get(phase).isAfter(schedule.get(previous))) {
                throw new InputRejectedException(phase.label() + "截止时间（" + show(schedule.get(phase))
                        + "）必须晚于" + previous.label() + "截止时间（" + show(schedule.get(previous)) + "）");
            }
            previous = phase;
        }
    }

    /**
     * Deadlines lie ahead (a campaign cannot start with a phase already over) and within the
     * campaign's year or the next (evaluation may run into January); the order is checked before.
     */
    private static void checkRange(Map<Phase, Instant> schedule, int year, Instant now) {
        Instant first = schedule.get(Phase.DEPLOYMENT);
        if (!first.isAfter(now)) {
            throw new InputRejectedException(Phase.DEPLOYMENT.label() + "截止时间（" + show(first)
                    + "）已经过去，不能启动：请把各阶段截止时间设在今后");
        }
        for (Phase phase : Phase.values()) {
            int deadlineYear = schedule.get(phase).atZone(Clock.ZONE).getYear();
            if (deadlineYear < year || deadlineYear > year + 1) {
                throw new InputRejectedException(phase.label() + "截止时间（" + show(schedule.get(phase)) + "）不在"
                        + year + "年度内：须在 " + year + " 年或 " + (year + 1) + " 年");
            }
        }
    }

    static String show(Instant instant) {
        ZonedDateTime time = instant.atZone(Clock.ZONE);
        return String.format("%tF %<tR", time);
    }

    private static String interval(Object raw) {
        if (raw == null || raw.toString().isBlank()) {
            return DEFAULT_MONTHLY_INTERVAL;
        }
        String text = raw.toString().strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (text.contains("T")) {
                if (Duration.parse(text).compareTo(Duration.ofMinutes(1)) < 0) {
                    throw new InputRejectedException("内控稽核月报周期不能短于 1 分钟");
                }
            } else if (Period.parse(text).isNegative() || Period.parse(text).isZero()) {
                throw new InputRejectedException("内控稽核月报周期必须大于零");
            }
        } catch (DateTimeParseException e) {
            throw new InputRejectedException("内控稽核月报周期格式无效：「" + raw + "」，应为 ISO 8601 时长，如 P1M 或 PT10M");
        }
        return text;
    }

    public List<String> unitCodeList() {
        return new ArrayList<>(unitCodes);
    }
}
