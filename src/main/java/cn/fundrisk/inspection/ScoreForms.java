package cn.fundrisk.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.checklist.ItemSheet;
import cn.fundrisk.checklist.ItemSheetForm;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;

/** The inspector's score sheet as the score-unit form shows and submits it (see {@link ItemSheetForm}). */
final class ScoreForms {

    private ScoreForms() {
    }

    /** Scores given so far, as the sheet shows them. */
    static Map<Integer, ItemSheets.Scored> scored(List<ItemScore> scores) {
        Map<Integer, ItemSheets.Scored> map = new HashMap<>();
        scores.forEach(s -> map.put(s.getItemNo(), new ItemSheets.Scored(s.getScore(), s.getDeductionReason())));
        return map;
    }

    /**
     * Reads and checks the score and reason of every scored line, before anything is changed: a
     * deduction needs a reason. Returns the rows to save; the rows reused are removed from
     * {@code existing}, so what is left there belongs to items no longer on the sheet.
     */
    static List<ItemScore> readItems(ItemSheet sheet, Map<Integer, Map<String, Object>> submitted,
            Map<Integer, ItemScore> existing, Long scoreSheetId) {
        List<ItemScore> rows = new ArrayList<>();
        for (ItemSheet.Line line : sheet.lines()) {
            if (!line.scored()) {
                continue;
            }
            int n = line.itemNo();
            Map<String, Object> values = submitted.getOrDefault(n, Map.of());
            BigDecimal score = TaskForm.score(values.get(ItemSheetForm.SCORE), line.points(), "第" + n + "项考核得分");
            String reason = TaskForm.text(values.get(ItemSheetForm.REASON), TaskForm.MAX_COMMENT, "第" + n + "项扣分原因");
            boolean deducted = score.compareTo(BigDecimal.valueOf(line.points())) < 0;
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
