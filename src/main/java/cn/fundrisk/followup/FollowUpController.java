package cn.fundrisk.followup;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The long-term follow-up (长期事项跟踪): its items per unit for whoever may see the unit, and the
 * office's 结束跟踪 for a closed campaign (all its units, or one).
 */
@Controller
public class FollowUpController {

    static final String ONLY_OFFICE = "只有领导小组办公室可以结束长期事项跟踪";

    public record EndRequest(String note) {
    }

    public record EndResult(int unitsEnded) {
    }

    private final FollowUps followUps;
    private final LongTermItems items;
    private final CampaignUnits campaignUnits;

    public FollowUpController(FollowUps followUps, LongTermItems items, CampaignUnits campaignUnits) {
        this.followUps = followUps;
        this.items = items;
        this.campaignUnits = campaignUnits;
    }

    @GetMapping("/api/campaign-units/{id}/long-term")
    @ResponseBody
    @Transactional(readOnly = true)
    public LongTermItems.View longTerm(@PathVariable Long id) {
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        CurrentUser.get().requireUnit(unit.getUnit().getCode());
        return items.of(id);
    }

    @PostMapping("/api/campaigns/{id}/follow-up/end")
    @ResponseBody
    @Transactional
    public EndResult endCampaign(@PathVariable Long id, @RequestBody(required = false) EndRequest request) {
        CurrentUser.get().requireOffice(ONLY_OFFICE);
        return new EndResult(followUps.end(id, null, CurrentUser.userId(), request == null ? null : request.note()));
    }

    @PostMapping("/api/campaign-units/{id}/follow-up/end")
    @ResponseBody
    @Transactional
    public EndResult endUnit(@PathVariable Long id, @RequestBody(required = false) EndRequest request) {
        CurrentUser.get().requireOffice(ONLY_OFFICE);
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        return new EndResult(followUps.end(unit.getCampaignId(), id, CurrentUser.userId(),
                request == null ? null : request.note()));
    }

    /** The campaign page's 结束长期事项跟踪 button. */
    @PostMapping("/campaigns/{id}/follow-up/end")
    @Transactional
    public String endFromPage(@PathVariable Long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser.get().requireOffice(ONLY_OFFICE);
        try {
            int ended = followUps.end(id, null, CurrentUser.userId(), note);
            redirect.addFlashAttribute("message", "已结束 " + ended + " 个单位的长期事项跟踪");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + Links.campaign(id);
    }
}
