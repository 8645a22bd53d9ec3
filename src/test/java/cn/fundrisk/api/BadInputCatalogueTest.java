package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.PendingJobs;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.PostgresForTests;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * docs/bad-input.md, entry by entry, on PostgreSQL with authorization on: each bad input through
 * /api, or through the form path twice (Camunda's REST submit-form as Tasklist sends it, and
 * FormService as the user), answered with its Chinese message, and nothing saved: no row of ours
 * changed (every change writes the audit trail, so its non-REJECTED rows are counted), no process
 * started, the task still open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.authorization.enabled=true", "fundrisk.campaign.one-running-per-year=true" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BadInputCatalogueTest extends BadInputSupport {

    static final int YEAR = 2031;
    static final String HTML = "<script>alert('x')</script><img src=x onerror=alert(1)>=1+1 & \"引号\"";
    static final String HUGE = "长".repeat(100_000);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresForTests.freshDatabase("badinput"));
        registry.add("spring.datasource.username", () -> PostgresForTests.USER);
        registry.add("spring.datasource.password", () -> PostgresForTests.PASSWORD);
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    PendingJobs pendingJobs;

    @BeforeEach
    void setUp() {
        init(new HttpClientForTests(port, PASSWORD), identityService, formService, jdbc, managementService, pendingJobs);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("office");
        identities.group("leaders");
        identities.group("inspectors");
        identities.group(STAFF_GROUP, "贵池区 经办人员", "UNIT");
        identities.group(HEAD_GROUP, "贵池区 单位负责人", "UNIT");
        identities.user(OFFICE, "office");
        identities.user(LEADER, "leaders");
        identities.user(STAFF, STAFF_GROUP);
        identities.user(STAFF_2, STAFF_GROUP);
        identities.user(HEAD, HEAD_GROUP);
    }

    @Test
    void campaignStartsThatAreRefused() {
        Map<String, Object> valid = campaign("坏输入（启动）", YEAR + 10, "jiuhuashan");
        api(post("/api/campaigns", with(valid, "name", "")), "请填写专项工作名称");
        api(post("/api/campaigns", with(valid, "name", HUGE)), "专项工作名称过长：最多 200 个字符");
        api(post("/api/campaigns", with(valid, "year", "abc")), "年度必须是整数，如 2019；当前为「abc」");
        api(post("/api/campaigns", with(valid, "year", 1999)), "年度 1999 不存在：须在 2000 至 2100 之间");
        api(post("/api/campaigns", with(valid, "year", 2101)), "年度 2101 不存在：须在 2000 至 2100 之间");
        api(post("/api/campaigns", with(valid, "deadlines", Map.of("deployment", "2041-05-31",
                "selfInspection", "2041-05-01"))), "问题排查截止时间（2041-05-01 23:59）必须晚于工作部署截止时间（2041-05-31 23:59）");
        api(post("/api/campaigns", with(valid, "deadlines", Map.of("deployment", "2041-02-30"))),
                "工作部署截止时间格式无效：「2041-02-30」，应为日期（2019-04-30）或日期时间（2019-04-30T23:59:59+08:00）");
        api(post("/api/campaigns", with(valid, "deadlines", Map.of("evaluation", "2045-09-30"))),
                "检查评估截止时间（2045-09-30 23:59）不在2041年度内：须在 2041 年或 2042 年");
        int lastYear = LocalDate.now().getYear() - 1;
        api(post("/api/campaigns", with(valid, "year", lastYear)), "工作部署截止时间（" + lastYear
                + "-04-30 23:59）已经过去，不能启动：请把各阶段截止时间设在今后");
        api(post("/api/campaigns", with(valid, "unitCodes", List.of("nowhere"))), "单位不存在或已停用：nowhere");
        api(post("/api/campaigns", with(valid, "unitCodes", List.of())),
                "参与单位不能为空：请至少填写一个单位编码，或留空以选择全部默认单位");
        api(post("/api/campaigns", with(valid, "monthlyAuditInterval", "PT10S")), "内控稽核月报周期不能短于 1 分钟");
        // the start form (Tasklist's 启动流程) takes the same checks
        startForm(Map.of("campaignName", "", "campaignYear", YEAR + 10), "请填写专项工作名称");
        startForm(Map.of("campaignName", "x", "campaignYear", "1999"), "年度 1999 不存在：须在 2000 至 2100 之间");
        startForm(Map.of("campaignName", "x", "campaignYear", YEAR + 10, "deploymentDeadline", "2041-06-01",
                "selfInspectionDeadline", "2041-05-01"), "问题排查截止时间（2041-05-01 23:59）必须晚于工作部署截止时间（2041-06-01 23:59）");
    }

    @Test
    void aCampaignStartedTwiceForTheSameYearAndUnitsIsRefused() throws Exception {
        Map<String, Object> request = campaign("重复启动测试", YEAR + 20, "qingyang");
        // two clicks at the same moment: the units' rows are locked, the second start waits and is refused
        List<Answer> answers = concurrently(() -> http.post(OFFICE, "/api/campaigns", request),
                () -> http.post(OFFICE, "/api/campaigns", request));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(201, 400);
        String duplicate = (YEAR + 20) + "年度已有进行中的专项工作包含以下单位，不能重复启动：青阳县人力资源和社会保障局（重复启动测试）";
        assertThat(answers).filteredOn(a -> a.status() == 400).extracting(a -> a.problem(ApiProblem.INPUT_REJECTED)).containsExactly(duplicate);
        // replayed later, by REST or the start form
        api(post("/api/campaigns", request), duplicate);
        api(post("/api/campaigns", with(request, "name", "另一个名称")), (YEAR + 20)
                + "年度已有进行中的专项工作包含以下单位，不能重复启动：青阳县人力资源和社会保障局（重复启动测试）");
        startForm(Map.of("campaignName", "重复启动测试", "campaignYear", YEAR + 20, "unitCodes", "qingyang"), duplicate);
        // another year is another campaign
        assertThat(http.post(OFFICE, "/api/campaigns", with(request, "year", YEAR + 21)).status()).isEqualTo(201);

        // a unit with open work cannot be deactivated; nothing changes
        Map<String, Object> deactivate = new LinkedHashMap<>();
        deactivate.put("name", "青阳县人力资源和社会保障局");
        deactivate.put("kind", "COUNTY");
        deactivate.put("active", false);
        api(put("/api/units/qingyang", deactivate), "单位「青阳县人力资源和社会保障局」在进行中的专项工作中仍有工作，不能停用："
                + "重复启动测试；请待专项工作结束后再停用");
        assertThat(http.get(OFFICE, "/api/units/qingyang").ok().path("active").asBoolean()).isTrue();
        api(put("/api/units/qingyang", with(deactivate, "active", true, "name", HUGE)), "单位名称不能超过 100 个字符");
        api(post("/api/units", Map.of("code", "<script>", "name", "x", "kind", "AGENCY")),
                "单位编码须为 2 至 30 位小写英文字母或数字");
    }

    @Test
    void everyTaskFormRefusesBadInputAndKeepsTheTaskOpen() throws Exception {
        JsonNode started = http.post(OFFICE, "/api/campaigns", campaign("坏输入（任务）", YEAR, UNIT)).body();
        String campaignKey = started.path("id").asText();
        String unitKey = started.path("units").get(0).path("campaignUnitId").asText();

        String draft = openTask(OFFICE, "Task_DraftWorkPlan", campaignKey);
        form(OFFICE, draft, Map.of(), "请填写工作方案正文");
        form(OFFICE, draft, Map.of("planText", HUGE), "工作方案正文过长：最多 4000 个字符，当前 100000 个");
        String longest = HTML + "方".repeat(4000 - HTML.length());
        submit(OFFICE, draft, Map.of("planText", longest));
        replayed(OFFICE, draft, Map.of("planText", "又一次"));

        String approve = openTask(LEADER, "Task_ApproveWorkPlan", campaignKey);
        form(LEADER, approve, Map.of(), "请选择审核意见（同意或退回）");
        form(LEADER, approve, Map.of("decision", "MAYBE"), "审核意见的取值无效：MAYBE");
        form(LEADER, approve, Map.of("decision", "RETURN"), "退回时请填写审核说明，告知需要修改的内容");
        form(LEADER, approve, Map.of("decision", "RETURN", "comment", HUGE), "审核说明过长：最多 2000 个字符，当前 100000 个");
        submit(LEADER, approve, Map.of("decision", "APPROVE", "comment", HTML));

        String acknowledge = openTask(STAFF, "Task_AcknowledgePlan", unitKey);
        form(STAFF, acknowledge, Map.of("contactPerson", "王"), "请勾选「已收到并阅知工作方案」后再签收");
        form(STAFF, acknowledge, Map.of("acknowledged", true), "请填写本单位联系人");
        form(STAFF, acknowledge, Map.of("acknowledged", true, "contactPerson", HUGE),
                "本单位联系人过长：最多 100 个字符，当前 100000 个");
        submit(STAFF, acknowledge, Map.of("acknowledged", true, "contactPerson", HTML.substring(0, 30)));
        replayed(STAFF, acknowledge, Map.of("acknowledged", true, "contactPerson", "王"));

        String unitPlan = openTask(STAFF, "Task_DraftUnitPlan", unitKey);
        form(STAFF, unitPlan, Map.of("reportText", "  "), "请填写正文");
        form(STAFF, unitPlan, Map.of("reportText", HUGE), "正文过长：最多 4000 个字符，当前 100000 个");
        submit(STAFF, unitPlan, Map.of("reportText", HTML));
        submit(HEAD, openTask(HEAD, "Task_ApproveUnitPlan", unitKey), Map.of("decision", "APPROVE"));

        selfInspectionItems(unitKey);
        submit(STAFF, openTask(STAFF, "Task_WriteSelfInspectionReport", unitKey), Map.of("reportText", "自查完毕"));
        submit(HEAD, openTask(HEAD, "Task_ReviewSelfInspection", unitKey), Map.of("decision", "APPROVE"));

        String inspect = openTask(OFFICE, "Task_InspectCounty", unitKey);
        String tomorrow = LocalDate.now(cn.fundrisk.process.Clock.ZONE).plusDays(1).toString();
        form(OFFICE, inspect, Map.of("inspectionDate", tomorrow, "findings", "x"), "检查日期不能晚于今天：" + tomorrow);
        form(OFFICE, inspect, Map.of("inspectionDate", "2031-13-01", "findings", "x"),
                "检查日期不是有效日期（应为 年-月-日，如 2019-06-30）：2031-13-01");
        form(OFFICE, inspect, Map.of("inspectionDate", LocalDate.now(cn.fundrisk.process.Clock.ZONE).toString(),
                "findings", HUGE), "检查情况过长：最多 3980 个字符，当前 100000 个");

        String summary = openTask(STAFF, "Task_WriteSummaryReport", unitKey);
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("reportText", "总结");
        for (int n = 1; n <= 31; n++) {
            scores.put("selfScore" + n, 0);
        }
        form(STAFF, summary, with(scores, "selfScore1", 7), "第1项自评分须在 0 至 6 分之间，当前为 7");
        form(STAFF, summary, with(scores, "selfScore1", -1), "第1项自评分须在 0 至 6 分之间，当前为 -1");
        form(STAFF, summary, with(scores, "selfScore1", "abc"), "第1项自评分必须是数字，当前为「abc」");
        form(STAFF, summary, with(scores, "selfScore1", "1.25"), "第1项自评分最多保留一位小数");
        form(STAFF, summary, with(scores, "selfScore1", ""), "请填写第1项自评分");
        form(STAFF, summary, with(scores, "reportText", HUGE), "总结报告过长：最多 4000 个字符，当前 100000 个");
        form(STAFF, summary, scores, "问题整改截止（" + YEAR + "-06-30 23:59）前报送总结报告，须全部问题已整改销号；"
                + "尚有 1 个问题未销号（第3项：待整改）。请完成整改，或在整改截止后报送并如实说明整改情况");
        rectifyAndCloseOff(unitKey);
        submit(STAFF, summary, scores);

        htmlIsShownAsText(unitKey, started.path("id").asLong());
    }

    /** Item 3: every kind of bad item result; item 4: two users complete it at the same moment. */
    private void selfInspectionItems(String unitKey) throws Exception {
        Map<Integer, String> items = itemTasks(unitKey);
        String item3 = items.get(3);
        String problem = "{\"description\":\"%s\",\"cause\":\"制度缺失\",\"riskLevel\":\"HIGH\",\"measure\":\"整改\","
                + "\"responsiblePerson\":\"李\",\"plannedDate\":\"%s\"}";
        String future = (YEAR) + "-06-15";
        form(STAFF, item3, Map.of("result", "MAYBE"), "自查结果的取值无效：MAYBE");
        form(STAFF, item3, Map.of(), "请选择自查结果");
        form(STAFF, item3, Map.of("result", "COMPLIANT", "note", HUGE), "自查说明过长：最多 2000 个字符，当前 100000 个");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[]")),
                "自查结果为「存在问题」时，请至少填写一个问题及其整改措施");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[" + problem.formatted("", future) + "]")),
                "请填写第1个问题的问题描述");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[" + problem.formatted(HUGE, future) + "]")),
                "第1个问题的问题描述过长：最多 2000 个字符");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[" + problem.formatted("x", "2031-02-30") + "]")),
                "第1个问题的计划完成日期不是有效日期（应为 年-月-日，如 2019-06-30）：2031-02-30");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[" + problem.formatted("x", "1999-06-30") + "]")),
                "第1个问题的计划完成日期的年份超出范围（2000 至 2100 年）：1999-06-30");
        String past = LocalDate.now().minusDays(3).toString();
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[" + problem.formatted("x", past) + "]")),
                "第1个问题的计划完成日期（" + past + "）已经过去，请填写今天或以后的日期");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("not json")), "发现的问题的格式无效");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems", json("[{\"description\":\"x\",\"measure\":\"整改\"}]")),
                "请填写第1个问题的原因分析");
        form(STAFF, item3, Map.of("result", "PROBLEM", "problems",
                json("[{\"description\":\"x\",\"cause\":\"制度缺失\",\"riskLevel\":\"SEVERE\"}]")),
                "第1个问题的风险等级的取值无效：SEVERE（应为 高、中 或 低）");
        submit(STAFF, item3, Map.of("result", "PROBLEM", "problems",
                json("[" + problem.formatted(HTML.replace("\"", "\\\""), future) + "]")));
        replayed(STAFF, item3, Map.of("result", "COMPLIANT"));

        concurrentCompletion(items.get(4));
        items.forEach((no, id) -> {
            if (no != 3 && no != 4) {
                submit(STAFF, id, Map.of("result", "COMPLIANT"));
            }
        });
    }

    /** Item 3's problem: rectified (an actual completion date tomorrow is refused), verified, closed off. */
    private void rectifyAndCloseOff(String unitKey) {
        String rectify = openTask(STAFF, "Task_RectifyProblem", unitKey);
        LocalDate today = LocalDate.now(cn.fundrisk.process.Clock.ZONE);
        form(STAFF, rectify, Map.of("outcome", "RECTIFIED", "actionTaken", "已整改"), "请填写实际完成时间");
        form(STAFF, rectify, Map.of("outcome", "RECTIFIED", "actionTaken", "已整改", "completedOn",
                today.plusDays(1).toString()), "实际完成时间（" + today.plusDays(1) + "）不能晚于今天");
        submit(STAFF, rectify, Map.of("outcome", "RECTIFIED", "actionTaken", "已整改", "completedOn", today.toString()));
        submit(HEAD, openTask(HEAD, "Task_VerifyRectification", unitKey), Map.of("decision", "APPROVE"));
        String closeOff = openTask(OFFICE, "Task_CloseOffProblem", unitKey);
        form(OFFICE, closeOff, Map.of("decision", "RETURN"), "退回时请填写审核说明，告知需要修改的内容");
        submit(OFFICE, closeOff, Map.of("decision", "APPROVE"));
    }

    /** The unit page escapes what users typed; the ledger holds it as a text cell, not a formula. */
    private void htmlIsShownAsText(String unitKey, long campaignId) throws Exception {
        String page = http.getPage(STAFF, "/units/" + unitKey).raw();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
        Answer ledger = http.get(OFFICE, "/api/campaigns/" + campaignId + "/rectification-ledger.xlsx");
        assertThat(ledger.status()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ledger.bytes()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formulas from user text").isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains(HTML);
    }

    @Test
    void uploadsThatAreRefused() {
        JsonNode started = http.post(OFFICE, "/api/campaigns", campaign("坏输入（材料）", YEAR, "dongzhi")).body();
        long unitId = started.path("units").get(0).path("campaignUnitId").asLong();
        String campaignKey = started.path("id").asText();
        // the unit's item assessments are written by its start, after the work plan is approved
        submit(OFFICE, openTask(OFFICE, "Task_DraftWorkPlan", campaignKey), Map.of("planText", "工作方案"));
        submit(LEADER, openTask(LEADER, "Task_ApproveWorkPlan", campaignKey), Map.of("decision", "APPROVE"));
        long assessmentId = http.get(OFFICE, "/api/campaign-units/" + unitId).ok().path("assessments").get(0)
                .path("id").asLong();
        String path = "/api/evidence/assessment/" + assessmentId;
        identities().group("unit-dongzhi");
        identities().user("dongzhi-staff-b", "unit-dongzhi");
        byte[] pdf = "%PDF-1.4\n%测试\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(http.upload("dongzhi-staff-b", path, "制度.pdf", "application/pdf", pdf).status()).isEqualTo(201);
        upload("dongzhi-staff-b", path, "制度（再次）.pdf", pdf, "该材料已上传过（内容相同），未重复保存：制度（再次）.pdf");
        upload("dongzhi-staff-b", path, "空文件.pdf", new byte[0], "文件为空：空文件.pdf");
        upload("dongzhi-staff-b", path, "setup.exe", "MZ\u0090\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "不支持的文件类型：setup.exe，仅限 pdf、doc、docx、xls、xlsx、ppt、pptx、wps、et、jpg、jpeg、png、gif");
        upload("dongzhi-staff-b", path, "伪装.pdf", new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2 },
                "文件内容与扩展名不符：伪装.pdf");

        // the staffing table: one bad row refuses the whole table
        String staffing = "/api/campaign-units/" + unitId + "/staffing";
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "张三");
        row.put("positions", List.of("业务"));
        row.put("formal", true);
        row.put("yearsInPosition", -1);
        api("dongzhi-staff-b", put(staffing, List.of(row)), "第1行（张三）：任职年限应在 0 到 60 年之间");
        api("dongzhi-staff-b", put(staffing, List.of(with(row, "yearsInPosition", "abc"))), "请求内容格式不正确，应为 JSON");
        api("dongzhi-staff-b", put(staffing, List.of(with(row, "yearsInPosition", 3, "name", HUGE))),
                "第1行：姓名过长：最多 50 个字符，当前 100000 个");
    }

    private Map<Integer, String> itemTasks(String unitKey) {
        Map<Integer, String> items = new java.util.TreeMap<>();
        for (JsonNode task : http.get(STAFF, "/engine-rest/task?" + CampaignApiFlowTestBase.query(
                "taskDefinitionKey", "Task_SelfInspectItem", "processInstanceBusinessKey", unitKey)).ok()) {
            JsonNode form = http.get(STAFF, "/engine-rest/task/" + task.path("id").asText() + "/form-variables").ok();
            items.put(form.path("itemNo").path("value").asInt(), task.path("id").asText());
        }
        assertThat(items).as("a county's 31 items less 7, 27, 29 (不计分)").hasSize(28);
        return items;
    }

    /** Two staff of the unit submit the same unclaimed item at once: one wins, the other is told, nothing twice. */
    private void concurrentCompletion(String taskId) throws Exception {
        Map<String, Object> body = Map.of("variables", variables(Map.of("result", "COMPLIANT", "note", "同时提交")));
        List<Answer> answers = concurrently(
                () -> http.post(STAFF, "/engine-rest/task/" + taskId + "/submit-form", body),
                () -> http.post(STAFF_2, "/engine-rest/task/" + taskId + "/submit-form", body));
        assertThat(answers).extracting(Answer::status).as("%s", answers.stream().map(Answer::raw).toList())
                .containsOnlyOnce(204).containsAnyOf(404, 409);
        Answer lost = answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
        assertThat(lost.message()).isIn("该任务已办结或不存在：可能已由您或他人办理，请刷新任务列表。本次提交未保存。",
                "该任务刚刚已由他人办理，本次提交未保存，请刷新任务列表。");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'UPDATE' and field = 'note'"
                + " and new_value = '同时提交'", Long.class)).isEqualTo(1);
    }

    private static <T> List<T> concurrently(Callable<T> first, Callable<T> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
