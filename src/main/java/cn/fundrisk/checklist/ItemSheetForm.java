package cn.fundrisk.checklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.Markdown;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * An {@link ItemSheet} as the forms score-unit and write-summary-report show it. The forms are a fixed
 * frame (a group per category, a row per item number, the submitted keys selfScore&lt;n&gt; or
 * score&lt;n&gt; and reason&lt;n&gt;) that holds no text and no points: everything they show comes from
 * one task-local Json variable {@value #SHEET} — per category c&lt;no&gt; its heading, points and whether
 * the unit has it; per item i&lt;no&gt; its title, points, whether it is the unit's, whether it is scored
 * or 不计分 and why, the self-score — which the forms' texts (templates), conditions and maxima
 * (=sheet.i&lt;n&gt;.points) read, and from which they add up 小计 and 合计 with FEEL while one types.
 * (form-js dynamic lists would need no frame, but Tasklist 7.24 keeps 提交办结 disabled once a field
 * inside one was edited.) ItemSheetCatalogueTest holds the frame to the catalogue.
 */
public final class ItemSheetForm {

    public static final String SHEET = "sheet";
    public static final String SELF_SCORE = "selfScore";
    public static final String SCORE = "score";
    public static final String REASON = "reason";
    /** Item and category numbers the frame has rows and groups for (the table's 31 items, 8 categories). */
    public static final int ITEMS = 31;
    public static final int CATEGORIES = 8;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a form lets one enter: the unit's self-scores, or the inspector's scores with reasons. */
    public enum Entry { SELF_SCORE, SCORE }

    private ItemSheetForm() {
    }

    /**
     * Shows the sheet on the task, pre-fills what was entered before and declares the keys the form
     * submits for the unit's scored items as task-local, so what is submitted stays on the task.
     */
    public static void show(DelegateTask task, ItemSheet sheet, Entry entry) {
        try {
            task.setVariableLocal(SHEET, SpinValues.jsonValue(MAPPER.writeValueAsString(sheet(sheet))).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (ItemSheet.Line line : sheet.lines()) {
            if (!line.scored()) {
                continue;
            }
            int n = line.itemNo();
            if (entry == Entry.SELF_SCORE) {
                task.setVariableLocal(FormKeys.selfScore(n), number(line.entered().selfScore()));
            } else {
                task.setVariableLocal(FormKeys.score(n), number(line.entered().score()));
                task.setVariableLocal(FormKeys.reason(n), line.entered().reason());
            }
        }
    }

    /** The variable the forms read: c1..c8, i1..i31, maxTotal, scoredCount. */
    static Map<String, Object> sheet(ItemSheet sheet) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("maxTotal", sheet.points());
        values.put("scoredCount", sheet.scoredItems().size());
        for (int c = 1; c <= CATEGORIES; c++) {
            values.put("c" + c, Map.of("heading", "", "points", 0, "shown", false));
        }
        for (int n = 1; n <= ITEMS; n++) {
            values.put("i" + n, item("", 0, false, false, "", null));
        }
        for (ItemSheet.Group group : sheet.groups()) {
            values.put("c" + group.categoryNo(), Map.of("heading", Markdown.escape(group.heading()),
                    "points", group.points(), "shown", true));
            for (ItemSheet.Line line : group.lines()) {
                values.put("i" + line.itemNo(), item(Markdown.escape(line.title()), line.points(), true, line.scored(),
                        line.scored() ? "" : Markdown.escape(line.item().getNotScoredReason()),
                        number(line.entered().selfScore())));
            }
        }
        return values;
    }

    private static Map<String, Object> item(String title, int points, boolean shown, boolean scored, String reason,
            Double selfScore) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("points", points);
        item.put("shown", shown);
        item.put("scored", scored);
        item.put("notScoredReason", reason);
        item.put(SELF_SCORE, selfScore);
        return item;
    }

    /** What was submitted for each scored line of the sheet, by item number: selfScore, score, reason. */
    public static Map<Integer, Map<String, Object>> submitted(DelegateTask task, ItemSheet sheet) {
        Map<Integer, Map<String, Object>> values = new HashMap<>();
        for (ItemSheet.Line line : sheet.lines()) {
            if (line.scored()) {
                int n = line.itemNo();
                Map<String, Object> item = new HashMap<>();
                item.put(SELF_SCORE, task.getVariable(FormKeys.selfScore(n)));
                item.put(SCORE, task.getVariable(FormKeys.score(n)));
                item.put(REASON, task.getVariable(FormKeys.reason(n)));
                values.put(n, item);
            }
        }
        return values;
    }

    /** The keys a form submits for the sheet: selfScore&lt;n&gt;, or score&lt;n&gt; and reason&lt;n&gt;, of every item. */
    public static Set<String> keys(Entry entry) {
        Set<String> keys = new TreeSet<>();
        for (int n = 1; n <= ITEMS; n++) {
            if (entry == Entry.SELF_SCORE) {
                keys.add(FormKeys.selfScore(n));
            } else {
                keys.add(FormKeys.score(n));
                keys.add(FormKeys.reason(n));
            }
        }
        return keys;
    }

    /** Every item of a shown sheet variable, by number (for the demo and tests): title, points, shown, scored, … */
    @SuppressWarnings("unchecked")
    public static Map<Integer, Map<String, Object>> items(Object shown) {
        Map<String, Object> sheet;
        try {
            sheet = MAPPER.readValue(shown.toString(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a sheet: " + shown, e);
        }
        Map<Integer, Map<String, Object>> items = new LinkedHashMap<>();
        for (int n = 1; n <= ITEMS; n++) {
            items.put(n, (Map<String, Object>) sheet.get("i" + n));
        }
        return items;
    }

    /** The item numbers a shown sheet scores (those with a field to fill in). */
    public static List<Integer> scoredItems(Object shown) {
        List<Integer> scored = new ArrayList<>();
        items(shown).forEach((n, item) -> {
            if (Boolean.TRUE.equals(item.get("scored"))) {
                scored.add(n);
            }
        });
        return scored;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
