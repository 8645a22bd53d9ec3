package cn.fundrisk.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Links;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overdue list, a page at a time, most overdue first: phases past their deadline and not done
 * (responsible: the unit's contact person) and problems past their rectification date and not
 * rectified (responsible: the problem's responsible person), in one UNION ALL sorted and paged by
 * the database. The last reminder (催办) and 督办 action come with the reminders feature: until
 * then they are empty.
 */
@Component
public class OverdueQueries {

    public static final int PAGE_SIZE = 20;

    private static final String UNION = "SELECT 'PHASE' AS kind, cu.id AS cu_id, u.name AS unit_name,"
            + " u.sort_order AS sort_order, p.phase AS what, CAST(NULL AS INTEGER) AS item_no, p.deadline AS due,"
            + " cu.contact_person AS person"
            + " FROM unit_phase p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id JOIN unit u ON u.id = cu.unit_id"
            + " WHERE cu.campaign_id = :campaign AND p.deadline < :now"
            + " AND (p.completed_at IS NULL OR p.completed_at > :now)%1$s"
            + " UNION ALL"
            + " SELECT 'PROBLEM', cu.id, u.name, u.sort_order, p.description, p.item_no, p.due_at, p.responsible_person"
            + " FROM problem p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id JOIN unit u ON u.id = cu.unit_id"
            + " WHERE cu.campaign_id = :campaign AND p.due_at < :now AND NOT " + ItemQueries.RECTIFIED + "%1$s";

    private final NamedParameterJdbcTemplate jdbc;

    public OverdueQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(String kind, long campaignUnitId, String unitName, String what, Integer itemNo,
            OffsetDateTime deadline, long daysOverdue, String responsiblePerson, String lastReminder,
            String lastSupervision, String pageUrl) {
    }

    public record Page(int page, int size, long total, int pages, List<Row> rows) {
    }

    public Page page(Scope scope, int page) {
        return page(scope, page, PAGE_SIZE);
    }

    public Page page(Scope scope, int page, int size) {
        String union = String.format(UNION, scope.unitFilter());
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + union + ") x", scope.params(), Long.class);
        List<Row> rows = jdbc.query("SELECT * FROM (" + union + ") x ORDER BY x.due, x.sort_order, x.cu_id, x.item_no"
                + " LIMIT :limit OFFSET :offset",
                scope.params().addValue("limit", size).addValue("offset", (long) page * size), (rs, i) -> {
                    Instant due = Scope.instant(rs, "due");
                    boolean phase = "PHASE".equals(rs.getString("kind"));
                    int itemNo = rs.getInt("item_no");
                    String what = phase ? Phase.valueOf(rs.getString("what")).label()
                            : "第" + itemNo + "项整改：" + UnitPageText.preview(rs.getString("what"));
                    String person = rs.getString("person");
                    return new Row(phase ? "阶段" : "问题整改", rs.getLong("cu_id"), rs.getString("unit_name"), what,
                            phase ? null : itemNo, CampaignView.local(due), Duration.between(due, scope.now()).toDays(),
                            person == null || person.isBlank() ? "—" : person, "—", "—",
                            Links.unit(rs.getLong("cu_id")));
                });
        long count = total == null ? 0 : total;
        return new Page(page, size, count, (int) ((count + size - 1) / size), rows);
    }
}
