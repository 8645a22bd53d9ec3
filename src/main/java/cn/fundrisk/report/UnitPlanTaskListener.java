package cn.fundrisk.report;

import cn.fundrisk.process.TaskAssignmentRule;
import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.FormKeys.*;
import static cn.fundrisk.process.UnitCampaignProcess.*;

import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.reminder.PhaseNotices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Deployment at a unit: acknowledge the plan (签收), draft the unit's own plan (item 31), head approves. */
@Component
public class UnitPlanTaskListener implements TaskListener {

    static final String ACKNOWLEDGED = "acknowledged";
    static final String CONTACT_PERSON = "contactPerson";
    static final String CONTACT_PHONE = "contactPhone";
    static final String PLAN_TEXT = "planText";

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final UnitReports reports;
    private final Actors actors;

    private final PhaseNotices phaseNotices;

    private final TaskAssignmentRule assignmentRule;

    public UnitPlanTaskListener(CampaignUnits campaignUnits, Campaigns campaigns, UnitReports reports, Actors actors,
            PhaseNotices phaseNotices, TaskAssignmentRule assignmentRule) {
        this.assignmentRule = assignmentRule;
        this.phaseNotices = phaseNotices;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.reports = reports;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task)).orElseThrow();
        boolean create = EVENTNAME_CREATE.equals(task.getEventName());
        switch (task.getTaskDefinitionKey()) {
            case TASK_ACKNOWLEDGE_PLAN -> {
                if (create) {
                    showPlan(task, unit);
                } else {
                    acknowledge(task, unit);
                }
            }
            case TASK_DRAFT_UNIT_PLAN -> {
                UnitReport plan = reports.once(unit.getId(), UnitReport.Kind.UNIT_PLAN);
                if (create) {
                    ReportForms.showWriting(task, unit, plan, "本单位工作方案（第31项）",
                            "按照市局分解的任务，制定本单位工作方案、细化任务分解，明确时间节点和工作要求。");
                } else {
                    plan.submit(ReportForms.reportText(task), actors.of(task), Clock.now());
                }
            }
            case TASK_APPROVE_UNIT_PLAN -> {
                UnitReport plan = reports.once(unit.getId(), UnitReport.Kind.UNIT_PLAN);
                if (create) {
                    ReportForms.showReview(task, unit, plan, unit.getUnit().getName() + " 工作方案（第31项）",
                            TaskForm.orEmpty(plan.getBody()));
                    assignmentRule.exclude(task, java.util.List.of(TaskForm.orEmpty(plan.getSubmittedBy())));
                } else {
                    ReportForms.review(task, plan, actors.of(task));
                }
            }
            default -> throw new IllegalStateException(task.getTaskDefinitionKey());
        }
        if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            phaseNotices.completed(task);
        }
    }

    private void showPlan(DelegateTask task, CampaignUnit unit) {
        var campaign = campaigns.findById(unit.getCampaignId()).orElseThrow();
        TaskForm.show(task, Map.of(CAMPAIGN_NAME, campaign.getName(), UNIT_NAME, unit.getUnit().getName(),
                PLAN_TEXT, TaskForm.orEmpty(campaign.getWorkPlan()), DETAIL_URL, Links.unit(unit.getId())));
        task.setName("签收工作方案：" + unit.getUnit().getName());
        TaskForm.declare(task, ACKNOWLEDGED, CONTACT_PERSON, CONTACT_PHONE);
    }

    private void acknowledge(DelegateTask task, CampaignUnit unit) {
        if (!Boolean.TRUE.equals(task.getVariable(ACKNOWLEDGED))
                && !"true".equals(String.valueOf(task.getVariable(ACKNOWLEDGED)))) {
            throw new InputRejectedException("请勾选「已收到并阅知工作方案」后再签收");
        }
        unit.acknowledge(actors.of(task), Clock.now(),
                TaskForm.requiredText(task, CONTACT_PERSON, 100, "本单位联系人"),
                TaskForm.text(task, CONTACT_PHONE, 50, "联系电话"));
    }
}
