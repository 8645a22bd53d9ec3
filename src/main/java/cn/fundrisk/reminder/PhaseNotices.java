package cn.fundrisk.reminder;

import cn.fundrisk.process.BusinessKeys;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.Unit;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Short notices when a phase moves: the plan issued (the units' staff), a unit submits its plan,
 * 自查报告 or 总结报告 (its head), the head approves or returns it (the staff). Each type can be
 * switched off (fundrisk.reminders.notices.*). Queued in the transaction of the change.
 */
@Component
public class PhaseNotices {

    private static final Map<String, String> SUBMITTED = Map.of(TASK_DRAFT_UNIT_PLAN, "本单位工作方案",
            TASK_WRITE_SELF_INSPECTION_REPORT, "自查报告", TASK_WRITE_SUMMARY_REPORT, "总结报告");
    private static final Map<String, String> REVIEWED = Map.of(TASK_APPROVE_UNIT_PLAN, "本单位工作方案",
            TASK_REVIEW_SELF_INSPECTION, "自查结果", TASK_APPROVE_SUMMARY_REPORT, "总结报告");

    private final CampaignUnits campaignUnits;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final ReminderProperties properties;

    public PhaseNotices(CampaignUnits campaignUnits, Recipients recipients, MailTemplates templates, Outbox outbox,
            ReminderProperties properties) {
        this.campaignUnits = campaignUnits;
        this.recipients = recipients;
        this.templates = templates;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** The work plan was issued: each unit's staff and contact address. */
    public void planIssued(Long campaignId, String campaignName) {
        if (!properties.getNotices().isPlanIssued()) {
            return;
        }
        for (CampaignUnit unit : campaignUnits.findByCampaign(campaignId)) {
            queue("PLAN", unit, "工作方案已印发：" + campaignName,
                    "《" + campaignName + "》工作方案已印发，请及时签收并制定本单位工作方案。",
                    recipients.unitStaff(unit.getUnit().getCode()), String.valueOf(campaignId));
        }
    }

    /** A unit's task completed: a submission tells the head, a review tells the staff. */
    public void completed(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (!SUBMITTED.containsKey(key) && !REVIEWED.containsKey(key)) {
            return;
        }
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task)).orElseThrow();
        String code = unit.getUnit().getCode();
        String unitName = unit.getUnit().getName();
        if (SUBMITTED.containsKey(key) && properties.getNotices().isSubmitted()) {
            String what = SUBMITTED.get(key);
            queue("SUBMITTED", unit, unitName + "已提交" + what + "，请审核",
                    unitName + "经办人员已提交" + what + "，请在任务列表中审核。", recipients.members(Unit.headGroup(code)),
                    task.getId());
        } else if (REVIEWED.containsKey(key) && properties.getNotices().isReviewed()) {
            String what = REVIEWED.get(key);
            boolean approved = TaskForm.APPROVE.equals(task.getVariable(TaskForm.DECISION));
            String result = approved ? "已审核通过" : "被退回修改";
            String body = unitName + "的" + what + result + "。" + (approved ? "" : "请在任务列表中查看审核意见并修改。");
            queue("REVIEWED", unit, what + result, body, recipients.members(Unit.staffGroup(code)), task.getId());
        }
    }

    private void queue(String type, CampaignUnit unit, String title, String body, List<Recipients.Recipient> to,
            String cause) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("body", body);
        variables.put("unitUrl", properties.getBaseUrl() + "/units/" + unit.getId());
        variables.put("tasklistUrl", properties.getBaseUrl() + "/camunda/app/tasklist/");
        MailTemplates.Rendered mail = templates.render("notice", templates.subject(title), variables);
        for (Recipients.Recipient recipient : to) {
            outbox.queue(new OutboxMail(OutboxMail.cause(OutboxMail.Kind.NOTICE, type, unit.getId(), cause,
                    recipient.email().toLowerCase()), OutboxMail.Kind.NOTICE, recipient.email(), mail.subject(),
                    mail.text(), mail.html(), unit.getId()));
        }
    }
}
