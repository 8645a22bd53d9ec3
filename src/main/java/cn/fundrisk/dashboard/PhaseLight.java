package cn.fundrisk.dashboard;

/**
 * The state of one unit in one phase at a given moment, as the dashboard shows it (红黄绿灯):
 * green on track or done on time, yellow due within 7 days (not done) or done late, red overdue
 * and not done, grey not started or not applicable. A 督办's new target date moves the deadline, so the
 * light follows it (yellow or green again until then); a phase once recorded overdue is done late
 * whenever it is done. {@link #SQL} computes the state in the
 * database from unit_phase (alias {@code p}) and the parameters {@code :now} and {@code :soon}
 * (now + 7 days), so that counts can be aggregated there and a past date (通报) works the same way.
 */
public enum PhaseLight {

    DONE_ON_TIME(Light.GREEN, "按时完成"),
    DONE_LATE(Light.YELLOW, "逾期完成"),
    OVERDUE(Light.RED, "已逾期"),
    DUE_SOON(Light.YELLOW, "临近截止"),
    ON_TRACK(Light.GREEN, "进行中"),
    NOT_STARTED(Light.GREY, "未开始"),
    NOT_APPLICABLE(Light.GREY, "不适用");

    /** The colour of a status light. */
    public enum Light { GREEN, YELLOW, RED, GREY }

    /** Days before a deadline from which an unfinished phase shows yellow. */
    public static final int DUE_SOON_DAYS = 7;

    static final String SQL = "CASE"
            + " WHEN p.completed_at IS NOT NULL AND p.completed_at <= :now THEN"
            + "   CASE WHEN p.completed_at <= p.deadline AND (p.overdue_at IS NULL OR p.overdue_at > p.completed_at)"
            + "   THEN 'DONE_ON_TIME' ELSE 'DONE_LATE' END"
            + " WHEN p.deadline < :now THEN 'OVERDUE'"
            + " WHEN p.deadline <= :soon THEN 'DUE_SOON'"
            + " WHEN p.started_at IS NOT NULL AND p.started_at <= :now THEN 'ON_TRACK'"
            + " ELSE 'NOT_STARTED' END";

    private final Light light;
    private final String label;

    PhaseLight(Light light, String label) {
        this.light = light;
        this.label = label;
    }

    public Light light() {
        return light;
    }

    public String label() {
        return label;
    }
}
