package cn.fundrisk.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.checklist.Catalogue;
import cn.fundrisk.checklist.CatalogueItem;
import cn.fundrisk.identity.DemoUsers;
import cn.fundrisk.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo campaign (profile demo, once, when there is none): dates relative to today, some units
 * ahead (one's summary report waiting for the office's 签收, another's problem for its 销号), some on
 * time (the 信息中心 without a unit plan, 市人社局 with its three items), some overdue (one 约谈 already). The early work is done with the engine clock set 15 days back,
 * so that its timestamps are real history, not "now".
 */
@Component
@Profile("demo")
public class DemoCampaign {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCampaign.class);
    static final List<String> AHEAD = List.of("ldj", "guichi");
    static final List<String> ON_TIME = List.of("ylbx", "dongzhi", "xxzx", "bureau");
    static final List<String> DEPLOYED_LATE = List.of("gsbx", "shitai");
    static final List<String> ACKNOWLEDGED_ONLY = List.of("jjzj");
    static final String NOT_SCORED = "原文缺失，待核实补全；本次专项工作暂不计分（演示）";

    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final Campaigns campaigns;
    private final CampaignUnits campaignUnits;
    private final DemoWork work;
    private final Catalogue catalogue;

    public DemoCampaign(RuntimeService runtimeService, ManagementService managementService,
            IdentityService identityService, Campaigns campaigns, CampaignUnits campaignUnits, DemoWork work,
            Catalogue catalogue) {
        this.catalogue = catalogue;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.campaigns = campaigns;
        this.campaignUnits = campaignUnits;
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void create() {
        if (campaigns.count() > 0) {
            return;
        }
        Instant today = Instant.now();
        // the demo office leaves the items whose text the source lost out of this campaign (不计分)
        for (CatalogueItem item : catalogue.unresolved()) {
            catalogue.markNotScored(item.getItemNo(), NOT_SCORED, DemoUsers.OFFICE);
        }
        Long campaignId;
        ClockUtil.setCurrentTime(Date.from(today.minus(Duration.ofDays(15))));
        try {
            campaignId = start(today);
            String campaignPi = campaigns.findById(campaignId).orElseThrow().getProcessInstanceId();
            work.approveWorkPlan(campaignPi);
            for (CampaignUnit unit : campaignUnits.findByCampaign(campaignId)) {
                if (AHEAD.contains(unit.getUnit().getCode())) {
                    work.deploy(unit);
                    work.selfInspect(unit, Integer.MAX_VALUE);
                }
            }
        } finally {
            ClockUtil.reset();
        }
        fireDueTimers();
        for (CampaignUnit unit : campaignUnits.findByCampaign(campaignId)) {
            String code = unit.getUnit().getCode();
            if (code.equals(AHEAD.get(0))) {
                // every problem closed off, the staffing table on file: the summary waits for the office's 签收
                work.rectify(unit, Integer.MAX_VALUE, true);
                work.fileStaffing(unit, true);
                work.summarize(unit);
                work.reportMonthlyAudit(unit);
            } else if (AHEAD.contains(code)) {
                // one problem waits for the office's 销号, the staffing table for its 签收
                work.rectify(unit, 1, false);
                work.fileStaffing(unit, false);
            } else if (ON_TIME.contains(code)) {
                work.deploy(unit);
                work.selfInspect(unit, 12);
            } else if (DEPLOYED_LATE.contains(code)) {
                work.deploy(unit);
            } else if (ACKNOWLEDGED_ONLY.contains(code)) {
                work.acknowledge(unit);
                work.interview(unit);
            }
        }
        LOG.info("Demo campaign {} created: units ahead {}, on time {}, overdue the rest", campaignId, AHEAD, ON_TIME);
    }

    private Long start(Instant today) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignProcess.VAR_CAMPAIGN_NAME, "社保基金管理风险防控专项工作（演示）");
        variables.put(CampaignProcess.VAR_CAMPAIGN_YEAR, today.atZone(Clock.ZONE).getYear());
        int[] days = {-10, 5, 30, 45, 50, 80};
        for (Phase phase : Phase.values()) {
            variables.put(phase.deadlineVariable(), today.plus(Duration.ofDays(days[phase.ordinal()])).toString());
        }
        identityService.setAuthentication(DemoUsers.OFFICE, List.of(Groups.OFFICE));
        try {
            String pi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, variables).getId();
            return (Long) runtimeService.getVariable(pi, CampaignProcess.VAR_CAMPAIGN_ID);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Deadlines already past: fire their timers now rather than wait for the job executor. */
    private void fireDueTimers() {
        for (Job job : managementService.createJobQuery().timers().duedateLowerThan(new Date()).list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (OptimisticLockingException e) {
                LOG.debug("timer {} was fired by the job executor first", job.getId());
            }
        }
    }
}
