package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over HTTP, as real users with HTTP Basic: the office completes a placeholder item of the
 * assessment table (任务分解及考核表), and units upload, list and download evidence (佐证材料) —
 * only for their own unit, only files that are what they say they are.
 * <p>
 * Runs on its own in-memory database: completing item 27 changes the catalogue, which the other
 * tests (sharing jdbc:h2:mem:fundrisk-test) read as loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-evidence;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
// its engine registers as "default" too: close it with the class
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EvidenceAndChecklistApiTest {

    static final String PASSWORD = "pw";
    static final String OFFICE = "office-ev";
    static final String INSPECTOR = "inspector-ev";
    static final String LEADER = "leader-ev";
    static final String LDJ_STAFF = "ldj-staff-ev";
    static final String YLBX_STAFF = "ylbx-staff-ev";
    /** Staff of ldj for the checklist's tests: LDJ_STAFF is locked a moment by evidenceNeedsALogin's wrong password. */
    static final String CL_STAFF = "ldj-staff-cl";

    static final String NO_ACCESS = "无权访问该单位的材料";
    static final String FILE_NAME = "岗位职责表.pdf";
    /** RFC 5987 percent-encoding of the UTF-8 bytes of 岗位职责表.pdf. */
    static final String FILE_NAME_ENCODED = "%E5%B2%97%E4%BD%8D%E8%81%8C%E8%B4%A3%E8%A1%A8.pdf";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** At least one Chinese character. */
    static final String CHINESE = "\\p{IsHan}";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskDriver driver;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HttpClientForTests http;

    @BeforeEach
    void createUsers() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("office", "领导小组办公室（规划与基金监督科）", "WORKFLOW");
        identities.group("inspectors", "检查评估人员", "WORKFLOW");
        identities.group("leaders");
        identities.group("unit-ldj", "市劳动就业管理局 经办人员", "UNIT");
        identities.group("unit-ylbx", "市养老保险管理中心 经办人员", "UNIT");
        identities.user(OFFICE, "office");
        identities.user(INSPECTOR, "inspectors");
        identities.user(LEADER, "leaders");
        identities.user(LDJ_STAFF, "unit-ldj");
        identities.user(YLBX_STAFF, "unit-ylbx");
        identities.user(CL_STAFF, "unit-ldj");
    }

    // ---------------------------------------------------------------- 1. placeholder completion

    @Test
    void theOfficeCompletesAPlaceholderItemAndNobodyElseCan() {
        JsonNode before = item(27);
        assertThat(before.path("placeholder").asBoolean()).isTrue();
        assertThat(before.path("taskText").asText()).isEqualTo("原文缺失");
        assertThat(before.path("scope").isNull()).as("实施范围 not given by the source").isTrue();
        assertThat(item(29).path("placeholder").asBoolean()).isTrue();

        Map<String, Object> completion = completion("定期开展基金管理风险评估，形成评估报告并报领导小组办公室。",
                "每年至少开展一次风险评估，评估结果用于完善防控措施。", "12月底前", "市本级各经办机构,各县区人社局");

        Answer byStaff = http.put(LDJ_STAFF, "/api/checklist/27", completion);
        assertThat(byStaff.status()).as(byStaff.raw()).isEqualTo(403);
        assertThat(byStaff.problem(ApiProblem.ACCESS_DENIED)).isEqualTo("只有领导小组办公室可以补全考核事项");

        rejected(27, with(completion, "taskText", "  "), "请填写任务内容");
        rejected(27, with(completion, "scope", null), "请填写实施范围");
        rejected(27, with(completion, "appliesTo", List.of()),
                "请选择适用单位（市本级经办机构、信息中心、县区人社局、市人社局，至少一类）");
        rejected(27, with(completion, "appliesTo", List.of("CITY")), "适用单位无效：CITY，应为 AGENCY（市本级经办机构）、"
                + "INFO_CENTRE（信息中心）、COUNTY（县区人社局）、BUREAU（市人社局）");
        rejected(27, with(completion, "deadlineText", "年底"),
                "完成时限应为“N月底前”（如 6月底前）或“长期坚持”“长期”“全面推进”，当前为「年底」");

        JsonNode unchanged = item(27);
        assertThat(unchanged.path("placeholder").asBoolean()).as("rejected completions change nothing").isTrue();
        assertThat(unchanged.path("taskText").asText()).isEqualTo("原文缺失");
        assertThat(unchanged.path("updatedBy").isNull()).isTrue();

        Answer done = http.put(OFFICE, "/api/checklist/27", completion);
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.body().path("itemNo").asInt()).isEqualTo(27);
        assertThat(done.body().path("placeholder").asBoolean()).isFalse();
        assertThat(done.body().path("updatedBy").asText()).isEqualTo(OFFICE);

        JsonNode after = item(27);
        assertThat(after.path("placeholder").asBoolean()).isFalse();
        assertThat(after.path("scored").asBoolean()).as("a completed item is scored").isTrue();
        assertThat(after.path("notScoredReason").isNull()).isTrue();
        assertThat(after.path("taskText").asText()).isEqualTo(completion.get("taskText"));
        assertThat(after.path("requirement").asText()).isEqualTo(completion.get("requirement"));
        assertThat(after.path("deadlineText").asText()).isEqualTo("12月底前");
        assertThat(after.path("deadlineKind").asText()).isEqualTo("MONTH_END");
        assertThat(after.path("deadlineMonth").asInt()).isEqualTo(12);
        assertThat(after.path("scope").asText()).isEqualTo("市、县(区)社保经办机构");
        assertThat(after.path("responsibleText").asText()).isEqualTo("市本级各经办机构,各县区人社局");
        assertThat(after.path("appliesTo").toString()).isEqualTo("[\"AGENCY\",\"COUNTY\"]");
        assertThat(after.path("updatedBy").asText()).isEqualTo(OFFICE);
        assertThat(after.path("updatedAt").asText()).isNotBlank();
        assertThat(after.path("points").asInt()).as("points stay as loaded").isEqualTo(before.path("points").asInt());
        assertThat(item(29).path("placeholder").asBoolean()).as("only item 27 was completed").isTrue();
        assertThat(jdbc.queryForList("SELECT field FROM audit_log WHERE entity_type = 'CatalogueItem' AND entity_id = '27'"
                + " AND user_id = ?", String.class, OFFICE)).as("the completion is in the trail")
                .contains("task_text", "requirement", "deadline_text", "deadline_month", "scope", "placeholder");

        JsonNode item3 = item(3);
        Answer notPlaceholder = http.put(OFFICE, "/api/checklist/3", completion);
        assertThat(notPlaceholder.status()).as(notPlaceholder.raw()).isEqualTo(400);
        assertThat(notPlaceholder.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("只能补全原文缺失的事项");
        assertThat(item(3)).as("item 3 unchanged").isEqualTo(item3);

        Answer again = http.put(OFFICE, "/api/checklist/27",
                completion("另一段文字", "另一段要求", "6月底前", "市人社局"));
        assertThat(again.status()).as("a completed item is no longer a placeholder: %s", again.raw()).isEqualTo(400);
        assertThat(again.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("只能补全原文缺失的事项");
        assertThat(item(27).path("taskText").asText()).isEqualTo(completion.get("taskText"));
    }

    @Test
    void itemSevenGetsOnlyItsLostTaskTextAndTheOfficeDecidesNotScoredWithAReason() {
        JsonNode seven = item(7);
        assertThat(seven.path("placeholder").asBoolean()).isTrue();
        rejected(7, Map.of("taskText", "加强档案管理", "requirement", "另一项要求"),
                "第7项的工作要求以原文为准，不能修改；只需补全原文缺失的任务内容");
        rejected(7, Map.of("taskText", "加强档案管理", "scope", "市本级", "appliesTo", List.of("BUREAU")),
                "第7项的实施范围、适用单位以原文为准，不能修改；只需补全原文缺失的任务内容");

        Answer byStaff = http.put(CL_STAFF, "/api/checklist/29/not-scored", Map.of("reason", "无从核实"));
        assertThat(byStaff.status()).isEqualTo(403);
        Answer noReason = http.put(OFFICE, "/api/checklist/29/not-scored", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("请填写不计分的理由");
        Answer withdrawn = http.send(OFFICE, "DELETE", "/api/checklist/29/not-scored", null);
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.body().path("unresolved").asBoolean()).isTrue();
        Answer refused = http.post(OFFICE, "/api/campaigns", Map.of("name", "第29项未处理", "year", 2027));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problem(ApiProblem.INPUT_REJECTED)).startsWith("考核表第29项原文缺失，尚未补全");
        Answer marked = http.put(OFFICE, "/api/checklist/29/not-scored", Map.of("reason", "原文缺失，无从核实，本次不计分"));
        assertThat(marked.status()).as(marked.raw()).isEqualTo(200);
        assertThat(marked.body().path("scored").asBoolean()).isFalse();
        assertThat(marked.body().path("notScoredBy").asText()).isEqualTo(OFFICE);

        Answer done = http.put(OFFICE, "/api/checklist/7", Map.of("taskText", "加强社会保险业务档案管理，规范档案收集、整理、归档和利用。",
                "requirement", seven.path("requirement").asText()));
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        JsonNode completed = item(7);
        assertThat(completed.path("taskText").asText()).startsWith("加强社会保险业务档案管理");
        assertThat(completed.path("requirement").asText()).isEqualTo(seven.path("requirement").asText());
        assertThat(completed.path("scope").asText()).isEqualTo(seven.path("scope").asText());
        assertThat(completed.path("deadlineText").asText()).isEqualTo("6月底前");
        assertThat(completed.path("appliesTo")).isEqualTo(seven.path("appliesTo"));
        assertThat(completed.path("scored").asBoolean()).as("its 不计分 mark is gone with the completion").isTrue();
    }

    @Test
    void theChecklistPageShowsTheTableToAllAndItsFormsToTheOfficeOnly() {
        Answer office = http.getPage(OFFICE, "/checklist");
        assertThat(office.status()).isEqualTo(200);
        assertThat(office.raw()).contains("任务分解及考核表（附件1）", "原文缺失事项的处理", "（原文未给出）", "id=\"item-26\"",
                "action=\"/checklist/29/not-scored/withdraw\"");
        Answer staff = http.getPage(CL_STAFF, "/checklist");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.raw()).contains("id=\"item-1\"").doesNotContain("原文缺失事项的处理", "/not-scored");
        Answer post = http.page(CL_STAFF, "POST", "/checklist/29/not-scored/withdraw", "");
        assertThat(post.status()).isEqualTo(403);
        assertThat(item(29).path("scored").asBoolean()).as("unchanged").isFalse();

        Answer bad = http.page(OFFICE, "POST", "/checklist/3/not-scored", "reason=" + java.net.URLEncoder.encode("无从核实",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("第3项：只能对原文缺失、尚未补全的事项标记不计分。未作任何修改。", "任务分解及考核表（附件1）");
        Answer withdrawn = http.page(OFFICE, "POST", "/checklist/29/not-scored/withdraw", "");
        assertThat(withdrawn.status()).as("back to the page").isEqualTo(302);
        assertThat(withdrawn.header("Location")).endsWith("/checklist#item-29");
        assertThat(http.getPage(OFFICE, "/checklist").raw()).as("the page warns: no campaign may start")
                .contains("第29项原文缺失，尚未补全，也未标记不计分");
        assertThat(http.page(OFFICE, "POST", "/checklist/29/not-scored", "reason=" + java.net.URLEncoder.encode(
                "原文缺失，本次不计分", java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(302);
        assertThat(item(29).path("notScoredReason").asText()).isEqualTo("原文缺失，本次不计分");
    }

    private void rejected(int itemNo, Map<String, Object> body, String message) {
        Answer answer = http.put(OFFICE, "/api/checklist/" + itemNo, body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.problem(ApiProblem.INPUT_REJECTED)).isEqualTo(message);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    // ---------------------------------------------------------------- 2. evidence

    @Test
    void aUnitUploadsEvidenceForItsOwnAssessmentOnlyAndOnlyFilesThatAreWhatTheySay() {
        long assessmentId = ldjAssessmentId();
        String list = "/api/evidence?ownerType=ASSESSMENT&ownerId=" + assessmentId;
        String upload = "/api/evidence/assessment/" + assessmentId;
        assertThat(http.get(LDJ_STAFF, list).ok()).as("no evidence yet").isEmpty();

        Answer uploaded = http.upload(LDJ_STAFF, upload, FILE_NAME, "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        long fileId = uploaded.body().path("id").asLong();
        assertThat(fileId).isPositive();
        assertThat(uploaded.body().path("fileName").asText()).isEqualTo(FILE_NAME);
        assertThat(uploaded.body().path("downloadUrl").asText()).isEqualTo("/evidence/file/" + fileId);

        JsonNode file = single(http.get(LDJ_STAFF, list).ok());
        assertThat(file.path("id").asLong()).isEqualTo(fileId);
        assertThat(file.path("fileName").asText()).isEqualTo(FILE_NAME);
        assertThat(file.path("ownerType").asText()).isEqualTo("ASSESSMENT");
        assertThat(file.path("ownerId").asLong()).isEqualTo(assessmentId);
        assertThat(file.path("uploadedBy").asText()).isEqualTo(LDJ_STAFF);
        assertThat(file.path("sizeBytes").asLong()).isEqualTo(PDF.length);
        assertThat(file.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.path("sha256").asText()).hasSize(64);
        assertThat(file.path("uploadedAt").asText()).isNotBlank();
        assertThat(file.has("content")).as("lists carry no content").isFalse();

        String download = "/evidence/file/" + fileId;
        Answer bytes = http.get(LDJ_STAFF, download);
        assertThat(bytes.status()).isEqualTo(200);
        assertThat(bytes.bytes()).isEqualTo(PDF);
        assertThat(bytes.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(bytes.header("Content-Disposition"))
                .isEqualTo("attachment; filename*=UTF-8''" + FILE_NAME_ENCODED)
                .isEqualTo("attachment; filename*=UTF-8''"
                        + URLEncoder.encode(FILE_NAME, StandardCharsets.UTF_8));
        assertThat(bytes.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // another unit's staff: neither list, nor download, nor upload
        Answer otherList = http.get(YLBX_STAFF, list);
        assertThat(otherList.status()).isEqualTo(403);
        assertThat(otherList.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(NO_ACCESS);
        Answer otherDownload = http.get(YLBX_STAFF, download);
        assertThat(otherDownload.status()).isEqualTo(403);
        assertThat(otherDownload.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(NO_ACCESS);
        assertThat(otherDownload.raw()).doesNotContain("%PDF");
        Answer otherUpload = http.upload(YLBX_STAFF, upload, "冒名上传.pdf", "application/pdf", PDF);
        assertThat(otherUpload.status()).as(otherUpload.raw()).isEqualTo(403);
        assertThat(otherUpload.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(NO_ACCESS);
        Answer otherPage = http.getPage(YLBX_STAFF, "/evidence/assessment/" + assessmentId);
        assertThat(otherPage.status()).isEqualTo(403);
        assertThat(otherPage.raw()).contains(NO_ACCESS).doesNotContain(FILE_NAME);

        // the office and the inspectors see every unit's files
        for (String user : List.of(OFFICE, INSPECTOR)) {
            Answer seen = http.get(user, download);
            assertThat(seen.status()).as("download by %s", user).isEqualTo(200);
            assertThat(seen.bytes()).isEqualTo(PDF);
            assertThat(single(http.get(user, list).ok()).path("id").asLong()).isEqualTo(fileId);
        }

        // bad uploads: 400, a Chinese message, nothing saved
        rejected(upload, "空文件.pdf", "application/pdf", new byte[0], "文件为空：空文件.pdf");
        rejected(upload, "setup.exe", "application/octet-stream", "MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1),
                "不支持的文件类型：setup.exe，仅限 pdf、doc、docx、xls、xlsx、ppt、pptx、wps、et、jpg、jpeg、png、gif");
        rejected(upload, "x.pdf", "application/pdf", PNG, "文件内容与扩展名不符：x.pdf");
        Answer missing = http.upload(LDJ_STAFF, upload, null, null, null);
        assertThat(missing.status()).as("no file part: %s", missing.raw()).isEqualTo(400);
        assertThat(missing.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("文件为空，请选择要上传的文件");

        byte[] oversized = Arrays.copyOf(PDF, (int) MAX_BYTES + 1);
        Answer tooLarge = http.upload(LDJ_STAFF, upload, "大文件.pdf", "application/pdf", oversized);
        // the multipart limit (spring.servlet.multipart.max-file-size: 20MB) answers before the controller's check
        assertThat(tooLarge.status()).as(tooLarge.raw()).isEqualTo(413);
        assertThat(tooLarge.problem(ApiProblem.TOO_LARGE)).isEqualTo("文件过大，单个文件不得超过 20MB");
        assertThat(single(http.get(LDJ_STAFF, list).ok()).path("id").asLong()).as("only the good file is stored")
                .isEqualTo(fileId);

        Answer page = http.getPage(LDJ_STAFF, "/evidence/assessment/" + assessmentId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw()).contains(FILE_NAME).contains("上传").contains("佐证材料")
                .contains("href=\"/evidence/file/" + fileId + "\"").contains(LDJ_STAFF).contains("市劳动就业管理局");
    }

    private void rejected(String path, String fileName, String contentType, byte[] content, String message) {
        Answer answer = http.upload(LDJ_STAFF, path, fileName, contentType, content);
        assertThat(answer.status()).as("upload %s: %s", fileName, answer.raw()).isEqualTo(400);
        assertThat(answer.problem(ApiProblem.INPUT_REJECTED)).as("upload %s", fileName).isEqualTo(message);
    }

    /** Starts a campaign for ldj and ylbx and returns the id of one of ldj's item assessments. */
    private long ldjAssessmentId() {
        String name = "社保基金管理风险防控专项工作（佐证材料测试）";
        Answer created = http.post(OFFICE, "/api/campaigns", Map.of("name", name, "year", 2027,
                "unitCodes", List.of("ldj", "ylbx")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long campaignId = created.body().path("id").asLong();
        // the units' item assessments are written by their starts, once the work plan is approved
        String campaignPi = runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
                .processInstanceBusinessKey(Long.toString(campaignId)).singleResult().getId();
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, OFFICE, Map.of("planText", "工作方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, LEADER,
                Map.of(TaskForm.DECISION, TaskForm.APPROVE));

        JsonNode units = http.get(OFFICE, "/api/campaigns/" + campaignId).ok().path("units");
        Map<String, Long> campaignUnitIds = new LinkedHashMap<>();
        units.forEach(u -> campaignUnitIds.put(u.path("unitCode").asText(), u.path("campaignUnitId").asLong()));
        assertThat(campaignUnitIds).containsOnlyKeys("ldj", "ylbx");

        JsonNode ldj = http.get(LDJ_STAFF, "/api/campaign-units/" + campaignUnitIds.get("ldj")).ok();
        assertThat(ldj.path("unitCode").asText()).isEqualTo("ldj");
        JsonNode first = ldj.path("assessments").get(0);
        assertThat(first).as("ldj has item assessments").isNotNull();
        long assessmentId = first.path("id").asLong();
        assertThat(first.path("evidenceUrl").asText()).isEqualTo("/evidence/assessment/" + assessmentId);
        assertThat(http.get(YLBX_STAFF, "/api/campaign-units/" + campaignUnitIds.get("ldj")).status())
                .as("ylbx does not see ldj").isEqualTo(403);
        return assessmentId;
    }

    // ---------------------------------------------------------------- 3. authentication

    @Test
    void evidenceNeedsALogin() {
        Answer anonymous = http.get(null, "/api/evidence?ownerType=ASSESSMENT&ownerId=1");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problem(ApiProblem.LOGIN_REQUIRED)).isEqualTo("请先登录");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

        Answer wrongPassword = http.get(LDJ_STAFF, "wrong", "/evidence/file/1");
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode item(int itemNo) {
        for (JsonNode item : http.get(OFFICE, "/api/checklist").ok()) {
            if (item.path("itemNo").asInt() == itemNo) {
                return item;
            }
        }
        throw new AssertionError("no item " + itemNo + " in GET /api/checklist");
    }

    private static Map<String, Object> completion(String taskText, String requirement, String deadlineText,
            String responsibleText) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskText", taskText);
        body.put("requirement", requirement);
        body.put("deadlineText", deadlineText);
        body.put("responsibleText", responsibleText);
        body.put("scope", "市、县(区)社保经办机构");
        body.put("appliesTo", List.of("AGENCY", "COUNTY"));
        return body;
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array.isArray()).as("%s", array).isTrue();
        assertThat(array).hasSize(1);
        return array.get(0);
    }
}
