package cn.fundrisk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.WorkHolders;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import cn.fundrisk.reminder.OutboxMail;
import cn.fundrisk.reminder.OverdueSupervision;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overdue list, a page at a time, most overdue first: phases past their deadline and not done
 * (responsible: the unit's contact person) and problems past their rectification date and not
 * rectified (responsible: the problem's responsible person), in one UNION ALL sorted and paged by
 * the database. Each row of the page also carries the unit's latest reminder up to the moment (the
 * latest of its 催办 and the escalation e-mails about it: 逾期告知单位负责人, 逾期报领导小组办公室; the daily
 * digest is per person across units, so it is not counted) and the latest 督办 record of that unit
 * and phase (a problem's: of the rectification phase), both computed by correlated aggregates over
 * the page's 20 rows in the same statement (no query per row).
 */
@Component
public class OverdueQueries {

    public static final int PAGE_SIZE = 20;

    private static final String UNION = "SELECT 'PHASE' AS kind, cu.id AS cu_id, u.name AS unit_name,"
            + " u.sort_order AS sort_order, p.phase AS what, CAST(NULL AS INTEGER) AS item_no, p.deadline AS due,"
            + " cu.contact_person AS person, p.phase AS sv_phase, cu.process_instance_id AS pi"
            + " FROM unit_phase p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id JOIN unit u ON u.id = cu.unit_id"
            + " WHERE cu.campaign_id = :campaign AND p.deadline < :now"
            + " AND (p.completed_at IS NULL OR p.completed_at > :now)%1$s"
            + " UNION ALL"
            + " SELECT 'PROBLEM', cu.id, u.name, u.sort_order, p.description, p.item_no, p.due_at, p.responsible_person,"
            + " 'RECTIFICATION', cu.process_instance_id"
            + " FROM problem p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id JOIN unit u ON u.id = cu.unit_id"
            + " WHERE cu.campaign_id = :campaign AND p.due_at < :now AND NOT " + ItemQueries.RECTIFIED + "%1$s";

    private static final String ORDER = " ORDER BY x.due, x.sort_order, x.cu_id, x.item_no";

    /** The page of the union, with the latest reminders and 督办 of each row's unit (and phase) as of :now. */
    private static final String PAGE = "SELECT x.*,"
            + " (SELECT MAX(n.nudged_at) FROM nudge n WHERE n.campaign_unit_id = x.cu_id AND n.nudged_at <= :now)"
            + " AS nudged_at,"
            + " (SELECT MAX(o.created_at) FROM outbox_message o WHERE o.campaign_unit_id = x.cu_id"
            + " AND o.kind IN ('ESCALATION_HEAD', 'ESCALATION_HOLDERS') AND o.created_at <= :now) AS head_at,"
            + " (SELECT MAX(o.created_at) FROM outbox_message o WHERE o.campaign_unit_id = x.cu_id"
            + " AND o.kind IN ('ESCALATION_OFFICE', 'ESCALATION_LEADERS') AND o.created_at <= :now) AS office_at,"
            + " s.method AS sv_method, s.supervised_at AS sv_at, s.new_target_date AS sv_target, s.note AS sv_note,"
            + " s.supervised_by AS sv_by"
            + " FROM (SELECT * FROM (%s) y ORDER BY y.due, y.sort_order, y.cu_id, y.item_no"
            + " LIMIT :limit OFFSET :offset) x"
            + " LEFT JOIN overdue_supervision s ON s.id = (SELECT MAX(s2.id) FROM overdue_supervision s2"
            + " WHERE s2.campaign_unit_id = x.cu_id AND s2.phase = x.sv_phase AND s2.supervised_at <= :now)"
            + ORDER;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkHolders workHolders;

    public OverdueQueries(NamedParameterJdbcTemplate jdbc, WorkHolders workHolders) {
        this.jdbc = jdbc;
        this.workHolders = workHolders;
    }

    /**
     * A row; for a phase whose open work waits on others than the unit (the inspectors, the office),
     * {@code responsiblePerson} names that party and {@code waitingOn} says on what (current rows only,
     * not a bulletin's past day).
     */
    public record Row(String kind, long campaignUnitId, String unitName, String what, Integer itemNo,
            OffsetDateTime deadline, long daysOverdue, String responsiblePerson, String lastReminder,
            String lastSupervision, String lastSupervisionNote, String pageUrl, String waitingOn) {

        Row waiting(WorkHolders.Waiting waiting) {
            if (waiting.isEmpty()) {
                return this;
            }
            return new Row(kind, campaignUnitId, unitName, what, itemNo, deadline, daysOverdue,
                    waiting.onUnit() ? responsiblePerson : waiting.who(), lastReminder, lastSupervision,
                    lastSupervisionNote, pageUrl, waiting.text());
        }
    }

    /** A row and what it needs to find who its open work waits on. */
    private record Found(Row row, String processInstanceId, String phase) {
    }

    public record Page(int page, int size, long total, int pages, List<Row> rows) {
    }

    public Page page(Scope scope, int page) {
        return page(scope, page, PAGE_SIZE);
    }

    public Page page(Scope scope, int page, int size) {
        String union = String.format(UNION, scope.unitFilter());
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + union + ") x", scope.params(), Long.class);
        List<Found> found = jdbc.query(String.format(PAGE, union),
                scope.params().addValue("limit", size).addValue("offset", (long) page * size), (rs, i) -> {
                    Instant due = Scope.instant(rs, "due");
                    boolean phase = "PHASE".equals(rs.getString("kind"));
                    int itemNo = rs.getInt("item_no");
                    String what = phase ? Phase.valueOf(rs.getString("what")).label()
                            : "第" + itemNo + "项整改：" + UnitPageText.preview(rs.getString("what"));
                    String person = rs.getString("person");
                    return new Found(new Row(phase ? "阶段" : "问题整改", rs.getLong("cu_id"), rs.getString("unit_name"),
                            what, phase ? null : itemNo, CampaignView.local(due),
                            Duration.between(due, scope.now()).toDays(), person == null || person.isBlank() ? "—" : person,
                            lastReminder(rs), lastSupervision(rs), supervisionNote(rs), Links.unit(rs.getLong("cu_id")),
                            null), phase ? rs.getString("pi") : null, phase ? rs.getString("what") : null);
                });
        List<Row> rows = withWaiting(found, scope);
        long count = total == null ? 0 : total;
        return new Page(page, size, count, (int) ((count + size - 1) / size), rows);
    }

    /** Phase rows of the current moment learn who their open work waits on, in one query for the page. */
    private List<Row> withWaiting(List<Found> found, Scope scope) {
        boolean current = Duration.between(scope.now(), Clock.now()).abs().compareTo(Duration.ofMinutes(5)) < 0;
        List<String> instances = found.stream().map(Found::processInstanceId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!current || instances.isEmpty()) {
            return found.stream().map(Found::row).toList();
        }
        Map<String, Map<String, WorkHolders.Waiting>> waiting = workHolders.of(instances);
        return found.stream().map(f -> f.phase() == null ? f.row() : f.row().waiting(waiting
                .getOrDefault(f.processInstanceId(), Map.of())
                .getOrDefault(Phase.valueOf(f.phase()).activityId(), WorkHolders.Waiting.NONE))).toList();
    }

    /** "催办 11-27 09:12", "逾期告知单位负责人 11-27 09:00", …: the latest of the three, or "—". */
    private static String lastReminder(ResultSet rs) throws SQLException {
        String label = null;
        Instant latest = null;
        String[][] columns = {{"nudged_at", OutboxMail.Kind.NUDGE.label()},
            {"head_at", OutboxMail.Kind.ESCALATION_HEAD.label()}, {"office_at", OutboxMail.Kind.ESCALATION_OFFICE.label()}};
        for (String[] column : columns) {
            Instant at = Scope.instant(rs, column[0]);
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
                label = column[1];
            }
        }
        return latest == null ? "—" : label + " " + WHEN.format(latest.atZone(Clock.ZONE));
    }

    /** "电话 11-27 10:00" plus "，新目标日期 12-05" when one was set, or "—". */
    private static String lastSupervision(ResultSet rs) throws SQLException {
        String method = rs.getString("sv_method");
        if (method == null) {
            return "—";
        }
        LocalDate target = rs.getObject("sv_target", LocalDate.class);
        return OverdueSupervision.Method.valueOf(method).label() + " "
                + WHEN.format(Scope.instant(rs, "sv_at").atZone(Clock.ZONE))
                + (target == null ? "" : "，新目标日期 " + DAY.format(target));
    }

    /** The 督办 note with who recorded it (the hover text of the column), or null. */
    private static String supervisionNote(ResultSet rs) throws SQLException {
        String note = rs.getString("sv_note");
        return note == null ? null : rs.getString("sv_by") + "：" + note;
    }
}
