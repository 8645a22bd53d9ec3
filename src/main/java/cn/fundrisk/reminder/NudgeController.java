package cn.fundrisk.reminder;

import java.util.List;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 催办: the office sends a unit an ad-hoc reminder, with an optional message, to the unit's staff and
 * contact address. The nudge is a record (audit trail) and its e-mails are queued in the same
 * transaction.
 */
@Controller
public class NudgeController {

    public record NudgeRequest(String message) {
    }

    public record NudgeResult(Long nudgeId, Long campaignUnitId, int recipients) {
    }

    private final CampaignUnits campaignUnits;
    private final Nudges nudges;
    private final Recipients recipients;
    private final Notices notices;
    private final ReminderProperties properties;

    public NudgeController(CampaignUnits campaignUnits, Nudges nudges, Recipients recipients, Notices notices,
            ReminderProperties properties) {
        this.campaignUnits = campaignUnits;
        this.nudges = nudges;
        this.recipients = recipients;
        this.notices = notices;
        this.properties = properties;
    }

    @PostMapping("/api/campaign-units/{id}/nudge")
    @ResponseBody
    @Transactional
    public NudgeResult nudge(@PathVariable Long id, @RequestBody(required = false) NudgeRequest request) {
        return send(id, request == null ? null : request.message());
    }

    /** The 催办 button of the campaign page. */
    @PostMapping("/units/{id}/nudge")
    @Transactional
    public String nudgeFromPage(@PathVariable Long id, @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        try {
            NudgeResult result = send(id, message);
            redirect.addFlashAttribute("message", "已向" + unit.getUnit().getName() + "发出催办（" + result.recipients()
                    + " 个收件人）。");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/campaigns/" + unit.getCampaignId();
    }

    private NudgeResult send(Long id, String rawMessage) {
        CurrentUser user = CurrentUser.get();
        user.requireOffice("只有领导小组办公室可以催办");
        CampaignUnit unit = campaignUnits.findById(id).orElseThrow();
        String message = rawMessage == null ? "" : rawMessage.strip();
        if (message.length() > properties.getNudgeMaxLength()) {
            throw new InputRejectedException("催办留言过长：最多 " + properties.getNudgeMaxLength() + " 个字符，当前 "
                    + message.length() + " 个");
        }
        List<Recipients.Recipient> to = recipients.unitStaff(unit.getUnit().getCode());
        if (to.isEmpty()) {
            throw new InputRejectedException("该单位没有可用的邮箱（经办人员邮箱或单位联系邮箱），催办未发出");
        }
        Nudge nudge = nudges.save(new Nudge(id, message.isEmpty() ? null : message, user.id(), Clock.now(), to.size()));
        notices.nudge(unit, nudge.getId(), message, to);
        return new NudgeResult(nudge.getId(), id, to.size());
    }

}
