package cn.fundrisk.reminder;

import java.time.Instant;

/** One row of the outbox as the office sees it. */
public record OutboxRow(long id, String causeKey, String kind, String recipient, String subject, String textBody,
        Long campaignUnitId, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
        Instant claimedAt, String claimedBy, Instant sentAt, String lastError) {

    public enum State {
        QUEUED("待发送"), SENDING("状态不明"), SENT("已发送"), FAILED("发送失败，将重试"), DEAD("发送失败，已停止重试");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(cn.fundrisk.process.Clock.ZONE);

    public String createdText() {
        return createdAt == null ? "" : TIME.format(createdAt);
    }

    /** When a failed e-mail is tried again; empty otherwise. */
    public String nextAttemptText() {
        return State.FAILED.name().equals(state) && nextAttemptAt != null ? TIME.format(nextAttemptAt) : "";
    }

    public String sentText() {
        return sentAt == null ? "" : TIME.format(sentAt);
    }

    public String stateLabel() {
        return State.valueOf(state).label();
    }

    public String kindLabel() {
        try {
            return OutboxMail.Kind.valueOf(kind).label();
        } catch (IllegalArgumentException e) {
            return kind;
        }
    }

    /** 状态不明: left SENDING by a sender that stopped mid-send; it may have reached the recipient. */
    public boolean unknown() {
        return State.SENDING.name().equals(state);
    }

    /** The office may send it again: anything not sent (a SENDING row is one a crash left behind, or in flight). */
    public boolean retryable() {
        return !State.SENT.name().equals(state);
    }
}
