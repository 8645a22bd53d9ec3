package cn.fundrisk.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.fundrisk.identity.Groups;
import cn.fundrisk.identity.Unit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who holds the open work of a phase, so that an overdue phase is shown, told and supervised on
 * that party (待检查组办理「考核评分」), not blindly on the unit. The open user tasks of the instances,
 * with their candidate groups, come from the engine's tables in one statement; each task belongs to
 * every enclosing element of its model (a phase's sub-process, the work plan's), found once per
 * process definition by walking the deployed model.
 */
@Component
public class WorkHolders {

    /** The parties that hold work, named by their candidate group. */
    public enum Party {
        UNIT_STAFF("单位经办人员"), UNIT_HEAD("单位负责人"), INSPECTORS("检查组"), OFFICE("领导小组办公室"),
        LEADERS("领导小组");

        private final String label;

        Party(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The party of a candidate group, or null for a group that names none. */
        public static Party ofGroup(String groupId) {
            if (Groups.INSPECTORS.equals(groupId)) {
                return INSPECTORS;
            }
            if (Groups.OFFICE.equals(groupId)) {
                return OFFICE;
            }
            if (Groups.LEADERS.equals(groupId)) {
                return LEADERS;
            }
            if (groupId != null && groupId.startsWith(Unit.GROUP_PREFIX)) {
                return groupId.endsWith(Unit.HEAD_SUFFIX) ? UNIT_HEAD : UNIT_STAFF;
            }
            return null;
        }

        /** The unit's own people (staff, head), as opposed to the office, leaders, inspectors. */
        public boolean ofUnit() {
            return this == UNIT_STAFF || this == UNIT_HEAD;
        }
    }

    /** One party's open tasks in a scope: the first task's name in the model, and how many. */
    public record Holding(Party party, String taskName, int tasks) {

        /** 待检查组办理「考核评分」, 待单位经办人员办理「逐项自查」等 30 项. */
        public String text() {
            return "待" + party.label() + "办理「" + taskName + "」" + (tasks > 1 ? "等 " + tasks + " 项" : "");
        }
    }

    /** The open work of a scope, party by party (in the order of the model's tasks). */
    public record Waiting(List<Holding> holdings) {

        public static final Waiting NONE = new Waiting(List.of());

        public List<Party> parties() {
            return holdings.stream().map(Holding::party).toList();
        }

        public boolean isEmpty() {
            return holdings.isEmpty();
        }

        /** Only the unit's own people hold it (or nobody does). */
        public boolean onUnit() {
            return holdings.stream().allMatch(h -> h.party().ofUnit());
        }

        /** 待检查组办理「考核评分」；待领导小组办公室办理「协调解决问题」; empty when nothing is open. */
        public String text() {
            return String.join("；", holdings.stream().map(Holding::text).toList());
        }

        /** The first party's name, for a short column (检查组), or empty. */
        public String who() {
            return String.join("、", parties().stream().map(Party::label).distinct().toList());
        }
    }

    /** An open task as the engine's tables have it. */
    private record OpenTask(String instance, String definition, String key, String group) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RepositoryService repositoryService;
    /** Per process definition: task key → its model name and the ids of every enclosing element. */
    private final Map<String, Map<String, Placement>> placements = new ConcurrentHashMap<>();

    private record Placement(String name, List<String> scopes) {
    }

    public WorkHolders(NamedParameterJdbcTemplate jdbc, RepositoryService repositoryService) {
        this.jdbc = jdbc;
        this.repositoryService = repositoryService;
    }

    /** The open work in one scope (a phase's activity id, the work plan's sub-process) of one instance. */
    public Waiting of(String processInstanceId, String scopeActivityId) {
        if (processInstanceId == null) {
            return Waiting.NONE;
        }
        return of(List.of(processInstanceId)).getOrDefault(processInstanceId, Map.of())
                .getOrDefault(scopeActivityId, Waiting.NONE);
    }

    /** The open work of many instances in one statement: instance → scope activity id → waiting. */
    public Map<String, Map<String, Waiting>> of(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<OpenTask> tasks = jdbc.query("SELECT t.PROC_INST_ID_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, l.GROUP_ID_"
                + " FROM ACT_RU_TASK t LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'"
                + " AND l.GROUP_ID_ IS NOT NULL WHERE t.PROC_INST_ID_ IN (:ids) ORDER BY t.CREATE_TIME_, t.ID_",
                new MapSqlParameterSource("ids", processInstanceIds), (rs, n) -> new OpenTask(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)));
        // instance → scope → party → (first task's name, count)
        Map<String, Map<String, Map<Party, Holding>>> found = new HashMap<>();
        for (OpenTask task : tasks) {
            Party party = Party.ofGroup(task.group());
            if (party == null) {
                continue;
            }
            Placement placement = placement(task.definition(), task.key());
            for (String scope : placement.scopes()) {
                found.computeIfAbsent(task.instance(), i -> new HashMap<>())
                        .computeIfAbsent(scope, s -> new LinkedHashMap<>())
                        .merge(party, new Holding(party, placement.name(), 1),
                                (a, b) -> new Holding(party, a.taskName(), a.tasks() + 1));
            }
        }
        Map<String, Map<String, Waiting>> result = new HashMap<>();
        found.forEach((instance, scopes) -> scopes.forEach((scope, holdings) -> result
                .computeIfAbsent(instance, i -> new HashMap<>())
                .put(scope, new Waiting(List.copyOf(holdings.values())))));
        return result;
    }

    private Placement placement(String definitionId, String taskKey) {
        return placements.computeIfAbsent(definitionId, d -> new ConcurrentHashMap<>()).computeIfAbsent(taskKey,
                key -> {
                    ModelElementInstance element = repositoryService.getBpmnModelInstance(definitionId)
                            .getModelElementById(key);
                    String name = element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : key;
                    List<String> scopes = new ArrayList<>();
                    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
                        if (e instanceof FlowElement flow) {
                            scopes.add(flow.getId());
                        }
                    }
                    return new Placement(name, List.copyOf(scopes));
                });
    }
}
