package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.fundrisk.process.ApiProblem;
import javax.sql.DataSource;

import cn.fundrisk.process.PendingJobs;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One county unit (贵池区) through a whole campaign, over HTTP only, as Tasklist and other clients
 * drive it: the campaign is started with {@code POST /api/campaigns}, every user task is found,
 * claimed, read and submitted through Camunda's REST API ({@code /engine-rest}), and the outcome is
 * read back from {@code /api}. Every call uses HTTP Basic as a real user. Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.authorization.enabled=true") // every call as it runs in production
@ActiveProfiles("test")
// each database gets its own application; close it with its class (its engine registers as "default")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class CampaignApiFlowTestBase {

    static final String PASSWORD = "pw";
    static final String OFFICE = "office-x";
    static final String LEADER = "leader-x";
    static final String INSPECTOR_1 = "inspector-x1";
    static final String INSPECTOR_2 = "inspector-x2";
    static final String STAFF = "guichi-staff-x";
    static final String HEAD = "guichi-head-x";

    static final String UNIT = "guichi";
    static final String UNIT_NAME = "贵池区人力资源和社会保障局";
    static final String STAFF_GROUP = "unit-guichi";
    static final String HEAD_GROUP = "unit-guichi-head";
    static final String CAMPAIGN_PROCESS = "campaignProcess";
    static final String UNIT_PROCESS = "unitCampaignProcess";
    static final int YEAR = 2027;
    static final int ITEM_COUNT = 31;
    /** A county's items less the placeholders 7, 27, 29 the office left 不计分 (support/PlaceholdersSettled). */
    static final int SCORED_ITEMS = 28;
    static final int SCORED_POINTS = 94;
    static final List<Integer> NOT_SCORED = List.of(7, 27, 29);
    /** The item where the unit finds a problem and where the inspector deducts one point. */
    static final int PROBLEM_ITEM = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
    /** At least one Chinese character. */
    static final String CHINESE = "\\p{IsHan}";
    /** How Camunda's REST API writes dates. */
    static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    DataSource dataSource;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    PendingJobs pendingJobs;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    private HttpClientForTests http;

    /** "H2" or "PostgreSQL", as the JDBC driver names its database. */
    abstract String expectedDatabaseProduct();

    @BeforeEach
    void createUsers() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("office", "领导小组办公室（规划与基金监督科）", "WORKFLOW");
        identities.group("leaders", "社会保险基金管理风险防控工作领导小组", "WORKFLOW");
        identities.group("inspectors", "检查评估人员", "WORKFLOW");
        identities.group(STAFF_GROUP, UNIT_NAME + " 经办人员", "UNIT");
        identities.group(HEAD_GROUP, UNIT_NAME + " 单位负责人", "UNIT");
        identities.user(OFFICE, "office");
        identities.user(LEADER, "leaders");
        identities.user(INSPECTOR_1, "inspectors");
        identities.user(INSPECTOR_2, "inspectors");
        identities.user(STAFF, STAFF_GROUP);
        identities.user(HEAD, HEAD_GROUP);
    }

    @Test
    void runsOnTheExpectedDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void oneCountyUnitRunsThroughTheWholeCampaignOverHttp() {
        long campaignId = startCampaign();
        String campaignKey = Long.toString(campaignId);

        approveWorkPlan(campaignKey);
        JsonNode launching = http.get(OFFICE, "/api/campaigns/" + campaignId).ok();
        assertThat(launching.path("unitsStarted").asLong()).as("units start in jobs, after the approval").isZero();
        assertThat(launching.path("unitsTotal").asLong()).isEqualTo(1);
        runJobs(CAMPAIGN_PROCESS, campaignKey);
        assertThat(http.get(OFFICE, "/api/campaigns/" + campaignId).ok().path("unitsStarted").asLong()).isEqualTo(1);
        JsonNode unitSummary = single(http.get(OFFICE, "/api/campaigns/" + campaignId).ok().path("units"));
        long campaignUnitId = unitSummary.path("campaignUnitId").asLong();
        String unitKey = Long.toString(campaignUnitId);
        assertThat(phaseStatuses(unitSummary)).containsOnlyKeys("DEPLOYMENT", "SELF_INSPECTION", "RECTIFICATION",
                "SUMMARY", "COUNTY_INSPECTION", "EVALUATION").containsEntry("DEPLOYMENT", "ACTIVE")
                .containsEntry("SELF_INSPECTION", "PENDING");

        deployAtTheUnit(unitKey);
        selfInspect(unitKey);
        rectify(unitKey);
        fileStaffingTable(campaignUnitId, unitKey);
        writeAndApproveSummary(unitKey);
        inspectCounty(unitKey);
        openTheEvaluationPhase(unitKey);
        scoreAndReview(unitKey);
        decideAccountability(unitKey);

        assertThat(processInstanceCount(UNIT_PROCESS, unitKey)).as("unit process ended after its work").isZero();
        compileAndApproveResults(campaignKey);

        checkOutcome(campaignId, campaignUnitId);
        checkLedgerAndBulletin(campaignId);
        checkTrail();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------- 1. start the campaign (/api)

    private long startCampaign() {
        Answer anonymous = http.get(null, "/api/campaigns");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.problem(ApiProblem.LOGIN_REQUIRED)).isEqualTo("请先登录");
        // an unknown user: a wrong password of a real one would lock that user for a few seconds (Camunda's login delay)
        assertThat(http.get("intruder-x", PASSWORD, "/api/campaigns").status())
                .as("unknown user").isEqualTo(401);
        assertThat(http.get(null, "/engine-rest/task").status())
                .as("engine REST without credentials").isEqualTo(401);

        List<Long> campaignsBefore = campaignIds();
        long campaignInstancesBefore = processInstanceCount(CAMPAIGN_PROCESS, null);
        String name = "社保基金管理风险防控专项工作（接口测试）" + System.nanoTime();

        Answer byStaff = http.post(STAFF, "/api/campaigns",
                Map.of("name", name, "year", YEAR, "unitCodes", List.of(UNIT)));
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byStaff.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("只有领导小组办公室可以启动专项工作");

        Map<String, Object> outOfOrder = new LinkedHashMap<>();
        outOfOrder.put("name", name);
        outOfOrder.put("year", YEAR);
        outOfOrder.put("unitCodes", List.of(UNIT));
        outOfOrder.put("deadlines", Map.of("deployment", YEAR + "-04-30", "selfInspection", YEAR + "-04-01"));
        Answer rejected = http.post(OFFICE, "/api/campaigns", outOfOrder);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("问题排查截止时间（" + YEAR + "-04-01 23:59）必须晚于工作部署截止时间（"
                + YEAR + "-04-30 23:59）");

        assertThat(campaignIds()).as("rejected requests start no campaign").isEqualTo(campaignsBefore);
        assertThat(processInstanceCount(CAMPAIGN_PROCESS, null)).isEqualTo(campaignInstancesBefore);

        Answer created = http.post(OFFICE, "/api/campaigns",
                Map.of("name", name, "year", YEAR, "unitCodes", List.of(UNIT)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode campaign = created.body();
        long campaignId = campaign.path("id").asLong();
        assertThat(campaignId).isPositive();
        assertThat(created.header("Location")).endsWith("/api/campaigns/" + campaignId);
        assertThat(campaign.path("name").asText()).isEqualTo(name);
        assertThat(campaign.path("year").asInt()).isEqualTo(YEAR);
        assertThat(campaign.path("status").asText()).isEqualTo("RUNNING");
        assertThat(campaign.path("processInstanceId").asText()).isNotBlank();
        assertThat(deadlines(campaign)).containsEntry("DEPLOYMENT", YEAR + "-04-30T23:59:59+08:00")
                .containsEntry("SUMMARY", YEAR + "-07-30T23:59:59+08:00")
                .containsEntry("EVALUATION", YEAR + "-09-30T23:59:59+08:00");
        JsonNode unit = single(campaign.path("units"));
        assertThat(unit.path("unitCode").asText()).isEqualTo(UNIT);
        assertThat(unit.path("unitName").asText()).isEqualTo(UNIT_NAME);
        assertThat(unit.path("unitKind").asText()).isEqualTo("COUNTY");
        assertThat(unit.path("applicablePoints").asInt()).as("100 less items 7, 27, 29 (不计分)").isEqualTo(SCORED_POINTS);
        assertThat(phaseStatuses(unit)).as("the unit's phases come with its own start, after the work plan").isEmpty();

        List<Long> campaignsAfter = campaignIds();
        assertThat(campaignsAfter).contains(campaignId).hasSize(campaignsBefore.size() + 1);
        assertThat(single(http.get(STAFF, "/api/campaigns/" + campaignId).ok().path("units")).path("unitCode").asText())
                .as("the unit's staff see their own unit").isEqualTo(UNIT);
        return campaignId;
    }

    // ---------------------------------------------------------------- 2. every user task (/engine-rest)

    /** What the job executor (off in tests) would run next: the units' starts, the steps after items. */
    private void runJobs(String processKey, String businessKey) {
        pendingJobs.runFor(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).singleResult().getId());
    }

    private void approveWorkPlan(String campaignKey) {
        JsonNode draft = candidateTask(OFFICE, "office", "Task_DraftWorkPlan", CAMPAIGN_PROCESS, campaignKey);
        claim(OFFICE, draft);
        JsonNode draftForm = formVariables(OFFICE, draft);
        assertThat(text(draftForm, "campaignName")).startsWith("社保基金管理风险防控专项工作（接口测试）");
        assertThat(text(draftForm, "reviewComment")).isEmpty();
        submit(OFFICE, draft, values("planText", "一、工作目标；二、实施步骤；三、工作要求。"));

        JsonNode approve = candidateTask(LEADER, "leaders", "Task_ApproveWorkPlan", CAMPAIGN_PROCESS, campaignKey);
        claim(LEADER, approve);
        JsonNode approveForm = formVariables(LEADER, approve);
        assertThat(text(approveForm, "reviewSubject")).startsWith("工作方案：");
        assertThat(text(approveForm, "reviewContent")).isEqualTo("一、工作目标；二、实施步骤；三、工作要求。");
        submit(LEADER, approve, approve());
    }

    private void deployAtTheUnit(String unitKey) {
        JsonNode acknowledge = candidateTask(STAFF, STAFF_GROUP, "Task_AcknowledgePlan", UNIT_PROCESS, unitKey);
        assertThat(acknowledge.path("name").asText()).isEqualTo("签收工作方案：" + UNIT_NAME);
        assertThat(due(acknowledge)).isEqualTo(endOfDay(LocalDate.of(YEAR, 4, 30)));
        claim(STAFF, acknowledge);
        JsonNode form = formVariables(STAFF, acknowledge);
        assertThat(text(form, "unitName")).isEqualTo(UNIT_NAME);
        assertThat(text(form, "planText")).isEqualTo("一、工作目标；二、实施步骤；三、工作要求。");
        submit(STAFF, acknowledge, values("acknowledged", true, "contactPerson", "王联络", "contactPhone", "0566-2000000"));

        JsonNode plan = candidateTask(STAFF, STAFF_GROUP, "Task_DraftUnitPlan", UNIT_PROCESS, unitKey);
        claim(STAFF, plan);
        assertThat(text(formVariables(STAFF, plan), "reportTitle")).isEqualTo("本单位工作方案（第31项）");
        submit(STAFF, plan, values("reportText", "贵池区人社局工作方案：细化任务分解，明确时间节点。"));

        JsonNode approve = candidateTask(HEAD, HEAD_GROUP, "Task_ApproveUnitPlan", UNIT_PROCESS, unitKey);
        claim(HEAD, approve);
        assertThat(text(formVariables(HEAD, approve), "reviewContent")).startsWith("贵池区人社局工作方案");
        submit(HEAD, approve, approve());
    }

    private void selfInspect(String unitKey) {
        String itemQuery = query("candidateGroup", STAFF_GROUP, "taskDefinitionKey", "Task_SelfInspectItem",
                "processDefinitionKey", UNIT_PROCESS, "processInstanceBusinessKey", unitKey);
        assertThat(http.get(STAFF, "/engine-rest/task/count?" + itemQuery).ok().path("count").asInt())
                .isEqualTo(SCORED_ITEMS);
        JsonNode items = http.get(STAFF, "/engine-rest/task?" + itemQuery).ok();
        assertThat(items).hasSize(SCORED_ITEMS);

        List<Integer> itemNos = new ArrayList<>();
        for (JsonNode task : items) {
            assertThat(task.path("name").asText()).startsWith("第").contains("项自查：");
            claim(STAFF, task);
            JsonNode form = formVariables(STAFF, task);
            int itemNo = form.path("itemNo").path("value").asInt();
            itemNos.add(itemNo);
            assertThat(task.path("name").asText()).startsWith("第" + itemNo + "项自查：");
            assertThat(text(form, "taskText")).as("task text of item %d", itemNo).containsPattern(CHINESE);
            assertThat(text(form, "categoryName")).containsPattern(CHINESE);
            assertThat(text(form, "unitName")).isEqualTo(UNIT_NAME);
            assertThat(form.path("points").path("value").asInt()).isPositive();
            assertThat(form.path("problems").path("type").asText()).isEqualTo("Json");
            assertThat(text(form, "evidenceUrl")).startsWith("/evidence/assessment/");
            if (itemNo == 1) {
                assertThat(text(form, "taskText")).startsWith("完善社会保险基金管理风险内部控制制度");
                assertThat(form.path("points").path("value").asInt()).isEqualTo(6);
            }
            if (itemNo == PROBLEM_ITEM) {
                String problems = "[{\"description\":\"会计与出纳由同一人兼任\",\"cause\":\"编制不足，出纳由会计兼任\","
                        + "\"riskLevel\":\"HIGH\",\"measure\":\"调整岗位分工，出纳另设专人\","
                        + "\"responsiblePerson\":\"李科长\",\"responsibleLeader\":\"王副局长\","
                        + "\"plannedDate\":\"" + YEAR + "-06-15\"}]";
                submit(STAFF, task, values("result", "PROBLEM", "note", "发现一处岗位兼任", "problems", jsonValue(problems)));
            } else {
                submit(STAFF, task, values("result", "COMPLIANT", "note", "经自查符合要求", "problems", jsonValue("[]")));
            }
        }
        assertThat(itemNos).containsExactlyInAnyOrderElementsOf(
                range(1, ITEM_COUNT).stream().filter(n -> !NOT_SCORED.contains(n)).toList());
        runJobs(UNIT_PROCESS, unitKey); // each item's completion continues in a job

        JsonNode report = candidateTask(STAFF, STAFF_GROUP, "Task_WriteSelfInspectionReport", UNIT_PROCESS, unitKey);
        claim(STAFF, report);
        assertThat(text(formVariables(STAFF, report), "reportTitle")).isEqualTo("自查报告");
        submit(STAFF, report, values("reportText", "对照任务分解表逐项自查，发现问题一个，已制定整改措施。"));

        JsonNode review = candidateTask(HEAD, HEAD_GROUP, "Task_ReviewSelfInspection", UNIT_PROCESS, unitKey);
        claim(HEAD, review);
        assertThat(text(formVariables(HEAD, review), "reviewContent")).contains("| " + PROBLEM_ITEM + " | 存在问题 | 1 | "
                + STAFF + " |");
        submit(HEAD, review, values("decision", "APPROVE", "comment", "同意", "returnedItems", ""));

        // the office sees every unit's work; the unit's own people see only what is theirs to do
        assertThat(openTaskKeys(OFFICE, unitKey)).containsExactlyInAnyOrder("Task_RectifyProblem",
                "Task_FileStaffingTable", "Task_WriteSummaryReport", "Task_InspectCounty");
        assertThat(openTaskKeys(STAFF, unitKey)).containsExactlyInAnyOrder("Task_RectifyProblem",
                "Task_FileStaffingTable", "Task_WriteSummaryReport");
        assertThat(openTaskKeys(HEAD, unitKey)).isEmpty();
    }

    private void rectify(String unitKey) {
        JsonNode rectify = candidateTask(STAFF, STAFF_GROUP, "Task_RectifyProblem", UNIT_PROCESS, unitKey);
        assertThat(rectify.path("name").asText()).isEqualTo("整改第" + PROBLEM_ITEM + "项问题：会计与出纳由同一人兼任");
        assertThat(due(rectify)).as("the unit's planned date, earlier than the item's").isEqualTo(
                endOfDay(LocalDate.of(YEAR, 6, 15)));
        claim(STAFF, rectify);
        JsonNode form = formVariables(STAFF, rectify);
        assertThat(text(form, "problemDescription")).isEqualTo("会计与出纳由同一人兼任");
        assertThat(text(form, "dueDate")).isEqualTo(YEAR + "-06-15");
        assertThat(text(form, "cause")).isEqualTo("编制不足，出纳由会计兼任");
        assertThat(text(form, "riskLevel")).isEqualTo("高");
        String yesterday = LocalDate.now(BUREAU_ZONE).minusDays(1).toString();
        submit(STAFF, rectify, values("outcome", "RECTIFIED", "actionTaken", "已调整岗位分工，出纳由专人担任",
                "completedOn", yesterday));

        JsonNode verify = candidateTask(HEAD, HEAD_GROUP, "Task_VerifyRectification", UNIT_PROCESS, unitKey);
        claim(HEAD, verify);
        assertThat(text(formVariables(HEAD, verify), "reviewContent")).contains("已调整岗位分工", "实际完成时间");
        submit(HEAD, verify, approve());

        JsonNode closeOff = candidateTask(OFFICE, "office", "Task_CloseOffProblem", UNIT_PROCESS, unitKey);
        claim(OFFICE, closeOff);
        assertThat(text(formVariables(OFFICE, closeOff), "reviewSubject")).isEqualTo("核实销号：" + UNIT_NAME + " 第"
                + PROBLEM_ITEM + "项问题");
        submit(OFFICE, closeOff, values("decision", "APPROVE", "comment", "同意销号"));
    }

    /** 附件2 entered over REST and filed (备案) from the staffing API; the office receives the filing. */
    private void fileStaffingTable(long campaignUnitId, String unitKey) {
        Answer saved = http.put(STAFF, "/api/campaign-units/" + campaignUnitId + "/staffing", List.of(
                Map.of("name", "李会计", "positions", List.of("会计"), "duties", "基金会计核算", "formal", true,
                        "yearsInPosition", 3),
                Map.of("name", "王出纳", "positions", List.of("出纳"), "duties", "基金出纳", "formal", true,
                        "yearsInPosition", 1)));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        Answer byOffice = http.post(OFFICE, "/api/campaign-units/" + campaignUnitId + "/staffing/filing", Map.of());
        assertThat(byOffice.status()).as("only the unit files its table").isEqualTo(403);
        Answer filed = http.post(STAFF, "/api/campaign-units/" + campaignUnitId + "/staffing/filing",
                Map.of("note", "按第3项要求报送"));
        assertThat(filed.status()).as(filed.raw()).isEqualTo(200);
        assertThat(filed.body().path("stateLabel").asText()).isEqualTo("已报送，待领导小组办公室签收");

        JsonNode receive = candidateTask(OFFICE, "office", "Task_ReceiveStaffingFiling", UNIT_PROCESS, unitKey);
        claim(OFFICE, receive);
        assertThat(text(formVariables(OFFICE, receive), "reviewContent")).contains("李会计", "王出纳", "按第3项要求报送");
        submit(OFFICE, receive, approve());
        assertThat(http.get(HEAD, "/api/campaign-units/" + campaignUnitId + "/staffing/filing").ok()
                .path("stateLabel").asText()).isEqualTo("已备案");
    }

    private void writeAndApproveSummary(String unitKey) {
        Map<Integer, Integer> points = checklistPoints();
        JsonNode write = candidateTask(STAFF, STAFF_GROUP, "Task_WriteSummaryReport", UNIT_PROCESS, unitKey);
        claim(STAFF, write);
        JsonNode form = serializedFormVariables(STAFF, write);
        assertThat(form.path("sheet").path("type").asText()).isEqualTo("Json");
        JsonNode sheet = sheet(form);
        assertThat(sheet.path("maxTotal").asInt()).isEqualTo(SCORED_POINTS);
        for (int n = 1; n <= ITEM_COUNT; n++) {
            JsonNode item = sheet.path("i" + n);
            assertThat(item.path("shown").asBoolean()).as("item %d of a county, those 不计分 included", n).isTrue();
            assertThat(item.path("scored").asBoolean()).as("item %d", n).isEqualTo(!NOT_SCORED.contains(n));
            assertThat(item.path("points").asInt()).as("item %d", n).isEqualTo(points.getOrDefault(n, 2));
        }

        Map<String, Object> tooMuch = summaryValues(points);
        tooMuch.put("selfScore1", Map.of("value", points.get(1) + 1));
        Answer rejected = submitForm(STAFF, write, tooMuch);
        assertThat(rejected.status()).as("bad self-score: %s", rejected.raw()).isEqualTo(400);
        assertThat(rejected.message()).isEqualTo("第1项自评分须在 0 至 6 分之间，当前为 7");
        JsonNode stillOpen = http.get(STAFF, "/engine-rest/task/" + write.path("id").asText()).ok();
        assertThat(stillOpen.path("assignee").asText()).as("the rejected task stays open and claimed").isEqualTo(STAFF);
        assertThat(openTaskKeys(STAFF, unitKey)).contains("Task_WriteSummaryReport").doesNotContain("Task_ApproveSummaryReport");

        submit(STAFF, write, summaryValues(points));

        JsonNode approve = candidateTask(HEAD, HEAD_GROUP, "Task_ApproveSummaryReport", UNIT_PROCESS, unitKey);
        claim(HEAD, approve);
        assertThat(text(formVariables(HEAD, approve), "reviewSubject")).isEqualTo(UNIT_NAME + " 总结报告及自评分");
        submit(HEAD, approve, approve());

        JsonNode receive = candidateTask(OFFICE, "office", "Task_ReceiveSummaryReport", UNIT_PROCESS, unitKey);
        assertThat(receive.path("name").asText()).isEqualTo("签收总结报告：" + UNIT_NAME);
        claim(OFFICE, receive);
        assertThat(text(formVariables(OFFICE, receive), "reviewContent")).contains("### 整改情况（报送时）", "已销号 1 个");
        submit(OFFICE, receive, approve());
    }

    /**
     * Scoring waits for the evaluation phase: the engine clock is moved past the county-inspection
     * deadline (31 July) and the unit's 检查评估开始 timer fired through the job API.
     */
    private void openTheEvaluationPhase(String unitKey) {
        assertThat(openTaskKeys(OFFICE, unitKey)).as("no scoring before the evaluation phase").isEmpty();
        String unitPi = runtimeService.createProcessInstanceQuery().processDefinitionKey(UNIT_PROCESS)
                .processInstanceBusinessKey(unitKey).singleResult().getId();
        org.camunda.bpm.engine.runtime.Job opens = managementService.createJobQuery().processInstanceId(unitPi)
                .activityId("IntermediateCatchEvent_EvaluationOpens").singleResult();
        assertThat(opens.getDuedate().toInstant()).isEqualTo(endOfDay(LocalDate.of(YEAR, 7, 31)));
        ClockUtil.setCurrentTime(java.util.Date.from(endOfDay(LocalDate.of(YEAR, 8, 1))));
        managementService.executeJob(opens.getId());
    }

    /** 问责研判 as the office, over /engine-rest: a 约谈 of the unit, with its basis. */
    private void decideAccountability(String unitKey) {
        JsonNode decide = candidateTask(OFFICE, "office", "Task_DecideAccountability", UNIT_PROCESS, unitKey);
        assertThat(decide.path("name").asText()).isEqualTo("问责研判：" + UNIT_NAME);
        assertThat(http.get(STAFF, "/engine-rest/task/" + id(decide)).status()).as("not the unit's to see")
                .isNotEqualTo(200);
        claim(OFFICE, decide);
        JsonNode form = formVariables(OFFICE, decide);
        assertThat(text(form, "unitFacts")).contains("**考核得分**：93.0 / 94 分");
        assertThat(form.path("targetOptions").path("type").asText()).isEqualTo("Json");
        Answer noBasis = submitForm(OFFICE, decide, values("conclusion", "DECIDE", "target", "UNIT", "method", "INTERVIEW",
                "decidedOn", YEAR + "-08-01", "decidedBy", "局党组"));
        assertThat(noBasis.status()).isEqualTo(400);
        assertThat(noBasis.message()).isEqualTo("请填写问责决定的依据");
        submit(OFFICE, decide, values("conclusion", "DECIDE", "target", "UNIT", "method", "INTERVIEW",
                "basis", "第3项岗位不相容问题自查后方整改", "decidedOn", YEAR + "-08-01", "decidedBy", "局党组",
                "note", "约谈分管领导"));
    }

    private void inspectCounty(String unitKey) {
        JsonNode inspect = candidateTask(OFFICE, "office", "Task_InspectCounty", UNIT_PROCESS, unitKey);
        assertThat(inspect.path("name").asText()).isEqualTo("县区实地检查：" + UNIT_NAME);
        claim(OFFICE, inspect);
        assertThat(text(formVariables(OFFICE, inspect), "unitName")).isEqualTo(UNIT_NAME);
        // yesterday in the bureau's zone: never "later than today", whenever the test runs
        String date = LocalDate.now(BUREAU_ZONE).minusDays(1).toString();
        submit(OFFICE, inspect, values("inspectionDate", date, "findings", "实地检查：岗位分工问题已整改，台账齐全。"));
    }

    private void scoreAndReview(String unitKey) {
        Map<Integer, Integer> points = checklistPoints();
        JsonNode score = candidateTask(INSPECTOR_1, "inspectors", "Task_ScoreUnit", UNIT_PROCESS, unitKey);
        assertThat(score.path("name").asText()).isEqualTo("考核评分：" + UNIT_NAME);
        claim(INSPECTOR_1, score);
        JsonNode shown = sheet(serializedFormVariables(INSPECTOR_1, score));
        assertThat(shown.path("i1").path("selfScore").asDouble()).isEqualTo(6.0);
        assertThat(shown.path("i28").path("scored").asBoolean()).as("item 28 is a county's").isTrue();
        Map<String, Object> scores = new LinkedHashMap<>();
        points.forEach((n, p) -> {
            scores.put("score" + n, Map.of("value", n == PROBLEM_ITEM ? p - 1 : p));
            scores.put("reason" + n, Map.of("value", n == PROBLEM_ITEM ? "岗位不相容问题自查发现后方整改" : ""));
        });
        submit(INSPECTOR_1, score, scores);

        // the scorer is not offered his own sheet's review: he neither sees nor claims it (the refusal on
        // completion stays behind it: AuditTrailTest, SummaryAndEvaluationTest)
        assertThat(openTaskKeys(INSPECTOR_1, unitKey)).doesNotContain("Task_ReviewScoreSheet");
        JsonNode review = candidateTask(INSPECTOR_2, "inspectors", "Task_ReviewScoreSheet", UNIT_PROCESS, unitKey);
        Answer ownSheet = http.post(INSPECTOR_1, "/engine-rest/task/" + id(review) + "/claim",
                Map.of("userId", INSPECTOR_1));
        assertThat(ownSheet.status()).as("scorer claims the review of his own sheet: %s", ownSheet.raw()).isIn(403, 404);
        claim(INSPECTOR_2, review);
        assertThat(text(formVariables(INSPECTOR_2, review), "reviewContent")).startsWith("评分人：" + INSPECTOR_1);
        submit(INSPECTOR_2, review, approve());
    }

    private void compileAndApproveResults(String campaignKey) {
        JsonNode compile = candidateTask(OFFICE, "office", "Task_CompileResults", CAMPAIGN_PROCESS, campaignKey);
        claim(OFFICE, compile);
        assertThat(text(formVariables(OFFICE, compile), "rankingTable")).contains(UNIT_NAME);
        submit(OFFICE, compile, values("resultsNote", "贵池区得分 99 分，排名第一。"));

        JsonNode approve = candidateTask(LEADER, "leaders", "Task_ApproveResults", CAMPAIGN_PROCESS, campaignKey);
        claim(LEADER, approve);
        assertThat(text(formVariables(LEADER, approve), "reviewContent")).contains("贵池区得分 99 分，排名第一。");
        submit(LEADER, approve, approve());
    }

    // ---------------------------------------------------------------- 4. the outcome (/api)

    private void checkOutcome(long campaignId, long campaignUnitId) {
        Map<Integer, Integer> points = checklistPoints();
        JsonNode campaign = http.get(OFFICE, "/api/campaigns/" + campaignId).ok();
        assertThat(campaign.path("status").asText()).isEqualTo("CLOSED");
        assertThat(campaign.path("workPlanStatus").asText()).isEqualTo("APPROVED");
        JsonNode unit = single(campaign.path("units"));
        assertThat(phaseStatuses(unit)).hasSize(6).allSatisfy((phase, status) -> assertThat(status)
                .as("phase %s", phase).isEqualTo("DONE"));
        for (JsonNode phase : unit.path("phases")) {
            assertThat(phase.path("statusLabel").asText()).as("%s", phase).isEqualTo("已完成");
            assertThat(phase.path("late").asBoolean()).isFalse();
        }
        assertThat(unit.path("selfScoreTotal").decimalValue()).isEqualByComparingTo("94");
        assertThat(unit.path("finalScore").isNumber()).isTrue();
        assertThat(unit.path("finalScore").asDouble()).isEqualTo(93.0);
        assertThat(unit.path("scoreRate").decimalValue()).as("93 / 94").isEqualByComparingTo("0.9894");
        assertThat(unit.path("ranking").asInt()).isEqualTo(1);

        JsonNode detail = http.get(OFFICE, "/api/campaign-units/" + campaignUnitId).ok();
        assertThat(detail.path("campaignId").asLong()).isEqualTo(campaignId);
        assertThat(detail.path("finalScore").asDouble()).isEqualTo(93.0);
        JsonNode problem = single(detail.path("problems"));
        assertThat(problem.path("itemNo").asInt()).isEqualTo(PROBLEM_ITEM);
        assertThat(problem.path("status").asText()).isEqualTo("CLOSED_OFF");
        assertThat(problem.path("statusLabel").asText()).isEqualTo("已销号");
        assertThat(problem.path("cause").asText()).isEqualTo("编制不足，出纳由会计兼任");
        assertThat(problem.path("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(problem.path("responsibleLeader").asText()).isEqualTo("王副局长");
        assertThat(problem.path("closedOffBy").asText()).isEqualTo(OFFICE);
        assertThat(problem.path("actionTaken").asText()).isEqualTo("已调整岗位分工，出纳由专人担任");
        assertThat(detail.path("assessments")).hasSize(SCORED_ITEMS);
        for (JsonNode assessment : detail.path("assessments")) {
            assertThat(assessment.path("result").asText()).isEqualTo(
                    assessment.path("itemNo").asInt() == PROBLEM_ITEM ? "PROBLEM" : "COMPLIANT");
            assertThat(assessment.path("status").asText()).isEqualTo("APPROVED");
        }
        Map<String, String> reports = new TreeMap<>();
        detail.path("reports").forEach(r -> reports.put(r.path("kind").asText(), r.path("status").asText()));
        assertThat(reports).containsEntry("UNIT_PLAN", "APPROVED").containsEntry("SELF_INSPECTION", "APPROVED")
                .containsEntry("SUMMARY", "APPROVED").containsEntry("COUNTY_INSPECTION", "SUBMITTED")
                .containsEntry("STAFFING_FILING", "APPROVED");
        detail.path("reports").forEach(r -> {
            if (r.path("kind").asText().equals("SUMMARY") || r.path("kind").asText().equals("STAFFING_FILING")) {
                assertThat(r.path("receipt").asText()).as("%s", r.path("kind")).isEqualTo("ACCEPTED");
                assertThat(r.path("receivedBy").asText()).isEqualTo(OFFICE);
            }
        });
        JsonNode decision = single(http.get(STAFF, "/api/campaign-units/" + campaignUnitId + "/accountability").ok());
        assertThat(decision.path("methodLabel").asText()).isEqualTo("约谈");
        assertThat(decision.path("target").asText()).isEqualTo("本单位");
        assertThat(decision.path("occasion").asText()).isEqualTo("EVALUATION");

        JsonNode sheet = detail.path("scoreSheet");
        assertThat(sheet.path("status").asText()).isEqualTo("APPROVED");
        assertThat(sheet.path("scoredBy").asText()).isEqualTo(INSPECTOR_1);
        assertThat(sheet.path("reviewedBy").asText()).isEqualTo(INSPECTOR_2);
        assertThat(sheet.path("total").asDouble()).isEqualTo(93.0);
        assertThat(sheet.path("items")).hasSize(SCORED_ITEMS);
        for (JsonNode item : sheet.path("items")) {
            boolean deducted = item.path("itemNo").asInt() == PROBLEM_ITEM;
            assertThat(item.path("score").asDouble()).isEqualTo(points.get(item.path("itemNo").asInt())
                    - (deducted ? 1.0 : 0.0));
            assertThat(item.path("deductionReason").isNull()).isEqualTo(!deducted);
        }

        assertThat(http.get(STAFF, "/api/campaign-units/" + campaignUnitId).status()).as("the unit sees its own result")
                .isEqualTo(200);
        String campaignKey = Long.toString(campaignId);
        assertThat(processInstanceCount(CAMPAIGN_PROCESS, campaignKey)).as("campaign process ended").isZero();
        assertThat(processInstanceCount(UNIT_PROCESS, Long.toString(campaignUnitId))).isZero();
        assertThat(http.get(OFFICE, "/engine-rest/task/count?" + query("processInstanceBusinessKey", campaignKey,
                "processDefinitionKey", CAMPAIGN_PROCESS)).ok().path("count").asInt()).isZero();
        JsonNode history = single(http.get(OFFICE, "/engine-rest/history/process-instance?" + query(
                "processInstanceBusinessKey", campaignKey, "processDefinitionKey", CAMPAIGN_PROCESS)).ok());
        assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
    }

    /** The 整改台账 with its new columns and the 问责 sheet, and the bulletin's 问责情况, on this database. */
    private void checkLedgerAndBulletin(long campaignId) {
        Answer ledger = http.get(OFFICE, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx");
        assertThat(ledger.status()).as(ledger.raw()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(ledger.bytes()))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            var sheet = book.getSheet("整改台账");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(formatter.formatCellValue(c)));
            List<String> row = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                row.add(formatter.formatCellValue(sheet.getRow(1).getCell(c)));
            }
            Map<String, String> problem = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                problem.put(header.get(c), row.get(c));
            }
            assertThat(problem).containsEntry("原因分析", "编制不足，出纳由会计兼任").containsEntry("风险等级", "高")
                    .containsEntry("责任领导", "王副局长").containsEntry("状态", "已销号").containsEntry("销号人", OFFICE + " 测试")
                    .containsEntry("实际完成时间", LocalDate.now(BUREAU_ZONE).minusDays(1).toString());
            var decisions = book.getSheet("问责记录");
            assertThat(formatter.formatCellValue(decisions.getRow(1).getCell(0))).isEqualTo(UNIT_NAME);
            assertThat(formatter.formatCellValue(decisions.getRow(1).getCell(2))).isEqualTo("约谈");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String bulletin = http.getPage(OFFICE, "/campaigns/" + campaignId + "/bulletin").raw();
        assertThat(bulletin).contains("五、问责情况", "第3项岗位不相容问题自查后方整改", "局党组");
    }

    // ---------------------------------------------------------------- 4. the audit trail (/api/audit)

    /** The trail, read back with every filter on this database: the staff's changes and their rejected submission. */
    private void checkTrail() {
        LocalDate today = LocalDate.now(BUREAU_ZONE);
        JsonNode staffRows = http.get(OFFICE, "/api/audit?" + query("unit", UNIT, "user", STAFF, "from",
                today.minusDays(1).toString(), "to", today.plusDays(1).toString(), "size", "500")).ok();
        List<JsonNode> entries = new ArrayList<>();
        staffRows.path("entries").forEach(entries::add);
        assertThat(entries).hasSize(staffRows.path("total").asInt()).allSatisfy(e -> {
            assertThat(e.path("unitCode").asText()).isEqualTo(UNIT);
            assertThat(e.path("userId").asText()).isEqualTo(STAFF);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("REJECTED");
            assertThat(e.path("entityType").asText()).isEqualTo("Task");
            assertThat(e.path("field").asText()).isEqualTo("Task_WriteSummaryReport");
            assertThat(e.path("note").asText()).isEqualTo("第1项自评分须在 0 至 6 分之间，当前为 7");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("UPDATE");
            assertThat(e.path("entityType").asText()).isEqualTo("ItemAssessment");
            assertThat(e.path("field").asText()).isEqualTo("result");
            assertThat(e.path("newValue").asText()).isEqualTo("PROBLEM");
        });
        JsonNode secondPage = http.get(OFFICE, "/api/audit?" + query("unit", UNIT, "page", "1", "size", "2")).ok();
        assertThat(secondPage.path("entries")).hasSize(2);
        assertThat(http.get(OFFICE, "/api/audit?"
                + query("unit", UNIT, "user", STAFF, "to", today.minusDays(2).toString()))
                .ok().path("total").asInt()).isZero();

        Answer export = http.get(OFFICE, "/api/audit/export.xlsx?" + query("unit", UNIT, "user", HEAD));
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        assertThat(export.raw()).startsWith("PK");
        assertThat(http.get(STAFF, "/api/audit?unit=ldj").status()).as("another unit's trail").isEqualTo(403);
    }

    // ---------------------------------------------------------------- form values as Tasklist sends them

    /** Pairs of name, value: each as {"value": ...}; a {@link #jsonValue} is sent as is. */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            variables.put((String) namesAndValues[i], value instanceof JsonVariable json ? json.asMap()
                    : java.util.Collections.singletonMap("value", value));
        }
        return variables;
    }

    /** A dynamic list as form-js and Tasklist submit it: a Json variable with the serialized list. */
    static JsonVariable jsonValue(String serialized) {
        return new JsonVariable(serialized);
    }

    record JsonVariable(String serialized) {
        Map<String, Object> asMap() {
            return Map.of("type", "Json", "value", serialized);
        }
    }

    static Map<String, Object> approve() {
        return values("decision", "APPROVE", "comment", "同意");
    }

    private static Map<String, Object> summaryValues(Map<Integer, Integer> points) {
        Map<String, Object> values = values("reportText", "按任务分解表逐项落实，问题已全部整改，自评 94 分。");
        points.forEach((n, p) -> values.put("selfScore" + n, Map.of("value", p)));
        return values;
    }

    /** Item number to points of the scored items, as the catalogue (GET /api/checklist) has them. */
    private Map<Integer, Integer> checklistPoints() {
        JsonNode items = http.get(STAFF, "/api/checklist").ok();
        assertThat(items).hasSize(ITEM_COUNT);
        Map<Integer, Integer> points = new TreeMap<>();
        items.forEach(item -> {
            if (item.path("scored").asBoolean()) {
                points.put(item.path("itemNo").asInt(), item.path("points").asInt());
            }
        });
        assertThat(points).hasSize(SCORED_ITEMS);
        assertThat(points.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SCORED_POINTS);
        return points;
    }

    /** The sheet a score form shows (the Json variable sheet, as Tasklist reads it: deserializeValues=false). */
    static JsonNode sheet(JsonNode form) {
        try {
            return JSON.readTree(form.path("sheet").path("value").asText());
        } catch (JsonProcessingException e) {
            throw new AssertionError("sheet is no JSON: " + form.path("sheet"), e);
        }
    }

    // ---------------------------------------------------------------- tasks over /engine-rest

    /** The one open, unassigned task of a definition in one process instance, offered to the group. */
    private JsonNode candidateTask(String user, String group, String taskKey, String processKey, String businessKey) {
        JsonNode tasks = http.get(user, "/engine-rest/task?" + query("candidateGroup", group,
                "taskDefinitionKey", taskKey, "processDefinitionKey", processKey,
                "processInstanceBusinessKey", businessKey)).ok();
        assertThat(tasks).as("open %s for %s in %s %s", taskKey, group, processKey, businessKey).hasSize(1);
        JsonNode task = tasks.get(0);
        assertThat(task.path("assignee").isNull()).isTrue();
        assertThat(task.path("name").asText()).containsPattern(CHINESE);
        return task;
    }

    private List<String> openTaskKeys(String user, String unitKey) {
        List<String> keys = new ArrayList<>();
        http.get(user, "/engine-rest/task?" + query("processDefinitionKey", UNIT_PROCESS, "processInstanceBusinessKey",
                unitKey)).ok().forEach(t -> keys.add(t.path("taskDefinitionKey").asText()));
        return keys;
    }

    private void claim(String user, JsonNode task) {
        Answer answer = http.post(user, "/engine-rest/task/" + id(task) + "/claim", Map.of("userId", user));
        assertThat(answer.status()).as("claim %s: %s", task.path("taskDefinitionKey").asText(), answer.raw())
                .isEqualTo(204);
    }

    private JsonNode formVariables(String user, JsonNode task) {
        return http.get(user, "/engine-rest/task/" + id(task) + "/form-variables").ok();
    }

    /** The form's variables as Tasklist reads them: a Json variable's value as its serialized JSON text. */
    private JsonNode serializedFormVariables(String user, JsonNode task) {
        return http.get(user, "/engine-rest/task/" + id(task) + "/form-variables?deserializeValues=false").ok();
    }

    private Answer submitForm(String user, JsonNode task, Map<String, Object> variables) {
        return http.post(user, "/engine-rest/task/" + id(task) + "/submit-form", Map.of("variables", variables));
    }

    private void submit(String user, JsonNode task, Map<String, Object> variables) {
        Answer answer = submitForm(user, task, variables);
        assertThat(answer.status()).as("submit %s as %s: %s", task.path("taskDefinitionKey").asText(), user,
                answer.raw()).isEqualTo(204);
        assertThat(http.get(user, "/engine-rest/task/" + id(task)).status()).as("completed task is gone")
                .isEqualTo(404);
    }

    private long processInstanceCount(String processKey, String businessKey) {
        String query = businessKey == null ? query("processDefinitionKey", processKey)
                : query("processDefinitionKey", processKey, "businessKey", businessKey);
        return http.get(OFFICE, "/engine-rest/process-instance/count?" + query).ok().path("count").asLong();
    }

    private List<Long> campaignIds() {
        List<Long> ids = new ArrayList<>();
        http.get(OFFICE, "/api/campaigns").ok().forEach(c -> ids.add(c.path("id").asLong()));
        return ids;
    }

    private static Instant due(JsonNode task) {
        return OffsetDateTime.parse(task.path("due").asText(), REST_DATE).toInstant();
    }

    /** Deadlines are the end of a day in the bureau's zone. */
    private static Instant endOfDay(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59)).atZone(BUREAU_ZONE).toInstant();
    }

    private static String id(JsonNode task) {
        return task.path("id").asText();
    }

    private static String text(JsonNode formVariables, String name) {
        JsonNode variable = formVariables.path(name);
        assertThat(variable.isMissingNode()).as("form variable %s in %s", name, formVariables).isFalse();
        return variable.path("value").asText();
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array.isArray()).as("%s", array).isTrue();
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static Map<String, String> phaseStatuses(JsonNode unit) {
        Map<String, String> statuses = new LinkedHashMap<>();
        unit.path("phases").forEach(p -> statuses.put(p.path("phase").asText(), p.path("status").asText()));
        return statuses;
    }

    private static Map<String, String> deadlines(JsonNode campaign) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        campaign.path("deadlines").forEach(d -> deadlines.put(d.path("phase").asText(), d.path("deadline").asText()));
        return deadlines;
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    // ---------------------------------------------------------------- HTTP

    static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
