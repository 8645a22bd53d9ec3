package cn.fundrisk.inspection;


import cn.fundrisk.process.BusinessKeys;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RankUnits: ranks the campaign's units by score rate (考核得分 / 适用分值), best first. Equal
 * rates share a rank (1, 2, 2, 4); units without a final score come last, sharing the last rank.
 */
@Component("rankUnitsDelegate")
public class RankUnitsDelegate implements JavaDelegate {

    private final CampaignUnits campaignUnits;

    public RankUnitsDelegate(CampaignUnits campaignUnits) {
        this.campaignUnits = campaignUnits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long campaignId = BusinessKeys.campaignId(execution);
        List<CampaignUnit> units = new ArrayList<>(campaignUnits.findByCampaign(campaignId));
        // stable sort: units with equal rates keep the catalogue's unit order
        units.sort(Comparator.comparing(RankUnitsDelegate::rateOf, Comparator.nullsLast(Comparator.reverseOrder())));
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < units.size(); i++) {
            BigDecimal rate = rateOf(units.get(i));
            if (i == 0 || !sameRate(rate, previous)) {
                rank = i + 1;
            }
            units.get(i).rank(rank);
            previous = rate;
        }
        campaignUnits.saveAll(units);
    }

    /** The score rate, or null while the unit has no final score. */
    private static BigDecimal rateOf(CampaignUnit unit) {
        return unit.getFinalScore() == null ? null : unit.getScoreRate();
    }

    private static boolean sameRate(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
