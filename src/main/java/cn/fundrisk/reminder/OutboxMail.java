package cn.fundrisk.reminder;

/**
 * An e-mail to queue: its cause (unique: the same cause is never queued twice), kind, recipient and
 * rendered content.
 */
public record OutboxMail(String causeKey, Kind kind, String recipient, String subject, String textBody,
        String htmlBody, Long campaignUnitId) {

    public enum Kind {
        DIGEST("每日提醒"), ESCALATION_HEAD("逾期告知单位负责人"), ESCALATION_HOLDERS("逾期告知办理人"),
        ESCALATION_OFFICE("逾期报领导小组办公室"), ESCALATION_LEADERS("逾期报领导小组"), NUDGE("催办"), NOTICE("阶段通知");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The cause key: the parts joined by '|', cut to the column's length. */
    public static String cause(Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            if (key.length() > 0) {
                key.append('|');
            }
            key.append(part);
        }
        return key.length() > 400 ? key.substring(0, 400) : key.toString();
    }
}
