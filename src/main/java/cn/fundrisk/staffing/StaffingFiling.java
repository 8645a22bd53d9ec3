package cn.fundrisk.staffing;

import static cn.fundrisk.campaign.CampaignView.local;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_FILE_STAFFING_TABLE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.report.UnitReport;
import cn.fundrisk.report.UnitReports;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 备案 of the staffing table (附件2, item 3: 报同级和上级基金监督部门备案): the unit files a copy of its
 * table as it stands, with what the check found, to the office (Task_FileStaffingTable, or the
 * staffing page's button, which completes that task as the user); the office receives it
 * (Task_ReceiveStaffingFiling). The copy is a report of kind STAFFING_FILING; later edits of the
 * table do not change what was filed.
 */
@Component
public class StaffingFiling {

    static final String NO_FILING_TASK = "当前没有待报送的备案：人员分工表在问题整改阶段报送备案，已报送的须待领导小组办公室签收或退回";
    static final String EMPTY_TABLE = "人员分工、岗位职责情况表尚未填报，不能报送备案";
    static final int MAX_NOTE = 500;

    /** What the staffing page shows about the filing. */
    public record Status(String stateLabel, boolean canFile, String filedBy, OffsetDateTime filedAt, String receivedBy,
            OffsetDateTime receivedAt, String returnComment) {
    }

    private final CampaignUnits campaignUnits;
    private final StaffMembers staffMembers;
    private final StaffingTables tables;
    private final UnitReports reports;
    private final TaskService taskService;
    private final FormService formService;
    private final AccessRules accessRules;

    public StaffingFiling(CampaignUnits campaignUnits, StaffMembers staffMembers, StaffingTables tables,
            UnitReports reports, TaskService taskService, FormService formService, AccessRules accessRules) {
        this.accessRules = accessRules;
        this.campaignUnits = campaignUnits;
        this.staffMembers = staffMembers;
        this.tables = tables;
        this.reports = reports;
        this.taskService = taskService;
        this.formService = formService;
    }

    /** Files the unit's table as it stands now; refused when the table is empty. */
    public UnitReport file(CampaignUnit unit, String user, String note) {
        List<StaffMember> staff = staffMembers.findByCampaignUnitIdOrderBySortOrderAscIdAsc(unit.getId());
        if (staff.isEmpty()) {
            throw new InputRejectedException(EMPTY_TABLE);
        }
        UnitReport report = reports.once(unit.getId(), UnitReport.Kind.STAFFING_FILING);
        report.submit(copy(unit, staff, note), user, Clock.now());
        return reports.save(report);
    }

    /**
     * The staffing page's 报送备案: completes the unit's open filing task as the user, through the
     * engine (which checks the user may work it), so the page and Tasklist do the same thing.
     */
    public void fileFromPage(Long campaignUnitId, CurrentUser user, String note) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        user.requireUnit(unit.getUnit().getCode());
        if (!user.belongsTo(unit.getUnit().getCode())) {
            throw new AccessDeniedException(StaffingTables.ONLY_OWN_UNIT);
        }
        Task task = openTask(unit);
        if (task == null) {
            throw new InputRejectedException(NO_FILING_TASK);
        }
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user.id());
        } else if (!task.getAssignee().equals(user.id())) {
            taskService.setAssignee(task.getId(), user.id());
        }
        formService.submitTaskForm(task.getId(), Map.of(StaffingFilingTaskListener.CONFIRM, true,
                StaffingFilingTaskListener.NOTE, note == null ? "" : note));
    }

    /** 404 for an unknown unit, 403 for a user who may not see it. */
    public void requireVisible(Long campaignUnitId, CurrentUser user) {
        user.requireUnit(campaignUnits.findById(campaignUnitId).orElseThrow().getUnit().getCode());
    }

    public Status status(Long campaignUnitId) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        // whoever sees the page (the office too) sees whether the unit has a filing to do
        boolean open = accessRules.asEngine(() -> openTask(unit)) != null;
        return reports.findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.STAFFING_FILING, UnitReport.ONCE)
                .filter(r -> r.getSubmittedAt() != null)
                .map(r -> new Status(label(r, open), open, r.getSubmittedBy(), local(r.getSubmittedAt()),
                        r.isReceived() ? r.getReceivedBy() : null, r.isReceived() ? local(r.getReceivedAt()) : null,
                        r.getReceipt() == UnitReport.Receipt.RETURNED ? r.getReceiptComment() : null))
                .orElse(new Status(open ? "待报送" : "未到报送阶段", open, null, null, null, null, null));
    }

    private static String label(UnitReport report, boolean open) {
        if (report.isReceived()) {
            return "已备案";
        }
        if (report.getReceipt() == UnitReport.Receipt.RETURNED) {
            return open ? "已退回，待重新报送" : "已退回";
        }
        return "已报送，待领导小组办公室签收";
    }

    private Task openTask(CampaignUnit unit) {
        if (unit.getProcessInstanceId() == null) {
            return null;
        }
        return taskService.createTaskQuery().processDefinitionKey(UnitCampaignProcess.KEY)
                .processInstanceBusinessKey(unit.getId().toString()).taskDefinitionKey(TASK_FILE_STAFFING_TABLE)
                .singleResult();
    }

    /** The table as filed, with the findings of the campaign's rules, as markdown. */
    String copy(CampaignUnit unit, List<StaffMember> staff, String note) {
        StringBuilder md = new StringBuilder("**").append(unit.getUnit().getName()).append("** 经办机构人员分工、岗位职责情况表，共 ")
                .append(staff.size()).append(" 人\n\n| 序号 | 姓名 | 部门（科室） | 岗位 | 岗位职责 | 在编 | 任职年限 |\n|---:|---|---|---|---|---|---:|\n");
        int n = 0;
        for (StaffMember m : staff) {
            md.append("| ").append(++n).append(" | ").append(cell(m.getName())).append(" | ")
                    .append(cell(TaskForm.orEmpty(m.getDepartment()))).append(" | ")
                    .append(m.getPositions().stream().map(Position::label).collect(Collectors.joining("、")))
                    .append(" | ").append(cell(TaskForm.orEmpty(m.getDuties()))).append(" | ")
                    .append(m.isFormal() ? "是" : "否").append(" | ").append(years(m.getYearsInPosition())).append(" |\n");
        }
        List<StaffingFinding> findings = tables.rules().check(staff);
        md.append("\n**核查发现**：").append(findings.isEmpty() ? "按核查规则未发现问题。" : "");
        findings.forEach(f -> md.append("\n- ").append(StaffingTables.escapeMarkdown(f.message())));
        String text = note == null ? "" : note.strip();
        if (!text.isEmpty()) {
            md.append("\n\n**报送说明**：").append(StaffingTables.escapeMarkdown(text));
        }
        return md.toString();
    }

    private static String years(BigDecimal years) {
        return years == null ? "—" : years.stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        return StaffingTables.escapeMarkdown(text).replaceAll("\\s*\\R\\s*", " ");
    }
}
