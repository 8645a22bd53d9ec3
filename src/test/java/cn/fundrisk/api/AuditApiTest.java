package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail over HTTP, as the office, a leader, units and an inspector read it: filters by
 * unit, user and day, pages, the .xlsx export, the page, and who may read which rows. A campaign
 * for ldj and ylbx provides the trail; ldj's head tries to approve the plan he drafted himself over
 * Camunda's REST API, as Tasklist does, and the trail names that task and unit.
 * <p>
 * Runs on its own in-memory database, so that it counts only its own rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-audit;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
// its engine registers as "default" too: close it with the class
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuditApiTest {

    static final String PASSWORD = "pw";
    static final String OFFICE = "office-au";
    static final String LEADER = "leader-au";
    static final String INSPECTOR = "inspector-au";
    static final String LDJ_STAFF = "ldj-staff-au";
    static final String LDJ_HEAD = "ldj-head-au";
    static final String YLBX_STAFF = "ylbx-staff-au";
    static final String LDJ_NAME = "市劳动就业管理局";
    static final String SELF_APPROVAL = "不能审核本人提交的本单位工作方案，请由单位负责人审核";
    /** The columns that read as the page does, then the raw values as recorded. */
    static final List<String> HEADERS = List.of("时间", "操作人", "操作", "对象", "单位", "字段", "原值", "新值", "说明",
            "用户名", "记录类型", "记录编号", "字段名", "原值（原始）", "新值（原始）");

    /** ldj's plan approval task, which the head tried to complete: one campaign for all tests of the class. */
    private static String approvalTaskId;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskDriver driver;
    @Autowired
    CampaignUnits campaignUnits;

    private HttpClientForTests http;

    @BeforeEach
    void trail() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        for (String group : List.of("office", "leaders", "inspectors", "unit-ldj", "unit-ldj-head", "unit-ylbx")) {
            identities.group(group, group, "WORKFLOW");
        }
        identities.user(OFFICE, "office");
        identities.user(LEADER, "leaders");
        identities.user(INSPECTOR, "inspectors");
        identities.user(LDJ_STAFF, "unit-ldj");
        identities.user(LDJ_HEAD, "unit-ldj-head");
        identities.user(YLBX_STAFF, "unit-ylbx");
        if (approvalTaskId == null) {
            approvalTaskId = campaignWithASelfApprovalAttempt();
        }
    }

    /** Started over /api; work plan, acknowledgements and drafts through the form path; the attempt over REST. */
    private String campaignWithASelfApprovalAttempt() {
        Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", "留痕测试", "year", 2027,
                "unitCodes", List.of("ldj", "ylbx")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String campaignPi = created.body().path("processInstanceId").asText();
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案正文"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of("decision", "APPROVE", "comment", "同意"));

        long campaignId = created.body().path("id").asLong();
        String ldj = null;
        for (var unit : campaignUnits.findByCampaign(campaignId)) {
            String code = unit.getUnit().getCode();
            driver.submit(unit.getProcessInstanceId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN,
                    code.equals("ldj") ? LDJ_STAFF : YLBX_STAFF, Map.of("acknowledged", true, "contactPerson", "联络员"));
            if (code.equals("ldj")) {
                ldj = unit.getProcessInstanceId();
            }
        }
        driver.submit(ldj, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, LDJ_HEAD, Map.of("reportText", "负责人起草的方案"));
        Task approval = driver.one(ldj, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN);
        Answer attempt = http.post(LDJ_HEAD, "/engine-rest/task/" + approval.getId() + "/submit-form",
                Map.of("variables", Map.of("decision", Map.of("value", "APPROVE"), "comment", Map.of("value", "同意"))));
        assertThat(attempt.status()).as(attempt.raw()).isEqualTo(400);
        assertThat(attempt.message()).isEqualTo(SELF_APPROVAL);
        return approval.getId();
    }

    @Test
    void theOfficeFiltersByUnitUserAndDayNewestFirst() {
        JsonNode ldj = http.get(OFFICE, "/api/audit?unit=ldj&size=500").ok();
        long total = ldj.path("total").asLong();
        List<JsonNode> entries = list(ldj.path("entries"));
        assertThat(entries).hasSize((int) total).allSatisfy(e -> {
            assertThat(e.path("unitCode").asText()).isEqualTo("ldj");
            assertThat(e.path("unitName").asText()).isEqualTo(LDJ_NAME);
        });
        assertThat(entries).extracting(e -> OffsetDateTime.parse(e.path("occurredAt").asText()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(entries).filteredOn(e -> e.path("action").asText().equals("REJECTED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.path("userId").asText()).isEqualTo(LDJ_HEAD);
                    assertThat(e.path("note").asText()).isEqualTo(SELF_APPROVAL);
                    assertThat(e.path("entityType").asText()).isEqualTo("Task");
                    assertThat(e.path("entityId").asText()).isEqualTo(approvalTaskId);
                    assertThat(e.path("field").asText()).isEqualTo(UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN);
                    assertThat(e.path("actionLabel").asText()).isEqualTo("操作被拒绝");
                });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("action").asText()).isEqualTo("UPDATE");
            assertThat(e.path("entityType").asText()).isEqualTo("UnitReport");
            assertThat(e.path("field").asText()).isEqualTo("body");
            assertThat(e.path("oldValue").isNull()).isTrue();
            assertThat(e.path("newValue").asText()).isEqualTo("负责人起草的方案");
            assertThat(e.path("userId").asText()).isEqualTo(LDJ_HEAD);
        });

        JsonNode byHead = http.get(OFFICE, "/api/audit?user=" + LDJ_HEAD).ok();
        assertThat(byHead.path("total").asLong()).isPositive();
        assertThat(list(byHead.path("entries"))).allSatisfy(e -> assertThat(e.path("userId").asText()).isEqualTo(LDJ_HEAD));

        LocalDate today = LocalDate.ofInstant(Clock.now(), Clock.ZONE);
        assertThat(http.get(OFFICE, "/api/audit?unit=ldj&from=" + today + "&to=" + today).ok().path("total").asLong())
                .isEqualTo(total);
        assertThat(http.get(OFFICE, "/api/audit?unit=ldj&from=" + today.plusDays(1)).ok().path("total").asLong())
                .isZero();
        assertThat(http.get(OFFICE, "/api/audit?unit=ldj&to=" + today.minusDays(1)).ok().path("total").asLong())
                .isZero();
        assertThat(http.get(OFFICE, "/api/audit").ok().path("total").asLong()).as("every unit and rows of none")
                .isGreaterThan(total);

        List<JsonNode> first = list(http.get(OFFICE, "/api/audit?unit=ldj&page=0&size=3").ok().path("entries"));
        List<JsonNode> second = list(http.get(OFFICE, "/api/audit?unit=ldj&page=1&size=3").ok().path("entries"));
        assertThat(first).hasSize(3);
        assertThat(ids(first)).isEqualTo(ids(entries).subList(0, 3));
        assertThat(ids(second)).isEqualTo(ids(entries).subList(3, Math.min(6, entries.size())));

        Answer badDay = http.get(OFFICE, "/api/audit?from=2027-13-01");
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("参数格式不正确：from");
        Answer reversed = http.get(OFFICE, "/api/audit?from=" + today + "&to=" + today.minusDays(1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("起始日期不能晚于截止日期");
    }

    /** Spring MVC's own refusals on /api are problems too, in Chinese: no such URL, method, media type, parameter. */
    @Test
    void springMvcFailuresOnTheApiAnswerAsProblems() {
        Answer nowhere = http.get(OFFICE, "/api/no-such-thing");
        assertThat(nowhere.status()).as(nowhere.raw()).isEqualTo(404);
        assertThat(nowhere.problem(ApiProblem.NOT_FOUND)).isEqualTo("未找到：没有这个接口");
        Answer method = http.send(OFFICE, "DELETE", "/api/audit", null);
        assertThat(method.status()).as(method.raw()).isEqualTo(405);
        assertThat(method.problem(ApiProblem.UNSUPPORTED_REQUEST)).isEqualTo("该接口不支持 DELETE 请求，可用：GET");
        assertThat(method.header("Allow")).contains("GET");
        Answer multipart = http.upload(OFFICE, "/api/campaigns", "a.pdf", "application/pdf", new byte[] { 1 });
        assertThat(multipart.status()).as(multipart.raw()).isEqualTo(415);
        assertThat(multipart.problem(ApiProblem.UNSUPPORTED_REQUEST)).startsWith("不支持的请求内容类型：multipart/form-data")
                .contains("application/json");
        Answer missing = http.get(OFFICE, "/api/evidence?ownerId=1");
        assertThat(missing.status()).as(missing.raw()).isEqualTo(400);
        assertThat(missing.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("缺少必填参数：ownerType");
        assertThat(missing.body().path("instance").asText()).isEqualTo("/api/evidence");
    }

    @Test
    void unitsReadOnlyTheirOwnRowsAndOthersAreRefused() {
        long ldjTotal = http.get(OFFICE, "/api/audit?unit=ldj").ok().path("total").asLong();
        JsonNode own = http.get(LDJ_STAFF, "/api/audit?size=500").ok();
        assertThat(own.path("total").asLong()).as("without a unit: the user's own unit").isEqualTo(ldjTotal);
        assertThat(list(own.path("entries"))).allSatisfy(e -> assertThat(e.path("unitCode").asText()).isEqualTo("ldj"));
        assertThat(http.get(LDJ_HEAD, "/api/audit?unit=ldj").ok().path("total").asLong()).isEqualTo(ldjTotal);

        for (String path : List.of("/api/audit?unit=ylbx", "/api/audit/export.xlsx?unit=ylbx")) {
            Answer other = http.get(LDJ_STAFF, path);
            assertThat(other.status()).as(path).isEqualTo(403);
            assertThat(other.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权查看该单位的操作记录");
        }
        Answer ylbxOnLdj = http.get(YLBX_STAFF, "/api/audit/export.xlsx?unit=ldj");
        assertThat(ylbxOnLdj.status()).isEqualTo(403);
        assertThat(ylbxOnLdj.raw()).doesNotContain(SELF_APPROVAL);

        Answer inspector = http.get(INSPECTOR, "/api/audit");
        assertThat(inspector.status()).isEqualTo(403);
        assertThat(inspector.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("无权查看操作记录");
        assertThat(http.get(LEADER, "/api/audit?unit=ylbx").ok().path("total").asLong()).as("leaders read too")
                .isPositive();

        Answer page = http.getPage(LDJ_STAFF, "/audit?unit=ylbx");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.raw()).contains("无权查看该单位的操作记录");
    }

    @Test
    void theExportHasChineseHeadersAndTheFilteredRows() throws IOException {
        long total = http.get(OFFICE, "/api/audit?unit=ldj").ok().path("total").asLong();
        Answer export = http.get(OFFICE, "/api/audit/export.xlsx?unit=ldj");
        assertThat(export.status()).as(export.raw()).isEqualTo(200);
        assertThat(export.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(export.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode("操作记录-", StandardCharsets.UTF_8));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            Sheet sheet = workbook.getSheet("操作记录");
            assertThat(sheet).isNotNull();
            assertThat(cells(sheet.getRow(0))).isEqualTo(HEADERS);
            assertThat(sheet.getLastRowNum()).as("one row per entry").isEqualTo((int) total);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(cells(sheet.getRow(i)));
            }
            assertThat(rows).allSatisfy(row -> assertThat(row.get(4)).isEqualTo(LDJ_NAME));
            assertThat(rows).filteredOn(row -> row.get(2).equals("操作被拒绝")).singleElement().satisfies(row -> {
                assertThat(row.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
                assertThat(row.get(1)).as("the person by name").isEqualTo(LDJ_HEAD + " 测试");
                assertThat(row.get(3)).as("the task by its name in the model").isEqualTo("任务「审核本单位工作方案」");
                assertThat(row.get(8)).isEqualTo(SELF_APPROVAL);
                assertThat(row.subList(9, 13)).as("the raw values")
                        .containsExactly(LDJ_HEAD, "Task", approvalTaskId, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN);
            });
            assertThat(rows).as("a state change in Chinese, the raw values beside it").anySatisfy(row -> {
                assertThat(row.subList(1, 8)).containsExactly(LDJ_HEAD + " 测试", "修改", row.get(3), LDJ_NAME, "状态",
                        "待填报", "已提交待审核");
                assertThat(row.get(3)).startsWith("报告 ");
                assertThat(row.subList(9, 15)).containsExactly(LDJ_HEAD, "UnitReport", row.get(3).substring(3), "status",
                        "DRAFT", "SUBMITTED");
            });
        }
    }

    @Test
    void theOfficeReadsTheTrailOnAPage() {
        Answer page = http.getPage(OFFICE, "/audit?unit=ldj&user=" + LDJ_HEAD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw()).contains("<h1>操作记录</h1>").contains("导出 Excel")
                .contains("href=\"/api/audit/export.xlsx?unit=ldj&amp;user=" + LDJ_HEAD + "\"")
                .contains(SELF_APPROVAL).contains("操作被拒绝").contains(LDJ_NAME).contains("负责人起草的方案")
                .contains("任务「审核本单位工作方案」").contains("<td class=\"nowrap\">状态</td>").contains("已提交待审核")
                .doesNotContain(">SUBMITTED<").doesNotContain(">status<");
    }

    // ---------------------------------------------------------------- helpers

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static List<Long> ids(List<JsonNode> entries) {
        return entries.stream().map(e -> e.path("id").asLong()).toList();
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return cells;
    }
}
