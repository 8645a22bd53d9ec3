package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may see and do what, over HTTP as each role, with authorization on: tasks, process
 * instances, reports and evidence, in Camunda's REST API and in ours; including a unit's user
 * trying another unit's ids directly. Denials answer in Chinese and carry no data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-authz;DB_CLOSE_DELAY=-1", "camunda.bpm.authorization.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final String OFFICE = "office-m";
    static final String LEADER = "leader-m";
    static final String INSPECTOR = "inspector-m";
    static final String LDJ_STAFF = "ldj-staff-m";
    static final String LDJ_HEAD = "ldj-head-m";
    static final String YLBX_STAFF = "ylbx-staff-m";
    static final String PASSWORD = "pw-matrix";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired Assessments assessments;

    private HttpClientForTests http;
    private Long campaignId;
    private CampaignUnit ldj;
    private CampaignUnit ylbx;

    @BeforeAll
    void campaignWithTwoUnits() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String[] user : new String[][] {{OFFICE, "office"}, {LEADER, "leaders"}, {INSPECTOR, "inspectors"},
                {LDJ_STAFF, "unit-ldj"}, {LDJ_HEAD, "unit-ldj-head"}, {YLBX_STAFF, "unit-ylbx"}}) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
        identityService.setAuthentication(OFFICE, List.of("office"));
        String campaignPi;
        try {
            campaignPi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                    CampaignProcess.VAR_CAMPAIGN_NAME, "权限", CampaignProcess.VAR_CAMPAIGN_YEAR, 2099,
                    CampaignProcess.VAR_UNIT_CODES, "ldj,ylbx")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意"));
        campaignId = (Long) runtimeService.getVariable(campaignPi, CampaignProcess.VAR_CAMPAIGN_ID);
        for (CampaignUnit unit : campaignUnits.findByCampaign(campaignId)) {
            if (unit.getUnit().getCode().equals("ldj")) {
                ldj = unit;
            } else {
                ylbx = unit;
            }
        }
    }

    @Test
    void tasksAreSeenByTheirUnitAndByTheCampaignWideRolesOnly() throws Exception {
        assertThat(taskInstances(LDJ_STAFF)).containsOnly(ldj.getProcessInstanceId()).hasSize(1);
        assertThat(taskInstances(YLBX_STAFF)).containsOnly(ylbx.getProcessInstanceId()).hasSize(1);
        assertThat(taskInstances(LDJ_HEAD)).isEmpty();
        for (String wide : List.of(OFFICE, LEADER, INSPECTOR)) {
            assertThat(taskInstances(wide)).as(wide)
                    .containsExactlyInAnyOrder(ldj.getProcessInstanceId(), ylbx.getProcessInstanceId());
        }
    }

    @Test
    void anotherUnitsTaskIdUsedDirectlyGivesNoDataAndAChineseAnswer() throws Exception {
        String ldjTask = task(ldj);
        Answer read = http.get(YLBX_STAFF, "/engine-rest/task/" + ldjTask);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body().path("message").asText()).contains("未找到");
        assertThat(read.raw()).doesNotContain("签收工作方案");

        Answer variables = http.get(YLBX_STAFF, "/engine-rest/task/" + ldjTask + "/form-variables");
        assertThat(variables.status()).isIn(403, 404);
        assertThat(variables.raw()).doesNotContain("市劳动就业管理局");

        Answer claim = http.post(YLBX_STAFF, "/engine-rest/task/" + ldjTask + "/claim", Map.of("userId", YLBX_STAFF));
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.body().path("message").asText()).startsWith("无权执行此操作");

        Answer submit = http.post(YLBX_STAFF, "/engine-rest/task/" + ldjTask + "/submit-form",
                Map.of("variables", Map.of("acknowledged", Map.of("value", true))));
        assertThat(submit.status()).isEqualTo(403);
        assertThat(driver.open(ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN)).hasSize(1);
    }

    @Test
    void leadersReadEverythingButWorkNoUnitsTasks() throws Exception {
        String ldjTask = task(ldj);
        assertThat(http.get(LEADER, "/engine-rest/task/" + ldjTask).status()).isEqualTo(200);
        assertThat(http.post(LEADER, "/engine-rest/task/" + ldjTask + "/claim", Map.of("userId", LEADER)).status())
                .isEqualTo(403);
        assertThat(http.get(LEADER, "/api/campaign-units/" + ylbx.getId()).status()).isEqualTo(200);
        assertThat(http.post(LEADER, "/api/campaigns", Map.of("name", "越权", "year", 2099)).status()).isEqualTo(403);
        assertThat(http.post(INSPECTOR, "/api/campaigns", Map.of("name", "越权", "year", 2099)).status())
                .isEqualTo(403);
        assertThat(http.post(OFFICE, "/engine-rest/task/" + ldjTask + "/claim", Map.of("userId", OFFICE)).status())
                .as("the office reads units' work but does not do it").isEqualTo(403);
    }

    @Test
    void processInstancesAreSeenByTheirUnitOnly() throws Exception {
        String units = "/engine-rest/process-instance?processDefinitionKey=" + UnitCampaignProcess.KEY;
        assertThat(ids(http.get(LDJ_STAFF, units))).containsExactly(ldj.getProcessInstanceId());
        assertThat(ids(http.get(YLBX_STAFF, units))).containsExactly(ylbx.getProcessInstanceId());
        assertThat(ids(http.get(LDJ_HEAD, units))).containsExactly(ldj.getProcessInstanceId());
        assertThat(ids(http.get(OFFICE, units))).hasSize(2);
        assertThat(ids(http.get(LEADER, units))).hasSize(2);
        assertThat(ids(http.get(LDJ_STAFF,
                "/engine-rest/process-instance?processDefinitionKey=" + CampaignProcess.KEY)))
                .isEmpty();
        Answer other = http.get(LDJ_STAFF, "/engine-rest/process-instance/" + ylbx.getProcessInstanceId());
        assertThat(other.status()).isIn(403, 404);
        assertThat(other.body().path("message").asText()).containsPattern("\\p{IsHan}");
        assertThat(http.get(LDJ_STAFF, "/engine-rest/process-instance/" + ylbx.getProcessInstanceId() + "/variables")
                .status())
                .isIn(403, 404);
    }

    @Test
    void reportsPagesAndEvidenceOfAUnitAreItsOwnAndTheCampaignWideRoles() throws Exception {
        Answer other = http.get(LDJ_STAFF, "/api/campaign-units/" + ylbx.getId());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.problem(ApiProblem.ACCESS_DENIED)).contains("无权");
        assertThat(http.get(LDJ_STAFF, "/api/campaign-units/" + ldj.getId()).status()).isEqualTo(200);
        assertThat(http.get(LDJ_STAFF, "/units/" + ylbx.getId()).status()).isEqualTo(403);
        JsonNode campaign = http.get(LDJ_STAFF, "/api/campaigns/" + campaignId).body();
        assertThat(campaign.path("units")).extracting(u -> u.path("unitCode").asText()).containsExactly("ldj");
        for (String wide : List.of(OFFICE, LEADER, INSPECTOR)) {
            assertThat(http.get(wide, "/api/campaign-units/" + ylbx.getId()).status()).as(wide).isEqualTo(200);
        }

        Long assessment = assessments.findByCampaignUnitIdOrderByItemNo(ldj.getId()).get(0).getId();
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(upload(LDJ_STAFF, assessment, pdf).status()).isEqualTo(201);
        Answer leaderUpload = upload(LEADER, assessment, pdf);
        assertThat(leaderUpload.status()).isEqualTo(403);
        assertThat(leaderUpload.problem(ApiProblem.ACCESS_DENIED)).contains("可以查看和下载");
        assertThat(upload(YLBX_STAFF, assessment, pdf).status()).isEqualTo(403);
        String list = "/api/evidence?ownerType=ASSESSMENT&ownerId=" + assessment;
        assertThat(http.get(YLBX_STAFF, list).status()).isEqualTo(403);
        JsonNode files = http.get(LEADER, list).body();
        assertThat(files).hasSize(1);
        String download = "/evidence/file/" + files.get(0).path("id").asText();
        assertThat(http.get(YLBX_STAFF, download).status()).isEqualTo(403);
        assertThat(http.get(INSPECTOR, download).status()).isEqualTo(200);
    }

    @Test
    void withoutLoginNothingAnswersAndTheWebappsAreForTheirRoles() throws Exception {
        assertThat(http.get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(http.get(null, "/api/campaigns").status()).isEqualTo(401);
        assertThat(appAccess(LDJ_STAFF, "tasklist")).isTrue();
        assertThat(appAccess(LDJ_STAFF, "cockpit")).isFalse();
        assertThat(appAccess(LEADER, "cockpit")).isTrue();
        assertThat(appAccess(OFFICE, "cockpit")).isTrue();
        assertThat(appAccess(LEADER, "admin")).isFalse();
    }

    private boolean appAccess(String user, String app) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, app);
    }

    private List<String> taskInstances(String user) throws Exception {
        List<String> instances = new ArrayList<>();
        http.get(user, "/engine-rest/task?processDefinitionKey=" + UnitCampaignProcess.KEY).body()
                .forEach(t -> instances.add(t.path("processInstanceId").asText()));
        return instances.stream().distinct().toList();
    }

    private String task(CampaignUnit unit) {
        return driver.one(unit.getProcessInstanceId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN).getId();
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.body().forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private Answer upload(String user, Long assessmentId, byte[] content) {
        return http.upload(user, "/api/evidence/assessment/" + assessmentId, "a.pdf", "application/pdf", content);
    }
}
