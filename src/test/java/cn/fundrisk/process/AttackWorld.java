package cn.fundrisk.process;

import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.identity.DemoUsers;
import cn.fundrisk.identity.Groups;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.TestIdentities;
import cn.fundrisk.support.Unchanged;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The world the attacks run in, over real HTTP with authorization on: a campaign with three units.
 * ldj is in its self-inspection (item tasks open) and is the attacker's own unit; ylbx waits at its
 * acknowledgement and is the victim; gsbx is driven to its evaluation when a test needs a score sheet
 * under review. Users are the demo's names (the work is driven by DemoWork), each with one password.
 */
final class AttackWorld {

    static final String PASSWORD = "pw-attack-1";
    static final String LDJ_STAFF = DemoUsers.staffUser("ldj");
    static final String LDJ_STAFF_2 = "ldj-staff-2";
    static final String LDJ_HEAD = DemoUsers.headUser("ldj");
    static final String YLBX_STAFF = DemoUsers.staffUser("ylbx");
    static final String INSPECTOR_1 = DemoUsers.INSPECTOR_1;
    static final String INSPECTOR_2 = DemoUsers.INSPECTOR_2;
    static final String ADMIN = "admin-x";

    final HttpClientForTests http;
    final Unchanged unchanged;
    final JdbcTemplate jdbc;
    final TaskDriver driver;
    final DemoWork work;
    final CampaignUnit ldj;
    final CampaignUnit ylbx;
    final CampaignUnit gsbx;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private boolean gsbxEvaluated;

    AttackWorld(ApplicationContext context, int port) {
        this.http = new HttpClientForTests(port, PASSWORD);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.unchanged = new Unchanged(jdbc);
        this.driver = context.getBean(TaskDriver.class);
        this.work = new DemoWork(driver, context.getBean(cn.fundrisk.checklist.Assessments.class),
                context.getBean(cn.fundrisk.checklist.CampaignItems.class),
                context.getBean(cn.fundrisk.staffing.StaffingTables.class),
                context.getBean(cn.fundrisk.accountability.AccountabilityRecords.class),
                new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class)));
        // the demo's steps, as the demo's users
        this.managementService = context.getBean(ManagementService.class);
        this.identityService = context.getBean(IdentityService.class);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String[] user : new String[][] { { DemoUsers.OFFICE, Groups.OFFICE }, { DemoUsers.LEADER, Groups.LEADERS },
                { INSPECTOR_1, Groups.INSPECTORS }, { INSPECTOR_2, Groups.INSPECTORS }, { ADMIN, Groups.CAMUNDA_ADMIN },
                { LDJ_STAFF, "unit-ldj" }, { LDJ_STAFF_2, "unit-ldj" }, { LDJ_HEAD, "unit-ldj-head" },
                { YLBX_STAFF, "unit-ylbx" }, { DemoUsers.headUser("ylbx"), "unit-ylbx-head" },
                { DemoUsers.staffUser("gsbx"), "unit-gsbx" }, { DemoUsers.headUser("gsbx"), "unit-gsbx-head" } }) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
        RuntimeService runtimeService = context.getBean(RuntimeService.class);
        identityService.setAuthentication(DemoUsers.OFFICE, List.of(Groups.OFFICE));
        String campaignPi;
        try {
            campaignPi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                    CampaignProcess.VAR_CAMPAIGN_NAME, "攻击面测试", CampaignProcess.VAR_CAMPAIGN_YEAR, 2098,
                    CampaignProcess.VAR_UNIT_CODES, "ldj,ylbx,gsbx")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        work.approveWorkPlan(campaignPi);
        Long campaignId = (Long) runtimeService.getVariable(campaignPi, CampaignProcess.VAR_CAMPAIGN_ID);
        CampaignUnits campaignUnits = context.getBean(CampaignUnits.class);
        List<CampaignUnit> units = campaignUnits.findByCampaign(campaignId);
        this.ldj = unit(units, "ldj");
        this.ylbx = unit(units, "ylbx");
        this.gsbx = unit(units, "gsbx");
        work.deploy(ldj);
    }

    private static CampaignUnit unit(List<CampaignUnit> units, String code) {
        return units.stream().filter(u -> u.getUnit().getCode().equals(code)).findFirst().orElseThrow();
    }

    /** gsbx through deployment, self-inspection, rectification and summary: its score sheet can be scored. */
    synchronized void evaluateGsbx() {
        if (gsbxEvaluated) {
            return;
        }
        work.deploy(gsbx);
        work.selfInspect(gsbx, Integer.MAX_VALUE);
        work.rectify(gsbx, Integer.MAX_VALUE, true);
        work.fileStaffing(gsbx, true);
        work.summarize(gsbx);
        driver.submit(gsbx.getProcessInstanceId(), UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, DemoUsers.OFFICE,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "已签收。"));
        // scoring opens with the evaluation phase: its timer is run now rather than waiting for the deadline
        managementService.createJobQuery().processInstanceId(gsbx.getProcessInstanceId())
                .activityId(UnitCampaignProcess.TIMER_EVALUATION_OPENS).timers().list()
                .forEach(timer -> managementService.executeJob(timer.getId()));
        gsbxEvaluated = true;
    }

    IdentityService driverIdentity() {
        return identityService;
    }

    Task task(CampaignUnit unit, String key) {
        return driver.open(unit.getProcessInstanceId(), key).get(0);
    }

    /** The task's variables as Camunda's REST API takes them. */
    static Map<String, Object> typed(Object value, String type) {
        return value == null ? Map.of("type", type) : Map.of("value", value, "type", type);
    }
}
