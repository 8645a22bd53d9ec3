package cn.fundrisk.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.UnitCampaignProcess;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many of a campaign's units stand at each step of the unit process: per user task, the units
 * with an open task there (Camunda's ACT_RU_TASK joined to campaign_unit by process instance,
 * counted once per unit however many tasks it has there); per phase sub-process, the units whose
 * phase is under way (unit_phase); at the end event, the units that have finished.
 */
@Component
public class StepQueries {

    private final NamedParameterJdbcTemplate jdbc;

    public StepQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Step(String activityId, long units) {
    }

    /** Units per activity id, tasks first in the order of the most units. */
    public Map<String, Long> counts(Scope scope) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT t.TASK_DEF_KEY_ AS activity, COUNT(DISTINCT cu.id) AS n FROM ACT_RU_TASK t"
                + " JOIN campaign_unit cu ON cu.process_instance_id = t.PROC_INST_ID_ JOIN unit u ON u.id = cu.unit_id"
                + " WHERE cu.campaign_id = :campaign" + scope.unitFilter()
                + " GROUP BY t.TASK_DEF_KEY_ ORDER BY n DESC, activity", scope.params(),
                rs -> {
                    counts.put(rs.getString("activity"), rs.getLong("n"));
                });
        jdbc.query("SELECT p.phase, COUNT(*) AS n FROM unit_phase p JOIN campaign_unit cu ON cu.id = p.campaign_unit_id"
                + " JOIN unit u ON u.id = cu.unit_id WHERE cu.campaign_id = :campaign" + scope.unitFilter()
                + " AND p.status = 'ACTIVE' GROUP BY p.phase", scope.params(), rs -> {
                    counts.put(Phase.valueOf(rs.getString("phase")).activityId(), rs.getLong("n"));
                });
        Long finished = jdbc.queryForObject("SELECT COUNT(*) FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " WHERE cu.campaign_id = :campaign AND cu.finished_at IS NOT NULL" + scope.unitFilter(),
                scope.params(), Long.class);
        if (finished != null && finished > 0) {
            counts.put(UnitCampaignProcess.END_UNIT_DONE, finished);
        }
        return counts;
    }

    public List<Step> steps(Scope scope) {
        return counts(scope).entrySet().stream().map(e -> new Step(e.getKey(), e.getValue())).toList();
    }
}
