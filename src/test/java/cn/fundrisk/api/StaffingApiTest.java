package cn.fundrisk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The staffing table (附件2) over HTTP, as real users with HTTP Basic: the unit's staff and head
 * save it (whole, all or nothing) and read the findings; the office and inspectors read it; another
 * unit may do neither. Runs on its own in-memory database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:fundrisk-staffing;DB_CLOSE_DELAY=-1",
                "camunda.bpm.authorization.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StaffingApiTest {

    static final String PASSWORD = "pw";
    static final String OFFICE = "office-st";
    static final String INSPECTOR = "inspector-st";
    static final String LDJ_STAFF = "ldj-staff-st";
    static final String LDJ_HEAD = "ldj-head-st";
    static final String YLBX_STAFF = "ylbx-staff-st";
    static final String NO_ACCESS = "无权访问该单位的材料";
    static final String ONLY_OWN_UNIT = "只有本单位经办人员或单位负责人可以填报人员分工表";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private HttpClientForTests http;
    private Map<String, Long> campaignUnitIds;

    @BeforeEach
    void usersAndCampaign() {
        http = new HttpClientForTests(port, PASSWORD);
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("office", "office", "WORKFLOW");
        identities.group("inspectors", "inspectors", "WORKFLOW");
        identities.group("unit-ldj", "unit-ldj", "UNIT");
        identities.group("unit-ldj-head", "unit-ldj-head", "UNIT");
        identities.group("unit-ylbx", "unit-ylbx", "UNIT");
        identities.user(OFFICE, "office");
        identities.user(INSPECTOR, "inspectors");
        identities.user(LDJ_STAFF, "unit-ldj");
        identities.user(LDJ_HEAD, "unit-ldj-head");
        identities.user(YLBX_STAFF, "unit-ylbx");
        Answer created = http.send(OFFICE, "POST", "/api/campaigns", Map.of("name",
                "人员分工测试 " + System.nanoTime(), "year", 2028, "unitCodes", List.of("ldj", "ylbx")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        campaignUnitIds = new LinkedHashMap<>();
        created.body().path("units").forEach(u -> campaignUnitIds.put(u.path("unitCode").asText(),
                u.path("campaignUnitId").asLong()));
        assertThat(campaignUnitIds).containsOnlyKeys("ldj", "ylbx");
    }

    @Test
    void theUnitSavesItsTableAndEveryoneWhoMaySeeItReadsTheFindings() {
        String api = "/api/campaign-units/" + campaignUnitIds.get("ldj") + "/staffing";
        JsonNode empty = http.send(LDJ_STAFF, "GET", api, null).ok();
        assertThat(empty.path("staff")).isEmpty();
        assertThat(messages(empty)).as("an empty table is a finding").containsExactly(NO_AUDITOR,
                "尚未填报人员分工、岗位职责情况表（第3项）", "尚未填报人员分工、岗位职责情况表（第5项）",
                "尚未填报人员分工、岗位职责情况表（第14项）");
        assertThat(empty.path("editable").asBoolean()).isTrue();
        assertThat(empty.path("rules")).as("an agency's: not item 28").hasSize(12);

        List<Map<String, Object>> table = List.of(
                row("张三", List.of("出纳", "会计"), true, 3, "会计核算、现金收付"),
                row("李四", List.of("出纳"), false, 2, "现金收付"),
                row("王五", List.of("待遇发放"), true, 6, "养老金发放"),
                row("赵六", List.of("业务", "稽核"), true, 4.5, "业务经办、内控稽核"));
        JsonNode saved = http.send(LDJ_STAFF, "PUT", api, table).ok();
        assertThat(messages(saved)).containsExactly("张三同时担任会计和出纳（不相容岗位，第3项）",
                "李四担任出纳但非在编人员（高风险岗位，第5项）", "王五担任待遇发放已连续6年，超过5年（第5项）");
        assertThat(saved.path("findings").get(0).path("itemNo").asInt()).isEqualTo(3);
        assertThat(saved.path("findings").get(0).path("name").asText()).isEqualTo("张三");
        assertThat(saved.path("staff")).hasSize(4);
        JsonNode first = saved.path("staff").get(0);
        assertThat(first.path("name").asText()).isEqualTo("张三");
        assertThat(first.path("positions").toString()).isEqualTo("[\"会计\",\"出纳\"]");
        assertThat(first.path("duties").asText()).isEqualTo("会计核算、现金收付");
        assertThat(first.path("department").asText()).isEqualTo("综合科");
        assertThat(first.path("formal").asBoolean()).isTrue();
        assertThat(saved.path("staff").get(3).path("yearsInPosition").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(saved.path("updatedBy").asText()).isEqualTo(LDJ_STAFF);
        assertThat(saved.path("pageUrl").asText()).isEqualTo("/units/" + campaignUnitIds.get("ldj") + "/staffing");

        for (String user : List.of(OFFICE, INSPECTOR)) {
            JsonNode seen = http.send(user, "GET", api, null).ok();
            assertThat(messages(seen)).as(user).isEqualTo(messages(saved));
            assertThat(seen.path("editable").asBoolean()).as(user).isFalse();
        }

        // the head may save too, and a save replaces the whole table
        JsonNode replaced = http.send(LDJ_HEAD, "PUT", api, List.of(row("张三", List.of("会计"), true, 3, null)))
                .ok();
        assertThat(replaced.path("staff")).hasSize(1);
        assertThat(messages(replaced)).as("nobody for 稽核 any more, and 张三's duties left out").containsExactly(
                NO_AUDITOR, "张三未填写岗位职责（人员分工表不完整，第3项）", "张三未填写岗位职责（人员分工表不完整，第5项）",
                "张三未填写岗位职责（人员分工表不完整，第14项）");
        assertThat(http.send(OFFICE, "GET", api, null).ok().path("staff")).hasSize(1);
    }

    @Test
    void aBadRowRejectsTheWholeTableWithAChineseMessage() {
        String api = "/api/campaign-units/" + campaignUnitIds.get("ldj") + "/staffing";
        http.send(LDJ_STAFF, "PUT", api, List.of(row("张三", List.of("会计", "出纳"), true, 3, "会计核算"))).ok();

        rejected(api, List.of(row("李四", List.of("出纳"), true, 1, null), row("", List.of("会计"), true, 1, null)),
                "第2行：请填写姓名");
        rejected(api, List.of(row("李四", List.of(), true, 1, null)), "第1行（李四）：请至少选择一个岗位");
        rejected(api, List.of(row("李四", List.of("司机"), true, 1, null)),
                "第1行（李四）：岗位无效：司机，应为 业务、财务、信息、会计、出纳、票据、印章、待遇发放、费率核定、稽核、基金监督、综合、其他 之一");
        rejected(api, List.of(row("李四", List.of("出纳"), true, 61, null)), "第1行（李四）：任职年限应在 0 到 60 年之间");
        rejected(api, List.of(row("李".repeat(51), List.of("出纳"), true, 1, null)),
                "第1行：姓名过长：最多 50 个字符，当前 51 个");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(row("人员" + i, List.of("综合"), true, 1, null));
        }
        rejected(api, tooMany, "人员过多：最多 200 人，当前 201 人");
        Answer notJson = http.send(LDJ_STAFF, "PUT", api, Map.of("name", "张三"));
        assertThat(notJson.status()).as(notJson.raw()).isEqualTo(400);
        assertThat(notJson.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("请求内容格式不正确，应为 JSON");

        JsonNode unchanged = http.send(LDJ_STAFF, "GET", api, null).ok();
        assertThat(unchanged.path("staff")).hasSize(1);
        assertThat(messages(unchanged)).containsExactly(NO_AUDITOR, "张三同时担任会计和出纳（不相容岗位，第3项）");
    }

    @Test
    void anotherUnitMayNeitherReadNorWriteAndTheOfficeOnlyReads() {
        long ldj = campaignUnitIds.get("ldj");
        String api = "/api/campaign-units/" + ldj + "/staffing";
        http.send(LDJ_STAFF, "PUT", api, List.of(row("张三", List.of("会计", "出纳"), true, 3, null))).ok();

        Answer read = http.send(YLBX_STAFF, "GET", api, null);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(NO_ACCESS);
        assertThat(read.raw()).doesNotContain("张三");
        Answer write = http.send(YLBX_STAFF, "PUT", api, List.of(row("冒名", List.of("综合"), true, 1, null)));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(NO_ACCESS);
        Answer page = http.page(YLBX_STAFF, "GET", "/units/" + ldj + "/staffing", null);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.raw()).contains(NO_ACCESS).doesNotContain("张三");

        Answer byOffice = http.send(OFFICE, "PUT", api, List.of(row("办公室", List.of("综合"), true, 1, null)));
        assertThat(byOffice.status()).as(byOffice.raw()).isEqualTo(403);
        assertThat(byOffice.problem(ApiProblem.ACCESS_DENIED)).isEqualTo(ONLY_OWN_UNIT);
        Answer officePost = http.page(OFFICE, "POST", "/units/" + ldj + "/staffing", form(Map.of("row", "a",
                "name-a", "办公室", "positions-a", "综合", "years-a", "1")));
        assertThat(officePost.status()).isEqualTo(403);
        assertThat(officePost.raw()).contains(ONLY_OWN_UNIT);
        assertThat(http.send(LDJ_STAFF, "GET", api, null).ok().path("staff").get(0).path("name").asText())
                .isEqualTo("张三");

        Answer missing = http.send(OFFICE, "GET", "/api/campaign-units/999999/staffing", null);
        assertThat(missing.status()).isEqualTo(404);
        Answer anonymous = http.send(null, "GET", api, null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void thePageSavesTheTableAndTheUnitPageListsTheFindings() {
        long ldj = campaignUnitIds.get("ldj");
        String path = "/units/" + ldj + "/staffing";
        Answer blank = http.page(LDJ_STAFF, "GET", path, null);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.raw()).contains("经办机构人员分工、岗位职责情况表（附件2）").contains("本单位尚未填报人员分工表")
                .contains("name=\"name-r0\"").contains("添加人员").contains("第3项（不相容岗位）：会计与出纳不得由一人兼任");

        String body = "row=a&name-a=" + enc("张三") + "&department-a=" + enc("财务科") + "&positions-a=" + enc("会计")
                + "&positions-a=" + enc("出纳") + "&duties-a=" + enc("会计核算") + "&formal-a=true&years-a=3"
                + "&row=b&name-b=&department-b=&duties-b=&years-b="   // an added row left empty: dropped
                + "&row=c&name-c=" + enc("王五") + "&department-c=" + enc("待遇科") + "&positions-c=" + enc("待遇发放")
                + "&duties-c=" + enc("养老金发放") + "&years-c=7";
        Answer saved = http.page(LDJ_STAFF, "POST", path, body);
        assertThat(saved.status()).as(saved.raw()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith(path);

        JsonNode table = http.send(OFFICE, "GET", "/api/campaign-units/" + ldj + "/staffing", null).ok();
        assertThat(table.path("staff")).hasSize(2);
        assertThat(table.path("staff").get(1).path("formal").asBoolean()).as("王五 not ticked 在编").isFalse();
        assertThat(table.path("staff").get(0).path("department").asText()).isEqualTo("财务科");
        assertThat(messages(table)).containsExactly(NO_AUDITOR, "张三同时担任会计和出纳（不相容岗位，第3项）",
                "王五担任待遇发放但非在编人员（高风险岗位，第5项）", "王五担任待遇发放已连续7年，超过5年（第5项）");

        Answer shown = http.page(LDJ_STAFF, "GET", path, null);
        assertThat(shown.raw()).contains("value=\"张三\"").contains("王五担任待遇发放已连续7年，超过5年（第5项）");
        Answer readOnly = http.page(OFFICE, "GET", path, null);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.raw()).contains("张三").contains("会计、出纳").contains("部门(科室)").contains("财务科")
                .doesNotContain("name=\"name-");

        Answer bad = http.page(LDJ_STAFF, "POST", path, "row=a&name-a=" + enc("李四") + "&years-a=2"
                + "&row=b&name-b=" + enc("孙八") + "&positions-b=" + enc("综合") + "&years-b=abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("第2行：任职年限应为数字").contains("均未保存").contains("value=\"李四\"")
                .contains("value=\"孙八\"");
        Answer badRow = http.page(LDJ_STAFF, "POST", path, "row=a&name-a=" + enc("李四") + "&years-a=2");
        assertThat(badRow.status()).isEqualTo(400);
        assertThat(badRow.raw()).contains("第1行（李四）：请至少选择一个岗位");
        assertThat(http.send(OFFICE, "GET", "/api/campaign-units/" + ldj + "/staffing", null).ok().path("staff"))
                .as("nothing of a rejected page saved").hasSize(2);

        Answer unitPage = http.page(OFFICE, "GET", "/units/" + ldj, null);
        assertThat(unitPage.status()).isEqualTo(200);
        assertThat(unitPage.raw()).contains("人员分工（附件2）").contains("张三同时担任会计和出纳（不相容岗位，第3项）")
                .contains("href=\"" + path + "\"");
    }

    // ---------------------------------------------------------------- helpers

    static final String NO_AUDITOR = "人员分工表中无人担任稽核岗位（须有专人（正式在编人员）担任，第2项）";

    private void rejected(String api, Object table, String message) {
        Answer answer = http.send(LDJ_STAFF, "PUT", api, table);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.problem(ApiProblem.INPUT_REJECTED)).isEqualTo(message);
    }

    private static List<String> messages(JsonNode table) {
        List<String> messages = new ArrayList<>();
        table.path("findings").forEach(f -> messages.add(f.path("message").asText()));
        return messages;
    }

    private static Map<String, Object> row(String name, List<String> positions, boolean formal, Number years,
            String duties) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("department", "综合科");
        row.put("positions", positions);
        row.put("duties", duties);
        row.put("formal", formal);
        row.put("yearsInPosition", years);
        return row;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
