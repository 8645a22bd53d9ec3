package cn.fundrisk.reminder;

import java.time.Instant;

import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.CampaignProcess;

/**
 * What an escalation (overdueEscalationProcess) is about: a unit's phase, or a step the office
 * itself owes (the work plan, the results), with the instance and the model element whose open
 * tasks are late, who owns it (the unit's name, or the campaign's) and its deadline now (moved by a
 * 督办's new target date). Resolved from the escalation's business key and the element that called
 * it, never from a variable a user could set.
 */
public record EscalationSubject(long campaignId, Long campaignUnitId, Phase phase, Step step, String owner,
        String campaignName, String processInstanceId, String scopeActivityId, Instant deadline) {

    /** The office's own steps in campaignProcess, escalated to the leaders. */
    public enum Step {
        WORK_PLAN("制定工作方案", CampaignProcess.SUBPROCESS_WORK_PLAN, CampaignProcess.CALL_WORK_PLAN_ESCALATION,
                Phase.DEPLOYMENT),
        RESULTS("考核结果", CampaignProcess.SUBPROCESS_RESULTS, CampaignProcess.CALL_RESULTS_ESCALATION, Phase.EVALUATION);

        private final String label;
        private final String scopeActivityId;
        private final String callActivityId;
        private final Phase deadlineOf;

        Step(String label, String scopeActivityId, String callActivityId, Phase deadlineOf) {
            this.label = label;
            this.scopeActivityId = scopeActivityId;
            this.callActivityId = callActivityId;
            this.deadlineOf = deadlineOf;
        }

        public String label() {
            return label;
        }

        public String scopeActivityId() {
            return scopeActivityId;
        }

        /** The campaign's deadline the step shares: the deployment's (work plan), the evaluation's (results). */
        public Phase deadlineOf() {
            return deadlineOf;
        }

        static Step ofCallActivity(String activityId) {
            for (Step step : values()) {
                if (step.callActivityId.equals(activityId)) {
                    return step;
                }
            }
            return null;
        }
    }

    public boolean ofUnit() {
        return campaignUnitId != null;
    }

    /** 工作部署, 制定工作方案. */
    public String what() {
        return ofUnit() ? phase.label() : step.label();
    }

    /** The phase's or step's name for messages and cause keys: DEPLOYMENT, WORK_PLAN. */
    public String code() {
        return ofUnit() ? phase.name() : step.name();
    }

    /** 市劳动就业管理局「工作部署」, 《2027年…》「制定工作方案」. */
    public String title() {
        return (ofUnit() ? owner : "《" + campaignName + "》") + "「" + what() + "」";
    }

    public EscalationSubject withDeadline(Instant moved) {
        return new EscalationSubject(campaignId, campaignUnitId, phase, step, owner, campaignName, processInstanceId,
                scopeActivityId, moved);
    }
}
