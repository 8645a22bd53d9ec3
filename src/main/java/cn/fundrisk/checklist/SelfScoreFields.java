package cn.fundrisk.checklist;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.process.FormKeys;

/**
 * The per-item display fields that the summary-report and score-unit forms share: for items
 * 1..31, applies&lt;n&gt; (the item applies to the unit) and selfScore&lt;n&gt; (the unit's self-score).
 */
public final class SelfScoreFields {

    public static final int ITEM_COUNT = 31;

    private SelfScoreFields() {
    }

    /** applies&lt;n&gt; and selfScore&lt;n&gt; of every item, from the unit's assessments by item number. */
    public static Map<String, Object> of(Map<Integer, ItemAssessment> assessed) {
        Map<String, Object> values = new HashMap<>();
        for (int n = 1; n <= ITEM_COUNT; n++) {
            ItemAssessment assessment = assessed.get(n);
            values.put(FormKeys.applies(n), assessment != null);
            values.put(FormKeys.selfScore(n), assessment == null ? null : asDouble(assessment.getSelfScore()));
        }
        return values;
    }

    /** A score as the form's number field takes it. */
    public static Double asDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
