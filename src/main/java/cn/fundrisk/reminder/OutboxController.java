package cn.fundrisk.reminder;

import java.util.List;
import java.util.Locale;

import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for the office and the administrators: what was sent, what waits, what failed and why,
 * and the mail server's state; 重新发送 (office only). 重新发送 of a 状态不明 mail (left SENDING by a
 * crashed sender) may deliver it twice: the page asks first, the API wants {@code mayDuplicate=true}.
 */
@Controller
public class OutboxController {

    private static final String READERS_ONLY = "只有领导小组办公室和系统管理员可以查看发件箱";
    private static final String OFFICE_ONLY = "只有领导小组办公室可以重新发送邮件";
    static final String MAY_DUPLICATE = "邮件 %d 状态不明：发送时系统中断，可能已经送达，重新发送可能使收件人收到两封。"
            + "请先向收件人核实；确需重新发送，请确认（API：mayDuplicate=true）";
    private static final int MAX_ROWS = 500;

    private final Outbox outbox;
    private final MailHealth mailHealth;
    private final MailSettings mailSettings;

    public OutboxController(Outbox outbox, MailHealth mailHealth, MailSettings mailSettings) {
        this.outbox = outbox;
        this.mailHealth = mailHealth;
        this.mailSettings = mailSettings;
    }

    @GetMapping("/api/outbox")
    @ResponseBody
    public List<OutboxRow> list(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "100") int limit) {
        requireReader();
        return outbox.newest(state(state), Math.max(1, Math.min(limit, MAX_ROWS)));
    }

    @PostMapping("/api/outbox/{id}/retry")
    @ResponseBody
    public OutboxRow retry(@PathVariable long id, @RequestParam(defaultValue = "false") boolean mayDuplicate) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        requeue(id, mayDuplicate);
        return outbox.find(id).orElseThrow();
    }

    @GetMapping("/outbox")
    public String page(@RequestParam(required = false) String state, Model model) {
        CurrentUser user = requireReader();
        String filter = state(state);
        MailHealth.State mail = mailHealth.state();
        model.addAttribute("rows", outbox.newest(filter, MAX_ROWS));
        model.addAttribute("state", filter);
        model.addAttribute("states", OutboxRow.State.values());
        model.addAttribute("smtpConfigured", mail.configured());
        model.addAttribute("mail", mail);
        model.addAttribute("settingWarnings", mailSettings.warnings());
        model.addAttribute("canRetry", user.isOffice());
        return "outbox";
    }

    @PostMapping("/outbox/{id}/retry")
    public String retryFromPage(@PathVariable long id,
            @RequestParam(defaultValue = "false") boolean mayDuplicate, RedirectAttributes redirect) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        try {
            requeue(id, mayDuplicate);
            redirect.addFlashAttribute("message", "邮件 " + id + " 已重新放入待发送队列。");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/outbox";
    }

    private static CurrentUser requireReader() {
        CurrentUser user = CurrentUser.get();
        if (!user.isOffice() && !user.inGroup(Groups.CAMUNDA_ADMIN)) {
            throw new AccessDeniedException(READERS_ONLY);
        }
        return user;
    }

    private void requeue(long id, boolean mayDuplicate) {
        OutboxRow row = outbox.find(id).orElseThrow();
        if (row.unknown() && !mayDuplicate) {
            throw new InputRejectedException(String.format(MAY_DUPLICATE, id));
        }
        if (!row.retryable() || !outbox.retry(id, Clock.now())) {
            throw new InputRejectedException("邮件 " + id + " 已发送，不能重新发送");
        }
    }

    private static String state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return OutboxRow.State.valueOf(state.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("未知的邮件状态：" + state + "（可选 QUEUED、SENDING、SENT、FAILED、DEAD）");
        }
    }
}
