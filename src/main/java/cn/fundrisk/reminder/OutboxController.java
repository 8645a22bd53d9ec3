package cn.fundrisk.reminder;

import java.util.List;
import java.util.Locale;

import cn.fundrisk.identity.CurrentUser;
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

/** The outbox for the office: what was sent, what waits, what failed and why; 重新发送. */
@Controller
public class OutboxController {

    private static final String OFFICE_ONLY = "只有领导小组办公室可以查看发件箱";
    private static final int MAX_ROWS = 500;

    private final Outbox outbox;
    private final OutboxSender sender;

    public OutboxController(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/api/outbox")
    @ResponseBody
    public List<OutboxRow> list(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "100") int limit) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        return outbox.newest(state(state), Math.max(1, Math.min(limit, MAX_ROWS)));
    }

    @PostMapping("/api/outbox/{id}/retry")
    @ResponseBody
    public OutboxRow retry(@PathVariable long id) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        requeue(id);
        return outbox.find(id).orElseThrow();
    }

    @GetMapping("/outbox")
    public String page(@RequestParam(required = false) String state, Model model) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        String filter = state(state);
        model.addAttribute("rows", outbox.newest(filter, MAX_ROWS));
        model.addAttribute("state", filter);
        model.addAttribute("states", OutboxRow.State.values());
        model.addAttribute("smtpConfigured", sender.configured());
        return "outbox";
    }

    @PostMapping("/outbox/{id}/retry")
    public String retryFromPage(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser.get().requireOffice(OFFICE_ONLY);
        try {
            requeue(id);
            redirect.addFlashAttribute("message", "邮件 " + id + " 已重新放入待发送队列。");
        } catch (InputRejectedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/outbox";
    }

    private void requeue(long id) {
        OutboxRow row = outbox.find(id).orElseThrow();
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
