package cn.fundrisk.campaign;

import java.util.List;

import cn.fundrisk.accountability.Accountability;
import cn.fundrisk.accountability.AccountabilityQueries;
import cn.fundrisk.followup.LongTermItems;
import cn.fundrisk.identity.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the unit page (templates/unit-extras.html) shows besides the unit's work: its 问责 decisions,
 * with the office's 记录问责 form, and its long-term items (长期). Added to the model of
 * {@link UnitPageController}'s unit page only.
 */
@ControllerAdvice(assignableTypes = UnitPageController.class)
class UnitPageExtras {

    private final AccountabilityQueries accountability;
    private final LongTermItems longTerm;
    private final CampaignUnits campaignUnits;

    UnitPageExtras(AccountabilityQueries accountability, LongTermItems longTerm, CampaignUnits campaignUnits) {
        this.accountability = accountability;
        this.longTerm = longTerm;
        this.campaignUnits = campaignUnits;
    }

    @ModelAttribute
    void extras(@PathVariable(name = "campaignUnitId", required = false) Long campaignUnitId, Model model) {
        if (campaignUnitId == null || campaignUnits.findById(campaignUnitId).isEmpty()) {
            return; // the campaign page, or an unknown unit (the page answers 404)
        }
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        if (!CurrentUser.get().canSee(unit.getUnit().getCode())) {
            return; // the page answers 403
        }
        List<AccountabilityQueries.Row> decisions = accountability.ofUnit(campaignUnitId);
        model.addAttribute("accountability", decisions);
        model.addAttribute("accountabilityConclusion", unit.getAccountabilityConclusion());
        model.addAttribute("canRecordAccountability", CurrentUser.get().isOffice());
        model.addAttribute("accountabilityMethods", Accountability.Method.values());
        model.addAttribute("longTerm", longTerm.of(campaignUnitId));
    }
}
