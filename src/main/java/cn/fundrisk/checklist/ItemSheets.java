package cn.fundrisk.checklist;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.fundrisk.identity.UnitKind;
import org.springframework.stereotype.Component;

/** Loads a unit's {@link ItemSheet}: the campaign's snapshot, the categories, the unit's assessments. */
@Component
public class ItemSheets {

    /** An inspector's score and deduction reason of an item. */
    public record Scored(BigDecimal score, String reason) {
    }

    private final CampaignItems campaignItems;
    private final Categories categories;
    private final Assessments assessments;

    public ItemSheets(CampaignItems campaignItems, Categories categories, Assessments assessments) {
        this.campaignItems = campaignItems;
        this.categories = categories;
        this.assessments = assessments;
    }

    /** The sheet with the unit's self-scores and, by item number, the inspector's scores given so far. */
    public ItemSheet of(Long campaignId, Long campaignUnitId, UnitKind kind, Map<Integer, Scored> scores) {
        Map<Integer, ItemSheet.Entered> entered = new HashMap<>();
        for (ItemAssessment assessment : assessments.findByCampaignUnitIdOrderByItemNo(campaignUnitId)) {
            Scored score = scores.get(assessment.getItemNo());
            entered.put(assessment.getItemNo(), new ItemSheet.Entered(assessment.getSelfScore(),
                    score == null ? null : score.score(), score == null ? null : score.reason()));
        }
        return ItemSheet.of(items(campaignId), categories(), kind, entered);
    }

    /** The sheet with the unit's self-scores only. */
    public ItemSheet of(Long campaignId, Long campaignUnitId, UnitKind kind) {
        return of(campaignId, campaignUnitId, kind, Map.of());
    }

    public List<CampaignItem> items(Long campaignId) {
        return campaignItems.findByCampaignIdOrderByItemNo(campaignId);
    }

    public Map<Integer, Category> categories() {
        return categories.findAll().stream().collect(Collectors.toMap(Category::getCategoryNo, Function.identity()));
    }
}
