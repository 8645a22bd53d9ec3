package cn.fundrisk.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything about reminders, escalations and the outbox, under {@code fundrisk.reminders.*}. */
@ConfigurationProperties("fundrisk.reminders")
public class ReminderProperties {

    /** The bureau's name, in every e-mail's subject and signature. */
    private String bureauName = "市人力资源和社会保障局";
    /** Where users open the app; links in e-mails start with it. */
    private String baseUrl = "http://localhost:8080";
    /** The sender address; without it, spring.mail.username, else noreply@localhost. */
    private String from = "";
    /** Days before the due date (and 0 = the due day) on which a task appears in the digest; overdue tasks appear daily. */
    private List<Integer> thresholds = List.of(7, 1, 0);
    /** When the daily digest goes out (Asia/Shanghai). */
    private LocalTime digestTime = LocalTime.of(8, 0);
    /** The digest leaves out non-working days. */
    private boolean digestOnWorkingDaysOnly = true;
    /** Lines per digest at most; the rest is counted ("另有 N 项"). */
    private int digestMaxLines = 200;
    /**
     * How often the sender looks for e-mails to send (ISO 8601 repeating interval). With the job
     * executor's idle wait (at most camunda.bpm.job-execution.max-wait, 10 s) this bounds how soon
     * another node takes over the sending when a node dies: 10 s + 10 s.
     */
    private String senderCycle = "R/PT10S";
    /** One sender run claims no new e-mail after this long, so that its job ends well inside its lock. */
    private Duration senderRunLimit = Duration.ofSeconds(50);
    /** E-mails read per round of a sender run (a run goes on round after round while mails are due). */
    private int senderBatchSize = 100;
    /** Attempts before an e-mail is given up (DEAD; the office can still retry it). */
    private int maxAttempts = 12;
    /** First wait after a failed attempt; doubled after each one, up to backoffMax. */
    private Duration backoffInitial = Duration.ofMinutes(1);
    private Duration backoffMax = Duration.ofHours(1);
    /** Working days after the deadline: the unit head is told, then the office (and gets the 督办 task). */
    private int headAfterWorkingDays = 1;
    private int officeAfterWorkingDays = 3;
    /** Time of day (Asia/Shanghai) at which escalation steps fire. */
    private LocalTime escalationTime = LocalTime.of(9, 0);
    /** The State Council's published holidays and make-up days (holidays/cn-official.txt) count. */
    private boolean officialHolidays = true;
    /** The office's holiday and make-up day file, over the official ones (see docs/operations.md); empty: none. */
    private String calendarFile = "";
    /** Longest message of a 催办. */
    private int nudgeMaxLength = 500;
    /** Phase notices, each switchable off. */
    private Notices notices = new Notices();

    public static class Notices {
        private boolean planIssued = true;
        private boolean submitted = true;
        private boolean reviewed = true;

        public boolean isPlanIssued() { return planIssued; }
        public void setPlanIssued(boolean planIssued) { this.planIssued = planIssued; }
        public boolean isSubmitted() { return submitted; }
        public void setSubmitted(boolean submitted) { this.submitted = submitted; }
        public boolean isReviewed() { return reviewed; }
        public void setReviewed(boolean reviewed) { this.reviewed = reviewed; }
    }

    public String getBureauName() { return bureauName; }
    public void setBureauName(String bureauName) { this.bureauName = bureauName; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public List<Integer> getThresholds() { return thresholds; }
    public void setThresholds(List<Integer> thresholds) { this.thresholds = thresholds; }
    public LocalTime getDigestTime() { return digestTime; }
    public void setDigestTime(LocalTime digestTime) { this.digestTime = digestTime; }
    public boolean isDigestOnWorkingDaysOnly() { return digestOnWorkingDaysOnly; }
    public void setDigestOnWorkingDaysOnly(boolean value) { this.digestOnWorkingDaysOnly = value; }
    public int getDigestMaxLines() { return digestMaxLines; }
    public void setDigestMaxLines(int digestMaxLines) { this.digestMaxLines = digestMaxLines; }
    public String getSenderCycle() { return senderCycle; }
    public void setSenderCycle(String senderCycle) { this.senderCycle = senderCycle; }
    public Duration getSenderRunLimit() { return senderRunLimit; }
    public void setSenderRunLimit(Duration senderRunLimit) { this.senderRunLimit = senderRunLimit; }
    public int getSenderBatchSize() { return senderBatchSize; }
    public void setSenderBatchSize(int senderBatchSize) { this.senderBatchSize = senderBatchSize; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public Duration getBackoffInitial() { return backoffInitial; }
    public void setBackoffInitial(Duration backoffInitial) { this.backoffInitial = backoffInitial; }
    public Duration getBackoffMax() { return backoffMax; }
    public void setBackoffMax(Duration backoffMax) { this.backoffMax = backoffMax; }
    public int getHeadAfterWorkingDays() { return headAfterWorkingDays; }
    public void setHeadAfterWorkingDays(int days) { this.headAfterWorkingDays = days; }
    public int getOfficeAfterWorkingDays() { return officeAfterWorkingDays; }
    public void setOfficeAfterWorkingDays(int days) { this.officeAfterWorkingDays = days; }
    public LocalTime getEscalationTime() { return escalationTime; }
    public void setEscalationTime(LocalTime escalationTime) { this.escalationTime = escalationTime; }
    public boolean isOfficialHolidays() { return officialHolidays; }
    public void setOfficialHolidays(boolean officialHolidays) { this.officialHolidays = officialHolidays; }
    public String getCalendarFile() { return calendarFile; }
    public void setCalendarFile(String calendarFile) { this.calendarFile = calendarFile; }
    public int getNudgeMaxLength() { return nudgeMaxLength; }
    public void setNudgeMaxLength(int nudgeMaxLength) { this.nudgeMaxLength = nudgeMaxLength; }
    public Notices getNotices() { return notices; }
    public void setNotices(Notices notices) { this.notices = notices; }
}
