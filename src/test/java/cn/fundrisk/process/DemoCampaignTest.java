package cn.fundrisk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.campaign.UnitPhase;
import cn.fundrisk.campaign.UnitPhases;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** What `mvn spring-boot:run` shows on a fresh database: demo users and a campaign in flight. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-demo;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoCampaignTest {

    @Autowired Campaigns campaigns;
    @Autowired CampaignUnits campaignUnits;
    @Autowired UnitPhases unitPhases;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired DemoCampaign demoCampaign;
    @Autowired cn.fundrisk.accountability.AccountabilityQueries accountability;

    @Test
    void demoHasUsersForEveryRoleAndUnitsAheadOnTimeAndOverdue() {
        assertThat(identityService.checkPassword("office", "demo")).isTrue();
        assertThat(identityService.checkPassword("leader", "demo")).isTrue();
        assertThat(identityService.checkPassword("inspector2", "demo")).isTrue();
        assertThat(identityService.checkPassword("jiuhuashan-head", "demo")).isTrue();
        assertThat(identityService.checkPassword("supervisor1", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("fund-supervision").singleResult().getId())
                .isEqualTo("supervisor1");
        assertThat(identityService.checkPassword("bureau-staff", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("unit-guichi").singleResult().getId())
                .isEqualTo("guichi-staff");

        List<Campaign> all = campaigns.findAll();
        assertThat(all).hasSize(1);
        Map<String, Map<Phase, UnitPhase>> phases = campaignUnits.findByCampaign(all.get(0).getId()).stream()
                .collect(Collectors.toMap(u -> u.getUnit().getCode(), this::phasesOf));
        assertThat(phases).as("the ten units and 市人社局").hasSize(11);
        assertThat(phases.get("ldj").get(Phase.SELF_INSPECTION).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phases.get("ldj").get(Phase.DEPLOYMENT).isLate()).isFalse();
        assertThat(phases.get("ldj").get(Phase.RECTIFICATION).getStatus()).as("closed off and filed")
                .isEqualTo(UnitPhase.Status.DONE);
        assertThat(phases.get("ldj").get(Phase.SUMMARY).getStatus()).as("waiting for the office's 签收")
                .isEqualTo(UnitPhase.Status.ACTIVE);
        assertThat(phases.get("xxzx").get(Phase.DEPLOYMENT).getStatus()).as("no unit plan to write")
                .isEqualTo(UnitPhase.Status.DONE);
        assertThat(phases.get("bureau").get(Phase.DEPLOYMENT).getStatus()).isEqualTo(UnitPhase.Status.DONE);
        assertThat(phases.get("ylbx").get(Phase.SELF_INSPECTION).getStatus()).isEqualTo(UnitPhase.Status.ACTIVE);
        assertThat(phases.get("gsbx").get(Phase.DEPLOYMENT).isLate()).isTrue();
        assertThat(phases.get("jjzj").get(Phase.DEPLOYMENT).getOverdueAt()).isNotNull();
        assertThat(phases.get("jiuhuashan").get(Phase.DEPLOYMENT).getStatus()).isEqualTo(UnitPhase.Status.ACTIVE);

        assertThat(taskService.createTaskQuery().taskCandidateGroup("inspectors").count())
                .as("scoring opens with the evaluation phase").isZero();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("office").list()).extracting(t -> t.getTaskDefinitionKey())
                .contains(UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, UnitCampaignProcess.TASK_CLOSE_OFF_PROBLEM,
                        UnitCampaignProcess.TASK_RECEIVE_STAFFING_FILING);
        Long jjzj = campaignUnits.findByCampaign(all.get(0).getId()).stream()
                .filter(u -> u.getUnit().getCode().equals("jjzj")).findFirst().orElseThrow().getId();
        assertThat(accountability.ofUnit(jjzj)).extracting(d -> d.methodLabel()).containsExactly("约谈");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("unit-ylbx").count()).isGreaterThan(10);

        demoCampaign.create(); // a restart finds the campaign and leaves it alone
        assertThat(campaigns.count()).isEqualTo(1);
    }

    private Map<Phase, UnitPhase> phasesOf(CampaignUnit unit) {
        return unitPhases.findByCampaignUnitIdOrderById(unit.getId()).stream()
                .collect(Collectors.toMap(UnitPhase::getPhase, p -> p));
    }
}
