package cn.fundrisk.campaign;

import cn.fundrisk.process.TaskAssignmentRule;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.CampaignProcess.*;
import static cn.fundrisk.process.FormKeys.*;

import java.util.Map;

import cn.fundrisk.process.Actors;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The office drafts the work plan (工作方案); a leader approves it or returns it with a comment. */
@Component
public class WorkPlanTaskListener implements TaskListener {

    static final String PLAN_TEXT = "planText";

    private final Campaigns campaigns;
    private final Actors actors;

    private final TaskAssignmentRule assignmentRule;

    public WorkPlanTaskListener(Campaigns campaigns, Actors actors, TaskAssignmentRule assignmentRule) {
        this.assignmentRule = assignmentRule;
        this.campaigns = campaigns;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        Campaign campaign = campaigns.findById(BusinessKeys.campaignId(task)).orElseThrow();
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        boolean draft = TASK_DRAFT_WORK_PLAN.equals(task.getTaskDefinitionKey());
        if (create && draft) {
            TaskForm.show(task, Map.of(CAMPAIGN_NAME, campaign.getName(),
                    PLAN_TEXT, TaskForm.orEmpty(campaign.getWorkPlan()),
                    REVIEW_COMMENT, returnComment(campaign),
                    DETAIL_URL, Links.campaign(campaign.getId())));
            TaskForm.declare(task, PLAN_TEXT);
        } else if (create) {
            TaskForm.show(task, Map.of(REVIEW_SUBJECT, "工作方案：" + campaign.getName(),
                    REVIEW_CONTENT, TaskForm.orEmpty(campaign.getWorkPlan()),
                    DETAIL_URL, Links.campaign(campaign.getId()),
                    EVIDENCE_URL, ""));
            TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
            assignmentRule.exclude(task, java.util.List.of(TaskForm.orEmpty(campaign.getWorkPlanDraftedBy())));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) && draft) {
            campaign.submitWorkPlan(TaskForm.requiredText(task, PLAN_TEXT, TaskForm.MAX_TEXT, "工作方案正文"));
            campaign.draftedBy(actors.of(task));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String reviewer = actors.of(task);
            if (reviewer.equals(campaign.getWorkPlanDraftedBy())) {
                throw new InputRejectedException("不能审批本人起草的工作方案，请由其他领导审批");
            }
            campaign.reviewWorkPlan(TaskForm.approved(task), TaskForm.comment(task));
        }
    }

    private static String returnComment(Campaign campaign) {
        return campaign.getWorkPlanStatus() == ReviewStatus.RETURNED ? TaskForm.orEmpty(campaign.getWorkPlanComment()) : "";
    }
}
