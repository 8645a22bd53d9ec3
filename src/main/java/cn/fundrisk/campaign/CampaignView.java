package cn.fundrisk.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;

/** What the campaign API and pages show of a campaign and its units: JSON-ready records. */
public final class CampaignView {

    private CampaignView() {
    }

    /** An instant as the bureau reads it: ISO with +08:00. */
    public static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clock.ZONE).toOffsetDateTime();
    }

    public record Summary(Long id, String name, int year, Campaign.Status status, OffsetDateTime createdAt,
            long unitCount, String pageUrl) {

        static Summary of(Campaign c, long unitCount) {
            return new Summary(c.getId(), c.getName(), c.getCampaignYear(), c.getStatus(), local(c.getCreatedAt()),
                    unitCount, Links.campaign(c.getId()));
        }
    }

    public record Deadline(Phase phase, String label, OffsetDateTime deadline) {
    }

    /**
     * One unit in one phase, with the word the pages show: 未开始/进行中/已完成/已逾期/逾期完成/已延期; while
     * it is open, who its open tasks wait on ({@code waitingOn}: 待检查组办理「考核评分」) and, when that is
     * not the unit itself, the party it is overdue on ({@code overdueOn}: 检查组).
     */
    public record PhaseState(Phase phase, String label, UnitPhase.Status status, String statusLabel,
            OffsetDateTime deadline, OffsetDateTime startedAt, OffsetDateTime completedAt, boolean overdue,
            boolean late, String waitingOn, String overdueOn) {

        public static PhaseState of(UnitPhase p, Instant now) {
            return of(p, now, WorkHolders.Waiting.NONE);
        }

        public static PhaseState of(UnitPhase p, Instant now, WorkHolders.Waiting waiting) {
            boolean done = p.getStatus() == UnitPhase.Status.DONE;
            boolean overdue = !done && p.isOverdue(now);
            boolean rescheduled = !done && !overdue && p.getOverdueAt() != null;
            boolean late = p.isLate();
            String overdueOn = overdue && !waiting.isEmpty() && !waiting.onUnit() ? waiting.who() : null;
            String label = rescheduled ? "已延期（新期限 " + local(p.getDeadline()).toLocalDate() + "）"
                    : overdueOn != null ? "已逾期（" + waiting.text() + "）" : label(p.getStatus(), overdue, late);
            return new PhaseState(p.getPhase(), p.getPhase().label(), p.getStatus(), label, local(p.getDeadline()),
                    local(p.getStartedAt()), local(p.getCompletedAt()), overdue, late,
                    done || waiting.isEmpty() ? null : waiting.text(), overdueOn);
        }

        public static String label(UnitPhase.Status status, boolean overdue, boolean late) {
            if (status == UnitPhase.Status.DONE) {
                return late ? "逾期完成" : "已完成";
            }
            if (overdue) {
                return "已逾期";
            }
            return status == UnitPhase.Status.ACTIVE ? "进行中" : "未开始";
        }

        /** CSS class of the status word on the pages. */
        public String cssClass() {
            if (status == UnitPhase.Status.DONE) {
                return late ? "st-late" : "st-done";
            }
            return overdue ? "st-overdue" : status == UnitPhase.Status.ACTIVE ? "st-active" : "st-pending";
        }
    }

    public record UnitSummary(Long campaignUnitId, String unitCode, String unitName, UnitKind unitKind,
            List<PhaseState> phases, BigDecimal selfScoreTotal, BigDecimal finalScore, int applicablePoints,
            BigDecimal scoreRate, Integer ranking, String pageUrl) {

        static UnitSummary of(CampaignUnit cu, List<PhaseState> phases) {
            return new UnitSummary(cu.getId(), cu.getUnit().getCode(), cu.getUnit().getName(), cu.getUnit().getKind(),
                    phases, cu.getSelfScoreTotal(), cu.getFinalScore(), cu.getApplicablePoints(), cu.getScoreRate(),
                    cu.getRanking(), Links.unit(cu.getId()));
        }

        /**
         * Whether the unit's process has started: its phases and item assessments are written by its
         * own start (a job after the work plan is issued), so before that it has none.
         */
        public boolean started() {
            return !phases.isEmpty();
        }

        /** The unit's state in a phase, or null when the phase is not the unit's (county inspection). */
        public PhaseState stateOf(Phase phase) {
            return phases.stream().filter(p -> p.phase() == phase).findFirst().orElse(null);
        }
    }

    public record Detail(Long id, String name, int year, Campaign.Status status, String processInstanceId,
            ReviewStatus workPlanStatus, String workPlanStatusLabel, OffsetDateTime createdAt,
            List<Deadline> deadlines, List<UnitSummary> units, long unitsStarted, long unitsTotal, String pageUrl,
            boolean resultsIssued) {

        static Detail of(Campaign c, List<UnitSummary> units, long unitsStarted, long unitsTotal) {
            List<Deadline> deadlines = java.util.Arrays.stream(Phase.values())
                    .map(p -> new Deadline(p, p.label(), local(c.getSchedule().deadline(p)))).toList();
            return new Detail(c.getId(), c.getName(), c.getCampaignYear(), c.getStatus(), c.getProcessInstanceId(),
                    c.getWorkPlanStatus(), c.getWorkPlanStatus() == null ? null : c.getWorkPlanStatus().label(),
                    local(c.getCreatedAt()), deadlines, units, unitsStarted, unitsTotal, Links.campaign(c.getId()),
                    c.getResultsStatus() == ReviewStatus.APPROVED);
        }

        /** Some units' processes have not started yet (before the work plan is issued, or while the launch runs). */
        public boolean launching() {
            return unitsStarted < unitsTotal && status != Campaign.Status.CLOSED;
        }

        public String statusLabel() {
            return status == Campaign.Status.CLOSED ? "已结束" : "进行中";
        }

        /** What the pages show for a unit not started yet: waiting for the work plan, or its start job queued. */
        public String notStartedLabel() {
            return workPlanStatus == ReviewStatus.APPROVED ? "启动中" : "待工作方案印发后启动";
        }
    }
}
