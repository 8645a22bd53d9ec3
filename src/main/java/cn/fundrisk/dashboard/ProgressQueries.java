package cn.fundrisk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign header and the units × phases matrix with status lights, aggregated in SQL over
 * unit_phase: counts per phase and light in one GROUP BY, the matrix one page of units at a time.
 */
@Component
public class ProgressQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public ProgressQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Header(long campaignId, String name, int year, String status, Phase currentPhase,
            String currentPhaseLabel, OffsetDateTime nextDeadline, Long daysToNextDeadline, long unitCount,
            long phasesDone, long phasesTotal, double completionPercent, OffsetDateTime computedAt) {
    }

    /** How many units stand in each state of a phase (and in each light colour). */
    public record PhaseCounts(Phase phase, String label, OffsetDateTime deadline, Map<PhaseLight.Light, Long> lights,
            Map<PhaseLight, Long> states) {

        /** Units in this phase with a light of the colour (GREEN, YELLOW, RED, GREY). */
        public long lightCount(String light) {
            return lights.getOrDefault(PhaseLight.Light.valueOf(light), 0L);
        }
    }

    public record Cell(Phase phase, PhaseLight state, PhaseLight.Light light, String label, OffsetDateTime deadline,
            OffsetDateTime completedAt) {
    }

    public record UnitRow(long campaignUnitId, String unitCode, String unitName, String pageUrl, List<Cell> cells) {
    }

    public record Matrix(int page, int size, long totalUnits, List<UnitRow> rows) {
    }

    public Header header(Campaign campaign, Scope scope) {
        Map<String, Object> totals = jdbc.queryForMap("SELECT COUNT(DISTINCT cu.id) AS units,"
                + " COUNT(p.id) AS phases,"
                + " SUM(CASE WHEN p.completed_at IS NOT NULL AND p.completed_at <= :now THEN 1 ELSE 0 END) AS done"
                + " FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " LEFT JOIN unit_phase p ON p.campaign_unit_id = cu.id"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter(), scope.params());
        long units = number(totals.get("units"));
        long phases = number(totals.get("phases"));
        long done = number(totals.get("done"));
        Phase current = null;
        Instant next = null;
        for (Phase phase : Phase.values()) {
            Instant deadline = campaign.getSchedule().deadline(phase);
            if (!deadline.isBefore(scope.now())) {
                current = phase;
                next = deadline;
                break;
            }
        }
        Long days = next == null ? null : ChronoUnit.DAYS.between(LocalDate.ofInstant(scope.now(), Clock.ZONE),
                LocalDate.ofInstant(next, Clock.ZONE));
        String status = campaign.getStatus() == Campaign.Status.CLOSED ? "已结束" : "进行中";
        double percent = phases == 0 ? 0 : Math.round(done * 1000.0 / phases) / 10.0;
        return new Header(campaign.getId(), campaign.getName(), campaign.getCampaignYear(), status, current,
                current == null ? "各阶段截止时间均已过" : current.label(), CampaignView.local(next), days, units, done,
                phases, percent, CampaignView.local(scope.now()));
    }

    /** Per phase, how many visible units are in each state; one GROUP BY over unit_phase. */
    public List<PhaseCounts> phaseCounts(Campaign campaign, Scope scope) {
        Map<Phase, Map<PhaseLight, Long>> states = new EnumMap<>(Phase.class);
        jdbc.query("SELECT x.phase, x.state, COUNT(*) AS n FROM (SELECT p.phase AS phase, " + PhaseLight.SQL
                + " AS state FROM unit_phase p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id"
                + " JOIN unit u ON u.id = cu.unit_id WHERE cu.campaign_id = :campaign" + scope.unitFilter()
                + ") x GROUP BY x.phase, x.state", scope.params(), rs -> {
                    states.computeIfAbsent(Phase.valueOf(rs.getString("phase")), k -> new EnumMap<>(PhaseLight.class))
                            .put(PhaseLight.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        List<PhaseCounts> result = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            Map<PhaseLight, Long> byState = states.getOrDefault(phase, new EnumMap<>(PhaseLight.class));
            Map<PhaseLight.Light, Long> lights = new LinkedHashMap<>();
            Arrays.stream(PhaseLight.Light.values()).forEach(l -> lights.put(l, 0L));
            byState.forEach((state, n) -> lights.merge(state.light(), n, Long::sum));
            result.add(new PhaseCounts(phase, phase.label(), CampaignView.local(campaign.getSchedule().deadline(phase)),
                    lights, byState));
        }
        return result;
    }

    /** One page of visible units (in the units' order) with their state in every phase. */
    public Matrix matrix(Scope scope, int page, int size) {
        List<UnitPage.Unit> units = UnitPage.units(jdbc, scope, page, size);
        Map<Long, Map<Phase, Cell>> cells = new LinkedHashMap<>();
        if (!units.isEmpty()) {
            jdbc.query("SELECT p.campaign_unit_id, p.phase, p.deadline, p.completed_at, " + PhaseLight.SQL
                    + " AS state FROM unit_phase p WHERE p.campaign_unit_id IN (:ids)",
                    scope.params().addValue("ids", units.stream().map(UnitPage.Unit::id).toList()), rs -> {
                        PhaseLight state = PhaseLight.valueOf(rs.getString("state"));
                        Instant completed = Scope.instant(rs, "completed_at");
                        if (completed != null && completed.isAfter(scope.now())) {
                            completed = null;
                        }
                        cells.computeIfAbsent(rs.getLong("campaign_unit_id"), k -> new EnumMap<>(Phase.class))
                                .put(Phase.valueOf(rs.getString("phase")), new Cell(Phase.valueOf(rs.getString("phase")),
                                        state, state.light(), state.label(),
                                        CampaignView.local(Scope.instant(rs, "deadline")), CampaignView.local(completed)));
                    });
        }
        List<UnitRow> rows = units.stream().map(unit -> {
            Map<Phase, Cell> byPhase = cells.getOrDefault(unit.id(), Map.of());
            // a unit without any phase row has not started yet (its start job writes them): 未开始, not 不适用
            PhaseLight missing = byPhase.isEmpty() ? PhaseLight.NOT_STARTED : PhaseLight.NOT_APPLICABLE;
            List<Cell> row = Arrays.stream(Phase.values()).map(phase -> byPhase.getOrDefault(phase,
                    new Cell(phase, missing, missing.light(), missing.label(), null, null))).toList();
            return new UnitRow(unit.id(), unit.code(), unit.name(), Links.unit(unit.id()), row);
        }).toList();
        return new Matrix(page, size, UnitPage.count(jdbc, scope), rows);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
