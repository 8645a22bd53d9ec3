package cn.fundrisk.staffing;

import static cn.fundrisk.process.FormKeys.DETAIL_URL;
import static cn.fundrisk.process.FormKeys.REVIEW_COMMENT;
import static cn.fundrisk.process.FormKeys.UNIT_NAME;

import java.util.HashMap;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.Actors;
import cn.fundrisk.process.BusinessKeys;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FileStaffingTable: the unit files its staffing table to the office (备案). The form shows the
 * table as it stands and links to the staffing page to change it first. The unit is the process
 * instance's business key.
 */
@Component("staffingFilingTaskListener")
public class StaffingFilingTaskListener implements TaskListener {

    static final String CONFIRM = "confirmFiling";
    static final String NOTE = "filingNote";
    static final String TABLE = "staffingTable";
    static final String STAFFING_URL = "staffingUrl";

    private final CampaignUnits campaignUnits;
    private final StaffMembers staffMembers;
    private final StaffingFiling filing;
    private final UnitReports reports;
    private final Actors actors;

    public StaffingFilingTaskListener(CampaignUnits campaignUnits, StaffMembers staffMembers, StaffingFiling filing,
            UnitReports reports, Actors actors) {
        this.campaignUnits = campaignUnits;
        this.staffMembers = staffMembers;
        this.filing = filing;
        this.reports = reports;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        CampaignUnit unit = campaignUnits.findById(BusinessKeys.campaignUnitId(task))
                .orElseThrow();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task, unit);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object confirmed = task.getVariable(CONFIRM);
            if (!Boolean.TRUE.equals(confirmed) && !"true".equals(String.valueOf(confirmed))) {
                throw new InputRejectedException("请勾选「确认按当前人员分工表报送备案」后再报送");
            }
            filing.file(unit, actors.of(task), TaskForm.text(task, NOTE, StaffingFiling.MAX_NOTE, "报送说明"));
        }
    }

    private void show(DelegateTask task, CampaignUnit unit) {
        UnitReport report = reports.once(unit.getId(), UnitReport.Kind.STAFFING_FILING);
        var staff = staffMembers.findByCampaignUnitIdOrderBySortOrderAscIdAsc(unit.getId());
        Map<String, Object> values = new HashMap<>();
        values.put(UNIT_NAME, unit.getUnit().getName());
        values.put(TABLE, staff.isEmpty() ? "（尚未填报，请先在人员分工表页面填报）" : filing.copy(unit, staff, null));
        values.put(STAFFING_URL, Links.staffing(unit.getId()));
        values.put(DETAIL_URL, Links.unit(unit.getId()));
        values.put(REVIEW_COMMENT, report.getReceipt() == UnitReport.Receipt.RETURNED
                ? TaskForm.orEmpty(report.getReceiptComment()) : "");
        TaskForm.show(task, values);
        TaskForm.declare(task, CONFIRM, NOTE);
        task.setName("报送人员分工情况表备案：" + unit.getUnit().getName());
    }
}
