package cn.fundrisk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proof that a refused request changed nothing: the row count of every table of ours and of the
 * engine (RowCounts), and the values of the rows an attack aims at (tasks, their identity links and
 * variables, the process instances' variables, our units in campaigns, reports, assessments, problems,
 * evidence, staffing rows, authorizations). The audit trail is the one table that may grow: by the
 * REJECTED rows that record the refusal.
 */
public final class Unchanged {

    private static final List<String> WATCHED = List.of(
            "select ID_, ASSIGNEE_, OWNER_, DUE_DATE_, FOLLOW_UP_DATE_, NAME_, PRIORITY_, DESCRIPTION_, DELEGATION_ "
                    + "from ACT_RU_TASK order by ID_",
            "select TASK_ID_, GROUP_ID_, USER_ID_, TYPE_ from ACT_RU_IDENTITYLINK order by TASK_ID_, GROUP_ID_, USER_ID_, TYPE_",
            "select NAME_, TYPE_, EXECUTION_ID_, TASK_ID_, TEXT_, LONG_, DOUBLE_, BYTEARRAY_ID_ from ACT_RU_VARIABLE "
                    + "order by EXECUTION_ID_, TASK_ID_, NAME_",
            "select ID_, BUSINESS_KEY_, SUSPENSION_STATE_ from ACT_RU_EXECUTION order by ID_",
            "select TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from ACT_RU_AUTHORIZATION "
                    + "order by RESOURCE_TYPE_, RESOURCE_ID_, GROUP_ID_, USER_ID_, TYPE_",
            "select * from campaign_unit order by id", "select * from unit_report order by id",
            "select * from item_assessment order by id", "select * from problem order by id",
            "select id, owner_type, owner_id, file_name, sha256 from evidence order by id",
            "select * from staff_member order by id", "select * from unit_phase order by id");

    private final JdbcTemplate jdbc;
    private final RowCounts rowCounts;

    public Unchanged(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rowCounts = new RowCounts(jdbc);
    }

    /** What is there now. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        Map<String, Long> counts = rowCounts.now();
        counts.remove("audit_log");
        state.put("counts", counts);
        for (String sql : WATCHED) {
            state.put(sql, jdbc.queryForList(sql));
        }
        state.put("audit changes", jdbc.queryForObject("select count(*) from audit_log where action <> 'REJECTED'",
                Long.class));
        return state;
    }

    public long rejectedRows() {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'REJECTED'", Long.class);
    }

    /** Asserts that nothing but the trail's REJECTED rows (exactly {@code rejected} more) changed. */
    public void since(Map<String, Object> before, long rejectedBefore, long rejected, String what) {
        Map<String, Object> after = snapshot();
        for (String key : before.keySet()) {
            assertThat(after.get(key)).as("%s: %s unchanged", what, key).isEqualTo(before.get(key));
        }
        assertThat(rejectedRows() - rejectedBefore).as("%s: REJECTED rows in the audit trail", what)
                .isEqualTo(rejected);
    }
}
