package cn.fundrisk.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Embeddable;

/**
 * The phase deadlines of a campaign (实施步骤). Defaults follow the plan: 30 April, 31 May, 30 June,
 * 30 July (summary report), 31 July (county inspections), 30 September, each at the end of the day
 * in the bureau's time zone, whatever the server's.
 */
@Embeddable
public class Schedule {

    private Instant deploymentDeadline;
    private Instant selfInspectionDeadline;
    private Instant rectificationDeadline;
    private Instant summaryDeadline;
    private Instant countyInspectionDeadline;
    private Instant evaluationDeadline;

    protected Schedule() {
    }

    public Schedule(Map<Phase, Instant> deadlines) {
        this.deploymentDeadline = deadlines.get(Phase.DEPLOYMENT);
        this.selfInspectionDeadline = deadlines.get(Phase.SELF_INSPECTION);
        this.rectificationDeadline = deadlines.get(Phase.RECTIFICATION);
        this.summaryDeadline = deadlines.get(Phase.SUMMARY);
        this.countyInspectionDeadline = deadlines.get(Phase.COUNTY_INSPECTION);
        this.evaluationDeadline = deadlines.get(Phase.EVALUATION);
    }

    /** The plan's default deadlines for a year. */
    public static Map<Phase, Instant> defaultsFor(int year, ZoneId zone) {
        Map<Phase, Instant> map = new EnumMap<>(Phase.class);
        map.put(Phase.DEPLOYMENT, endOfDay(year, 4, 30, zone));
        map.put(Phase.SELF_INSPECTION, endOfDay(year, 5, 31, zone));
        map.put(Phase.RECTIFICATION, endOfDay(year, 6, 30, zone));
        map.put(Phase.SUMMARY, endOfDay(year, 7, 30, zone));
        map.put(Phase.COUNTY_INSPECTION, endOfDay(year, 7, 31, zone));
        map.put(Phase.EVALUATION, endOfDay(year, 9, 30, zone));
        return map;
    }

    private static Instant endOfDay(int year, int month, int day, ZoneId zone) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }

    public Instant deadline(Phase phase) {
        return switch (phase) {
            case DEPLOYMENT -> deploymentDeadline;
            case SELF_INSPECTION -> selfInspectionDeadline;
            case RECTIFICATION -> rectificationDeadline;
            case SUMMARY -> summaryDeadline;
            case COUNTY_INSPECTION -> countyInspectionDeadline;
            case EVALUATION -> evaluationDeadline;
        };
    }

    /** Deadlines as process variables (java.util.Date: timers and due dates read them directly). */
    public Map<String, Object> asVariables() {
        Map<String, Object> vars = new java.util.HashMap<>();
        for (Phase phase : Phase.values()) {
            vars.put(phase.deadlineVariable(), Date.from(deadline(phase)));
        }
        return vars;
    }
}
