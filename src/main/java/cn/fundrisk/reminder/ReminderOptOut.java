package cn.fundrisk.reminder;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A user who does not want the daily digest (escalations and 催办 still reach them). */
@Entity
public class ReminderOptOut {

    @Id
    private String userId;
    private Instant optedOutAt;

    protected ReminderOptOut() {
    }

    public ReminderOptOut(String userId, Instant optedOutAt) {
        this.userId = userId;
        this.optedOutAt = optedOutAt;
    }

    public String getUserId() { return userId; }
    public Instant getOptedOutAt() { return optedOutAt; }
}
