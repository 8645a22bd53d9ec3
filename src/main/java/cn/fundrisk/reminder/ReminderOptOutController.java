package cn.fundrisk.reminder;

import java.util.Map;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own choice: the daily digest or not (escalations and 催办 always reach them). */
@RestController
public class ReminderOptOutController {

    private final ReminderOptOuts optOuts;

    public ReminderOptOutController(ReminderOptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @GetMapping("/api/reminders/opt-out")
    public Map<String, Object> get() {
        String user = CurrentUser.userId();
        return Map.of("userId", user, "digestOptedOut", optOuts.existsById(user));
    }

    @PutMapping("/api/reminders/opt-out")
    public Map<String, Object> optOut() {
        String user = CurrentUser.userId();
        if (!optOuts.existsById(user)) {
            optOuts.save(new ReminderOptOut(user, Clock.now()));
        }
        return get();
    }

    @DeleteMapping("/api/reminders/opt-out")
    public Map<String, Object> optIn() {
        optOuts.deleteById(CurrentUser.userId());
        return get();
    }
}
