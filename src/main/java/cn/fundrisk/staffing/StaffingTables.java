package cn.fundrisk.staffing;

import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.report.UnitReports;
import cn.fundrisk.report.UnitReport;
import static cn.fundrisk.campaign.CampaignView.local;
import static cn.fundrisk.process.UnitCampaignProcess.TASK_SELF_INSPECT_ITEM;
import static cn.fundrisk.process.UnitCampaignProcess.VAR_ITEM_NO;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.CampaignItem;
import cn.fundrisk.checklist.CampaignItems;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.AccessRules;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.Links;
import cn.fundrisk.process.Markdown;
import cn.fundrisk.process.TaskForm;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The units' staffing tables: reading one (the office, leaders, inspectors and the unit itself),
 * replacing one as a whole (only the unit's staff and head), and what the check found, also as the
 * markdown the self-inspection forms of items 3, 5 and 14 show. Runs in the caller's transaction.
 */
@Component
public class StaffingTables {

    /** Task-local variable of the self-inspection item form (forms/self-inspect-item.form). */
    public static final String FORM_VARIABLE = "staffingFindings";
    static final String ONLY_OWN_UNIT = "只有本单位经办人员或单位负责人可以填报人员分工表";

    private final CampaignUnits campaignUnits;
    private final Campaigns campaigns;
    private final StaffMembers staffMembers;
    private final StaffingRuleRows ruleRows;
    private final TaskService taskService;
    private final AccessRules accessRules;
    private final UnitReports reports;
    private final CampaignItems campaignItems;

    public StaffingTables(CampaignUnits campaignUnits, Campaigns campaigns, StaffMembers staffMembers,
            StaffingRuleRows ruleRows, TaskService taskService, AccessRules accessRules, UnitReports reports,
            CampaignItems campaignItems) {
        this.reports = reports;
        this.campaignItems = campaignItems;
        this.campaignUnits = campaignUnits;
        this.campaigns = campaigns;
        this.staffMembers = staffMembers;
        this.ruleRows = ruleRows;
        this.taskService = taskService;
        this.accessRules = accessRules;
    }

    /** The table; 404 for an unknown unit, 403 for a user who may not see the unit. */
    public StaffingTable view(Long campaignUnitId, CurrentUser user) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        user.requireUnit(unit.getUnit().getCode());
        return table(unit, user, staffMembers.findByCampaignUnitIdOrderBySortOrderAscIdAsc(campaignUnitId));
    }

    /**
     * Replaces the unit's whole table: every row is checked first, one bad row and nothing is saved.
     * Open self-inspection item forms of the unit show the new findings at once.
     */
    public StaffingTable replace(Long campaignUnitId, List<StaffRow> rows, CurrentUser user) {
        CampaignUnit unit = campaignUnits.findById(campaignUnitId).orElseThrow();
        user.requireUnit(unit.getUnit().getCode());
        if (!user.belongsTo(unit.getUnit().getCode())) {
            throw new AccessDeniedException(ONLY_OWN_UNIT);
        }
        if (filed(campaignUnitId)) {
            // filed with the office (备案, item 3): locked until the office returns the filing
            throw InputRejectedException.locked();
        }
        List<StaffMember> members = StaffingInput.check(campaignUnitId, rows, user.id(), Clock.now());
        staffMembers.deleteTableOf(campaignUnitId);
        List<StaffMember> saved = staffMembers.saveAll(members);
        refreshOpenItemForms(unit, saved);
        return table(unit, user, saved);
    }

    /** What the form of the item shows: the item's findings as a markdown list and a link, or "". */
    public String markdown(Long campaignUnitId, int itemNo) {
        StaffingRules rules = rules();
        if (!rules.concerns(itemNo)) {
            return "";
        }
        return markdown(campaignUnitId, rules.check(staffMembers.findByCampaignUnitIdOrderBySortOrderAscIdAsc(
                campaignUnitId), itemNo));
    }

    static String markdown(Long campaignUnitId, List<StaffingFinding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        return findings.stream().map(f -> "- " + escapeMarkdown(f.message())).collect(Collectors.joining("\n"))
                + "\n\n[查看人员分工情况表](" + Links.staffing(campaignUnitId) + ")";
    }

    /** Names are the unit's input: shown as written, never as markdown. */
    static String escapeMarkdown(String text) {
        return Markdown.escape(text);
    }

    StaffingRules rules() {
        return new StaffingRules(ruleRows.findAllByOrderByItemNoAscIdAsc());
    }

    /**
     * Item forms are filled in when their task is created; a table saved later updates the open
     * ones. Whoever may edit the table (the unit's staff or head) may do this, whether or not they
     * are the item tasks' candidates: it runs without their engine permissions.
     */
    private void refreshOpenItemForms(CampaignUnit unit, List<StaffMember> staff) {
        if (unit.getProcessInstanceId() == null) {
            return;
        }
        accessRules.asEngine(() -> {
            refreshItemTasks(unit, staff);
            return null;
        });
    }

    private void refreshItemTasks(CampaignUnit unit, List<StaffMember> staff) {
        StaffingRules rules = rules();
        List<StaffingFinding> findings = rules.check(staff);
        for (Task task : taskService.createTaskQuery().processInstanceId(unit.getProcessInstanceId())
                .taskDefinitionKey(TASK_SELF_INSPECT_ITEM).list()) {
            Object itemNo = taskService.getVariable(task.getId(), VAR_ITEM_NO);
            if (itemNo instanceof Number number && rules.concerns(number.intValue())) {
                taskService.setVariableLocal(task.getId(), FORM_VARIABLE, TaskForm.shown(markdown(unit.getId(),
                        findings.stream().filter(f -> f.itemNo() == number.intValue()).toList())));
            }
        }
    }

    /** The table with the findings and rules of the items the unit is assessed on (item 28: counties only). */
    private StaffingTable table(CampaignUnit unit, CurrentUser user, List<StaffMember> staff) {
        Set<Integer> items = campaignItems.findByCampaignIdOrderByItemNo(unit.getCampaignId()).stream()
                .filter(i -> i.assessedBy(unit.getUnit().getKind())).map(CampaignItem::getItemNo)
                .collect(Collectors.toSet());
        StaffingRules rules = new StaffingRules(rules().rules().stream().filter(r -> items.contains(r.getItemNo()))
                .toList());
        StaffMember latest = staff.stream().max(Comparator.comparing(StaffMember::getUpdatedAt))
                .orElse(null);
        String campaignName = campaigns.findById(unit.getCampaignId()).map(c -> c.getName()).orElse("");
        return new StaffingTable(unit.getId(), unit.getUnit().getCode(), unit.getUnit().getName(), campaignName,
                user.belongsTo(unit.getUnit().getCode()) && !filed(unit.getId()), staff.stream().map(StaffRow::of).toList(),
                rules.check(staff), rules.rules().stream().map(StaffingTable.Rule::of).toList(),
                latest == null ? null : latest.getUpdatedBy(),
                latest == null ? null : local(latest.getUpdatedAt()),
                Links.staffing(unit.getId()), Links.unit(unit.getId()));
    }

    /** The table is filed with the office (备案) and not returned: submitted and waiting, or received. */
    private boolean filed(Long campaignUnitId) {
        return reports.findByCampaignUnitIdAndKindAndPeriod(campaignUnitId, UnitReport.Kind.STAFFING_FILING,
                UnitReport.ONCE).map(r -> r.getStatus() == ReviewStatus.SUBMITTED
                        || r.getStatus() == ReviewStatus.APPROVED).orElse(false);
    }
}
