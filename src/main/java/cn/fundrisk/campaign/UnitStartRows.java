package cn.fundrisk.campaign;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.fundrisk.audit.AuditEntries;
import cn.fundrisk.audit.AuditEntry;
import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Clock;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A unit's own rows, written when its process starts (its own job, in the engine's transaction): an
 * item assessment per applicable item of the campaign's snapshot and a phase per phase of its kind.
 * They go in as JDBC batches (Hibernate cannot batch inserts into IDENTITY tables; the PostgreSQL
 * driver's reWriteBatchedInserts makes each batch one multi-row insert), and one audit row per unit
 * records what was created instead of one per row. The campaign unit's row is locked first and rows
 * that already exist are left alone, so a second run for the same unit, even a concurrent one, adds
 * nothing, not even a second audit row.
 */
@Component
public class UnitStartRows {

    /** The audit row's field: the unit's launch, one row for all its assessments and phases. */
    public static final String AUDIT_FIELD = "启动";

    private static final String LOCK_UNIT = "SELECT id FROM campaign_unit WHERE id = ? FOR UPDATE";
    private static final String EXISTING = "SELECT 'P' AS kind, phase AS code FROM unit_phase WHERE campaign_unit_id = ?"
            + " UNION ALL SELECT 'A' AS kind, CAST(item_no AS VARCHAR(10)) AS code FROM item_assessment"
            + " WHERE campaign_unit_id = ?";
    private static final String INSERT_ASSESSMENT =
            "INSERT INTO item_assessment (campaign_unit_id, item_no, status) VALUES (?, ?, ?)";
    private static final String INSERT_PHASE =
            "INSERT INTO unit_phase (campaign_unit_id, phase, deadline, status) VALUES (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final CampaignItems campaignItems;
    private final Campaigns campaigns;
    private final AuditEntries audit;

    public UnitStartRows(DataSource dataSource, CampaignItems campaignItems, Campaigns campaigns, AuditEntries audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.campaignItems = campaignItems;
        this.campaigns = campaigns;
        this.audit = audit;
    }

    /** Writes what is missing of the unit's assessments and phases; returns how many rows it added. */
    public int create(CampaignUnit unit, String user) {
        // a second start of the same unit running concurrently (a job run by hand while the executor runs it)
        // waits here, then finds the rows committed and adds nothing; the engine then refuses its stale change
        jdbc.queryForList(LOCK_UNIT, Long.class, unit.getId());
        Set<String> phasesThere = new HashSet<>();
        Set<Integer> itemsThere = new HashSet<>();
        jdbc.query(EXISTING, rs -> {
            if ("P".equals(rs.getString("kind"))) {
                phasesThere.add(rs.getString("code"));
            } else {
                itemsThere.add(Integer.valueOf(rs.getString("code").trim()));
            }
        }, unit.getId(), unit.getId());

        UnitKind kind = unit.getUnit().getKind();
        List<Integer> items = campaignItems.findByCampaignIdOrderByItemNo(unit.getCampaignId()).stream()
                .filter(i -> i.assessedBy(kind)).map(CampaignItem::getItemNo)
                .filter(no -> !itemsThere.contains(no)).toList();
        Schedule schedule = campaigns.findById(unit.getCampaignId()).orElseThrow().getSchedule();
        List<Phase> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            if ((phase != Phase.COUNTY_INSPECTION || kind == UnitKind.COUNTY) && !phasesThere.contains(phase.name())) {
                phases.add(phase);
            }
        }
        if (items.isEmpty() && phases.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(INSERT_ASSESSMENT, new Rows<>(items, (statement, itemNo) -> {
            statement.setLong(1, unit.getId());
            statement.setInt(2, itemNo);
            statement.setString(3, ReviewStatus.DRAFT.name());
        }));
        jdbc.batchUpdate(INSERT_PHASE, new Rows<>(phases, (statement, phase) -> {
            statement.setLong(1, unit.getId());
            statement.setString(2, phase.name());
            statement.setObject(3, schedule.deadline(phase).atOffset(ZoneOffset.UTC));
            statement.setString(4, UnitPhase.Status.PENDING.name());
        }));
        audit.append(AuditEntry.of(Clock.now(), user, AuditEntry.Action.INSERT, CampaignUnit.class.getSimpleName(),
                unit.getId().toString(), unit.getId(), AUDIT_FIELD, null, details(items, phases, schedule),
                summary(items.size(), phases.size())));
        return items.size() + phases.size();
    }

    /** The note the trail shows: 启动：30 个考核事项，5 个阶段. */
    public static String summary(int items, int phases) {
        return "启动：" + items + " 个考核事项，" + phases + " 个阶段";
    }

    /** What was created, in the trail's "column=value; ..." form: the item numbers and each phase's deadline. */
    private static String details(List<Integer> items, List<Phase> phases, Schedule schedule) {
        String itemNos = items.stream().map(String::valueOf).collect(Collectors.joining(","));
        String deadlines = phases.stream().map(p -> p.name() + "@" + deadline(schedule.deadline(p)))
                .collect(Collectors.joining(","));
        return "item_assessment.item_no=" + itemNos + "; item_assessment.status=" + ReviewStatus.DRAFT.name()
                + "; unit_phase.deadline=" + deadlines + "; unit_phase.status=" + UnitPhase.Status.PENDING.name();
    }

    private static String deadline(Instant instant) {
        return instant.atZone(Clock.ZONE).toOffsetDateTime().toString();
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    private record Rows<T>(List<T> values, Binder<T> binder) implements BatchPreparedStatementSetter {
        @Override
        public void setValues(PreparedStatement statement, int i) throws SQLException {
            binder.bind(statement, values.get(i));
        }

        @Override
        public int getBatchSize() {
            return values.size();
        }
    }
}
