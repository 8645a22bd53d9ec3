package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.ItemAssessment;
import cn.fundrisk.checklist.SelfScoreFields;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The per-item fields of the score-unit form: applies&lt;n&gt;, selfScore&lt;n&gt;, score&lt;n&gt;, reason&lt;n&gt;. */
final class ScoreForms {

    private ScoreForms() {
    }

    /**
     * Shows, for items 1..31, whether the item applies, the unit's self-score and the score and reason
     * given so far; declares score&lt;n&gt; and reason&lt;n&gt; of the items that apply.
     */
    static void showItems(DelegateTask task, Map<Integer, ItemAssessment> assessed, Map<Integer, ItemScore> scores) {
        Map<String, Object> values = SelfScoreFields.of(assessed);
        List<String> submitted = new ArrayList<>();
        for (int n = 1; n <= SelfScoreFields.ITEM_COUNT; n++) {
            ItemAssessment assessment = assessed.get(n);
            ItemScore score = scores.get(n);
            values.put(FormKeys.score(n), score == null ? null : SelfScoreFields.asDouble(score.getScore()));
            values.put(FormKeys.reason(n), score == null ? null : score.getDeductionReason());
            if (assessment != null) {
                submitted.add(FormKeys.score(n));
                submitted.add(FormKeys.reason(n));
            }
        }
        TaskForm.show(task, values);
        TaskForm.declare(task, submitted.toArray(String[]::new));
    }

    /**
     * Reads and checks score&lt;n&gt; and reason&lt;n&gt; of every item that applies, before anything is
     * changed: a deduction needs a reason. Returns the rows to save; the rows reused are removed from
     * {@code existing}, so what is left there belongs to items that no longer apply.
     */
    static List<ItemScore> readItems(DelegateTask task, List<ItemAssessment> applicable,
            Map<Integer, CampaignItem> items, Map<Integer, ItemScore> existing, Long scoreSheetId) {
        List<ItemScore> rows = new ArrayList<>();
        for (ItemAssessment assessment : applicable) {
            int n = assessment.getItemNo();
            CampaignItem item = items.get(n);
            if (item == null) {
                throw new IllegalStateException("Campaign has no item " + n);
            }
            BigDecimal score = TaskForm.score(task, FormKeys.score(n), item.getPoints(), "第" + n + "项考核得分");
            String reason = TaskForm.text(task, FormKeys.reason(n), TaskForm.MAX_COMMENT, "第" + n + "项扣分原因");
            boolean deducted = score.compareTo(BigDecimal.valueOf(item.getPoints())) < 0;
            if (deducted && reason == null) {
                throw new InputRejectedException("第" + n + "项有扣分，请填写扣分原因");
            }
            ItemScore row = existing.remove(n);
            row = row != null ? row : new ItemScore(scoreSheetId, n);
            row.set(score, deducted ? reason : null);
            rows.add(row);
        }
        return rows;
    }

    static <T> Map<Integer, T> byItemNo(List<T> rows, Function<T, Integer> itemNo) {
        return rows.stream().collect(Collectors.toMap(itemNo, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
