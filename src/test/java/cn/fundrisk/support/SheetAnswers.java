package cn.fundrisk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskDriver;
import org.camunda.bpm.engine.task.Task;

/**
 * The self-score and score-sheet forms filled in as a person does in Tasklist: for the items the
 * task's sheet scores (variable sheet), the values typed per item number (selfScore&lt;n&gt;, or
 * score&lt;n&gt; and reason&lt;n&gt;); items left out stay empty.
 */
public final class SheetAnswers {

    private SheetAnswers() {
    }

    /** The summary form's self-scores of the map, as form values. */
    public static Map<String, Object> selfScores(TaskDriver driver, Task task, Map<Integer, ?> scores) {
        Map<String, Object> values = new HashMap<>();
        for (int n : ItemSheetForm.scoredItems(driver.variable(task, ItemSheetForm.SHEET))) {
            if (scores.get(n) != null) {
                values.put(FormKeys.selfScore(n), scores.get(n));
            }
        }
        return values;
    }

    /** The score sheet's scores of the first map and reasons of the second, as form values. */
    public static Map<String, Object> scores(TaskDriver driver, Task task, Map<Integer, ?> scores,
            Map<Integer, String> reasons) {
        Map<String, Object> values = new HashMap<>();
        for (int n : ItemSheetForm.scoredItems(driver.variable(task, ItemSheetForm.SHEET))) {
            if (scores.get(n) != null) {
                values.put(FormKeys.score(n), scores.get(n));
            }
            if (reasons.get(n) != null) {
                values.put(FormKeys.reason(n), reasons.get(n));
            }
        }
        return values;
    }

    /** The items the task's sheet shows (the unit's, those 不计分 included), by number: title, points, scored, … */
    public static Map<Integer, Map<String, Object>> shown(TaskDriver driver, Task task) {
        Map<Integer, Map<String, Object>> items = new TreeMap<>();
        ItemSheetForm.items(driver.variable(task, ItemSheetForm.SHEET)).forEach((n, item) -> {
            if (Boolean.TRUE.equals(item.get("shown"))) {
                items.put(n, item);
            }
        });
        return items;
    }
}
