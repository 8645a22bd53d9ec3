package cn.fundrisk.process;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which record a task works on, bound by its create listener (in the engine's transaction, before any
 * client can touch the task) and read by its complete listener, in our table task_subject (V12):
 * a client can set variables, never this. The unit comes from the instance's business key; the
 * record (an item's assessment, a problem, a monthly report) must belong to it.
 */
@Component
public class TaskSubjects {

    public enum Kind { ASSESSMENT, PROBLEM, REPORT }

    private final JdbcTemplate jdbc;

    public TaskSubjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Binds the task to a record of its unit; a record of another unit is a fault, never bound. */
    public void bind(DelegateTask task, Kind kind, long subjectId, Long subjectUnitId) {
        Long unit = BusinessKeys.campaignUnitId(task);
        if (!unit.equals(subjectUnitId)) {
            throw new IllegalStateException("task " + task.getId() + " of unit " + unit + " asked for " + kind + " "
                    + subjectId + " of unit " + subjectUnitId);
        }
        jdbc.update("DELETE FROM task_subject WHERE task_id = ?", task.getId());
        jdbc.update("INSERT INTO task_subject (task_id, campaign_unit_id, kind, subject_id, bound_at) VALUES (?, ?, ?, ?, ?)",
                task.getId(), unit, kind.name(), subjectId, Timestamp.from(Clock.now()));
    }

    /** The record bound when the task was created. */
    public long subject(DelegateTask task, Kind kind) {
        List<Long> ids = jdbc.queryForList("SELECT subject_id FROM task_subject WHERE task_id = ? AND kind = ?"
                + " AND campaign_unit_id = ?", Long.class, task.getId(), kind.name(), BusinessKeys.campaignUnitId(task));
        if (ids.size() != 1) {
            throw new IllegalStateException("task " + task.getId() + " has no bound " + kind);
        }
        return ids.get(0);
    }

    /** The binding ends with the task (its completion's transaction). */
    public void release(DelegateTask task) {
        jdbc.update("DELETE FROM task_subject WHERE task_id = ?", task.getId());
    }
}
