package cn.fundrisk.accountability;

import java.net.URI;
import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 问责 at any time (for a serious problem), besides the round after the evaluation: the office records
 * a decision from the unit page or by REST; whoever may see the unit reads its decisions.
 */
@Controller
public class AccountabilityController {

    static final String ONLY_OFFICE = "只有领导小组办公室可以记录问责决定";

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final AccountabilityRecords records;
    private final AccountabilityQueries queries;

    public AccountabilityController(CampaignUnits campaignUnits, Campaigns campaigns, AccountabilityRecords records,
            AccountabilityQueries queries) {
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.records = records;
        this.queries = queries;
    }

    @GetMapping("/api/campaign-units/{id}/accountability")
    @ResponseBody
    @Transactional(readOnly = true)
    public List<AccountabilityQueries.Row> ofUnit(@PathVariable Long id) {
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        CurrentUser.get().requireUnit(unit.getUnit().getCode());
        return queries.ofUnit(id);
    }

    @GetMapping("/api/campaigns/{id}/accountability")
    @ResponseBody
    @Transactional(readOnly = true)
    public List<AccountabilityQueries.Row> ofCampaign(@PathVariable Long id) {
        campaigns.findById(id).orElseThrow();
        CurrentUser user = CurrentUser.get();
        if (!user.seesAllUnits() && user.unitCodes().isEmpty()) {
            throw new AccessDeniedException("无权查看该专项工作");
        }
        return queries.ofCampaign(id, user.seesAllUnits() ? null : user.unitCodes(), null);
    }

    @PostMapping("/api/campaign-units/{id}/accountability")
    @ResponseBody
    @Transactional
    public ResponseEntity<List<AccountabilityQueries.Row>> record(@PathVariable Long id,
            @RequestBody(required = false) AccountabilityInput input) {
        CampaignUnit unit = officeOnly(id);
        if (input == null) {
            throw new InputRejectedException("请提交问责决定：对象、方式、依据、决定日期、决定人");
        }
        List<Accountability> saved = records.record(unit, List.of(input), Accountability.Occasion.AD_HOC,
                CurrentUser.get().id());
        return ResponseEntity.created(URI.create("/api/campaign-units/" + id + "/accountability"))
                .body(queries.ofUnit(id).stream().filter(r -> r.id() == saved.get(0).getId()).toList());
    }

    /** The unit page's 记录问责 form. */
    @PostMapping("/units/{id}/accountability")
    @Transactional
    public String recordFromPage(@PathVariable Long id, @ModelAttribute AccountabilityInput input,
            RedirectAttributes redirect) {
        CampaignUnit unit = officeOnly(id);
        try {
            records.record(unit, List.of(input), Accountability.Occasion.AD_HOC, CurrentUser.get().id());
            redirect.addFlashAttribute("message", "已记录问责决定");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage() + "。未记录。");
        }
        return "redirect:" + Links.unit(id) + "#accountability";
    }

    private CampaignUnit officeOnly(Long id) {
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        CurrentUser.get().requireOffice(ONLY_OFFICE);
        return unit;
    }
}
