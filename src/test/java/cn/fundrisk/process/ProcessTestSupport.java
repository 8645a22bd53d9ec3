package cn.fundrisk.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.campaign.UnitPhases;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Process tests run the real models with the real delegates on in-memory H2; the job executor is
 * off, timers are fired through the job API with the engine clock moved past them.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestSupport {

    protected static final String OFFICE = "office-a";
    protected static final String LEADER = "leader-a";
    protected static final String INSPECTOR_1 = "inspector-a";
    protected static final String INSPECTOR_2 = "inspector-b";
    protected static final Instant START_OF_2019_CAMPAIGN = Instant.parse("2019-04-01T01:00:00Z");

    @Autowired protected ProcessEngine processEngine;
    @Autowired protected RuntimeService runtimeService;
    @Autowired protected TaskService taskService;
    @Autowired protected ManagementService managementService;
    @Autowired protected HistoryService historyService;
    @Autowired protected IdentityService identityService;
    @Autowired protected TaskDriver driver;
    @Autowired protected Campaigns campaigns;
    @Autowired protected CampaignUnits campaignUnits;
    @Autowired protected UnitPhases unitPhases;
    @Autowired protected cn.fundrisk.checklist.Assessments assessments;
    @Autowired protected cn.fundrisk.checklist.CampaignItems campaignItems;
    @Autowired protected cn.fundrisk.staffing.StaffingTables staffingTables;
    @Autowired protected org.springframework.transaction.support.TransactionTemplate transaction;
    protected Scenario scenario;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(processEngine);
        scenario = new Scenario(driver, staffingTables, managementService, transaction);
        // campaigns in tests run on the 2019 plan; the engine clock starts at its beginning
        setClock(START_OF_2019_CAMPAIGN);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Deadline variables: the plan's defaults for a year (as ISO strings, as a form would send them). */
    protected Map<String, Object> request(String name, int year, String unitCodes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignProcess.VAR_CAMPAIGN_NAME, name);
        variables.put(CampaignProcess.VAR_CAMPAIGN_YEAR, year);
        variables.put(CampaignProcess.VAR_UNIT_CODES, unitCodes);
        return variables;
    }

    protected ProcessInstance start(Map<String, Object> variables) {
        identityService.setAuthentication(OFFICE, List.of("office"));
        try {
            return runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * A one-unit campaign of the 2019 plan: the work plan approved, the unit deployed and its
     * self-inspection approved, with one problem on each of the items listed. The unit, reloaded.
     */
    protected CampaignUnit selfInspected(String name, String code, List<Integer> problemItems) {
        ProcessInstance campaignPi = start(request(name, 2019, code));
        scenario.approveWorkPlan(campaignPi.getId());
        CampaignUnit unit = unit(campaignOf(campaignPi), code);
        scenario.deploy(unit);
        scenario.selfInspect(unit, problemItems);
        return campaignUnits.findById(unit.getId()).orElseThrow();
    }

    protected Campaign campaignOf(ProcessInstance instance) {
        return campaigns.findById(Long.valueOf(instance.getBusinessKey())).orElseThrow();
    }

    protected CampaignUnit unit(Campaign campaign, String code) {
        return campaignUnits.findByCampaign(campaign.getId()).stream()
                .filter(u -> u.getUnit().getCode().equals(code)).findFirst().orElseThrow();
    }

    protected ProcessInstance unitInstance(CampaignUnit unit) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(UnitCampaignProcess.KEY)
                .processInstanceBusinessKey(unit.getId().toString()).singleResult();
    }

    /** item number to points, for the items that apply to the unit */
    protected Map<Integer, Integer> applicablePoints(CampaignUnit unit) {
        Map<Integer, Integer> points = new java.util.TreeMap<>();
        for (var assessment : assessments.findByCampaignUnitIdOrderByItemNo(unit.getId())) {
            points.put(assessment.getItemNo(), campaignItems
                    .findByCampaignIdAndItemNo(unit.getCampaignId(), assessment.getItemNo()).orElseThrow().getPoints());
        }
        return points;
    }

    protected UnitPhase phase(CampaignUnit unit, Phase phase) {
        return unitPhases.findByCampaignUnitIdAndPhase(unit.getId(), phase).orElseThrow();
    }

    protected void setClock(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Timers of the instance that are due at the engine's current time. */
    protected List<Job> dueTimers(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }

    protected void fireDueTimers(String processInstanceId) {
        for (Job job : dueTimers(processInstanceId)) {
            managementService.executeJob(job.getId());
        }
    }

    /** How often an activity (a task, gateway or event) was entered in the instance. */
    protected long timesPassed(ProcessInstance instance, String activityId) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).count();
    }

    protected static String staff(String code) {
        return code + "-staff";
    }

    protected static String head(String code) {
        return code + "-head";
    }
}
