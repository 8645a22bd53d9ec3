package cn.fundrisk.reminder;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.campaign.CampaignView;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的提醒设置 (top bar): the logged-in user's own digest opt-out as a page with one form, the same
 * record as {@code /api/reminders/opt-out}. Escalations and 催办 reach the user either way.
 */
@Controller
public class ReminderSettingsPageController {

    private final ReminderOptOuts optOuts;

    public ReminderSettingsPageController(ReminderOptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @GetMapping("/reminders/settings")
    public String page(Model model) {
        String user = CurrentUser.userId();
        model.addAttribute("userId", user);
        model.addAttribute("optedOut", optOuts.findById(user).map(o -> CampaignView.local(o.getOptedOutAt())).orElse(null));
        return "reminder-settings";
    }

    @PostMapping("/reminders/settings")
    @Transactional
    public String save(@RequestParam boolean digest, RedirectAttributes redirect) {
        String user = CurrentUser.userId();
        if (digest) {
            optOuts.deleteById(user);
            redirect.addFlashAttribute("message", "已恢复接收每日待办提醒。");
        } else {
            if (!optOuts.existsById(user)) {
                optOuts.save(new ReminderOptOut(user, Clock.now()));
            }
            redirect.addFlashAttribute("message", "已停止接收每日待办提醒；逾期提醒和催办仍会发送给您。");
        }
        return "redirect:/reminders/settings";
    }
}
