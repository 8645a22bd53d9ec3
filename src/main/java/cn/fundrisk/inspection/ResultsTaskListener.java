package cn.fundrisk.inspection;

import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.CampaignProcess.TASK_APPROVE_RESULTS;
import static cn.fundrisk.process.CampaignProcess.TASK_COMPILE_RESULTS;

import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The campaign's results: the office compiles the ranking with a note (Task_CompileResults), the
 * leading group approves or returns it (Task_ApproveResults).
 */
@Component("resultsTaskListener")
public class ResultsTaskListener implements TaskListener {

    static final String RANKING_TABLE = "rankingTable";
    static final String RESULTS_NOTE = "resultsNote";

    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;

    public ResultsTaskListener(Campaigns campaigns, CampaignUnits campaignUnits) {
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean create = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        boolean complete = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case TASK_COMPILE_RESULTS -> {
                if (create) showCompile(task);
                if (complete) completeCompile(task);
            }
            case TASK_APPROVE_RESULTS -> {
                if (create) showApprove(task);
                if (complete) completeApprove(task);
            }
            default -> throw new IllegalStateException(
                    "resultsTaskListener is not meant for " + task.getTaskDefinitionKey());
        }
    }

    private void showCompile(DelegateTask task) {
        Campaign campaign = campaign(task);
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.CAMPAIGN_NAME, campaign.getName());
        values.put(RANKING_TABLE, ScoreTables.ranking(campaignUnits.findByCampaign(campaign.getId())));
        values.put(RESULTS_NOTE, TaskForm.orEmpty(campaign.getResultsNote()));
        values.put(FormKeys.REVIEW_COMMENT, campaign.getResultsStatus() == ReviewStatus.RETURNED
                ? TaskForm.orEmpty(campaign.getResultsComment()) : "");
        values.put(FormKeys.DETAIL_URL, Links.campaign(campaign.getId()));
        TaskForm.show(task, values);
        TaskForm.declare(task, RESULTS_NOTE);
        task.setName("汇总考核结果：" + campaign.getName());
    }

    private void completeCompile(DelegateTask task) {
        String note = TaskForm.requiredText(task, RESULTS_NOTE, TaskForm.MAX_TEXT, "考核结果说明");
        Campaign campaign = campaign(task);
        campaign.submitResults(note);
        campaigns.save(campaign);
    }

    private void showApprove(DelegateTask task) {
        Campaign campaign = campaign(task);
        String content = "### 得分排名\n\n" + ScoreTables.ranking(campaignUnits.findByCampaign(campaign.getId()))
                + "\n### 考核结果说明\n\n" + TaskForm.orEmpty(campaign.getResultsNote()) + "\n";
        Map<String, Object> values = new HashMap<>();
        values.put(FormKeys.CAMPAIGN_NAME, campaign.getName());
        values.put(FormKeys.REVIEW_SUBJECT, campaign.getName() + " 考核结果");
        values.put(FormKeys.REVIEW_CONTENT, content);
        values.put(FormKeys.DETAIL_URL, Links.campaign(campaign.getId()));
        TaskForm.show(task, values);
        TaskForm.declare(task, TaskForm.DECISION, TaskForm.COMMENT);
        task.setName("审定考核结果：" + campaign.getName());
    }

    private void completeApprove(DelegateTask task) {
        boolean approved = TaskForm.approved(task);
        Campaign campaign = campaign(task);
        campaign.reviewResults(approved, TaskForm.comment(task));
        campaigns.save(campaign);
    }

    private Campaign campaign(DelegateTask task) {
        Long campaignId = BusinessKeys.campaignId(task);
        return campaigns.findById(campaignId)
                .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    }
}
