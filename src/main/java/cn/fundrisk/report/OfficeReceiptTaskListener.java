package cn.fundrisk.report;

import static cn.fundrisk.process.UnitCampaignProcess.TASK_RECEIVE_STAFFING_FILING;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.checklist.ItemSheets;
import cn.fundrisk.identity.PersonNames;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The office's receipt (签收) of what a unit sends it: the head-approved 总结报告
 * (Task_ReceiveSummaryReport; accepting ends the unit's summary phase) and the staffing table's
 * filing (Task_ReceiveStaffingFiling, 备案). It accepts, or returns with its reason; the unit works
 * again. The unit is the process instance's business key; the report is that unit's, of the task's kind.
 */
@Component("officeReceiptTaskListener")
public class OfficeReceiptTaskListener implements TaskListener {

    static final String RECEIPT_HINT = "receiptHint";

    private final CampaignUnits campaignUnits;
    private final UnitReports unitReports;
    private final ItemSheets itemSheets;
    private final PersonNames people;
    private final Actors actors;

    public OfficeReceiptTaskListener(CampaignUnits campaignUnits, UnitReports unitReports, ItemSheets itemSheets,
            Actors actors, PersonNames people) {
        this.people = people;
        this.campaignUnits = campaignUnits;
        this.unitReports = unitReports;
        this.itemSheets = itemSheets;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task))
                .orElseThrow();
        UnitReport.Kind kind = switch (task.getTaskDefinitionKey()) {
            case TASK_RECEIVE_SUMMARY_REPORT -> UnitReport.Kind.SUMMARY;
            case TASK_RECEIVE_STAFFING_FILING -> UnitReport.Kind.STAFFING_FILING;
            default -> throw new IllegalStateException(
                    "officeReceiptTaskListener is not meant for " + task.getTaskDefinitionKey());
        };
        UnitReport report = unitReports.once(unit.getId(), kind);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task, unit, report);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            report.receive(TaskForm.approved(task), TaskForm.comment(task), actors.of(task), Clock.now());
            unitReports.save(report);
        }
    }

    private void show(DelegateTask task, CampaignUnit unit, UnitReport report) {
        String unitName = unit.getUnit().getName();
        if (report.getKind() == UnitReport.Kind.SUMMARY) {
            ReportForms.showReview(task, unit, report, unitName + " 总结报告（签收）",
                    SummaryReportTable.markdown(itemSheets.of(unit.getCampaignId(), unit.getId(),
                            unit.getUnit().getKind()), report.getBody(), report.getRectificationStatus()));
            task.setVariableLocal(RECEIPT_HINT, "单位负责人 " + people.name(report.getReviewedBy())
                    + " 已审核同意报送。签收即完成本单位汇总上报阶段；退回须写明理由，报告退回单位修改后重新报送。");
            task.setName("签收总结报告：" + unitName);
        } else {
            ReportForms.showReview(task, unit, report, unitName + " 人员分工、岗位职责情况表（备案）",
                    TaskForm.orEmpty(report.getBody()));
            task.setVariableLocal(RECEIPT_HINT, "第3项：《部门（科室）人员分工、岗位职责情况表》报基金监督部门备案。"
                    + "签收即予备案；退回须写明理由，单位修改人员分工表后重新报送。");
            task.setName("签收人员分工情况表备案：" + unitName);
        }
    }
}
