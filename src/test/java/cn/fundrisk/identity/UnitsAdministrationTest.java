package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fundrisk.process.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The office keeps the unit list and sees, on /units, who Camunda has in each unit's groups: over
 * HTTP as each role with authorization on. A membership made through Camunda's REST API (as Admin
 * does it) shows on our page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-units;DB_CLOSE_DELAY=-1", "camunda.bpm.authorization.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsAdministrationTest {

    static final String OFFICE = "office-u";
    static final String LEADER = "leader-u";
    static final String INSPECTOR = "inspector-u";
    static final String LDJ_STAFF = "ldj-staff-u";
    static final String ADMIN = "admin-u";
    static final String PASSWORD = "pw-units-2024"; // meets the password policy: saved below without TestIdentities

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired Units units;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void users() {
        user(OFFICE, "王", "办公室", Groups.OFFICE);
        user(LEADER, "李", "领导", Groups.LEADERS);
        user(INSPECTOR, "张", "检查员", Groups.INSPECTORS);
        user(LDJ_STAFF, "刘", "经办", "unit-ldj");
        user(ADMIN, "管", "理员", Groups.CAMUNDA_ADMIN);
    }

    @Test
    void officeAddsAUnitWithItsGroupsAndEveryoneSeesIt() throws Exception {
        Answer created = send(OFFICE, "POST", "/api/units", Map.of("code", "xinqu", "name", "新区人力资源和社会保障局",
                "kind", "COUNTY", "defaultParticipant", true, "contactEmail", "xinqu@fundrisk.example"));
        assertThat(created.status).isEqualTo(201);
        assertThat(created.body.path("code").asText()).isEqualTo("xinqu");
        assertThat(created.body.path("kindLabel").asText()).isEqualTo("县区人社局");
        assertThat(created.body.path("active").asBoolean()).isTrue();

        Group staff = identityService.createGroupQuery().groupId("unit-xinqu").singleResult();
        assertThat(staff.getName()).isEqualTo("新区人力资源和社会保障局 经办人员");
        assertThat(staff.getType()).isEqualTo("UNIT");
        assertThat(identityService.createGroupQuery().groupId("unit-xinqu-head").singleResult().getName())
                .isEqualTo("新区人力资源和社会保障局 单位负责人");

        JsonNode listed = unit(get(LDJ_STAFF, "/api/units").body, "xinqu");
        assertThat(listed.path("staffGroupExists").asBoolean()).isTrue();
        assertThat(listed.path("staffCount").asLong()).isZero();
        assertThat(listed.path("defaultParticipant").asBoolean()).isTrue();

        Answer page = page(OFFICE, "/units");
        assertThat(page.status).isEqualTo(200);
        String row = row(page.raw, "unit-xinqu");
        assertThat(row).contains("新区人力资源和社会保障局", "县区人社局", "xinqu@fundrisk.example", "无成员");
        assertThat(row(page.raw, "unit-ylbx")).as("every unit of the table has its groups from the first start")
                .contains("无成员").doesNotContain("缺少用户组");
        assertThat(page.raw).contains("href=\"/units\"", "/camunda/app/admin/default/#/groups", "新增单位");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Unit' AND action = 'INSERT'"
                + " AND user_id = ?", Integer.class, OFFICE)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unitUsersGetNoPageAndNobodyButTheOfficeEditsTheList() throws Exception {
        Answer page = page(LDJ_STAFF, "/units");
        assertThat(page.status).isEqualTo(403);
        assertThat(page.raw).contains("无权查看单位与人员").doesNotContain("市养老保险管理中心");
        assertThat(get(LDJ_STAFF, "/units").body.path("detail").asText()).contains("无权查看单位与人员");
        assertThat(page(LEADER, "/units").status).isEqualTo(200);
        Answer inspectorPage = page(INSPECTOR, "/units");
        assertThat(inspectorPage.status).isEqualTo(200);
        assertThat(inspectorPage.raw).doesNotContain("新增单位");

        long before = units.count();
        for (String user : List.of(LDJ_STAFF, LEADER, INSPECTOR)) {
            Answer post = send(user, "POST", "/api/units", Map.of("code", "sneaky", "name", "越权单位", "kind", "AGENCY"));
            assertThat(post.status).as(user).isEqualTo(403);
            assertThat(post.body.path("detail").asText()).isEqualTo(UnitDirectory.ONLY_OFFICE);
            assertThat(post.body.path("type").asText()).isEqualTo(ApiProblem.ACCESS_DENIED.type().toString());
        }
        Answer put = send(LDJ_STAFF, "PUT", "/api/units/ldj", Map.of("name", "改名", "kind", "AGENCY"));
        assertThat(put.status).isEqualTo(403);
        assertThat(form(LDJ_STAFF, "/units", Map.of("code", "sneaky", "name", "越权单位", "kind", "AGENCY")).status)
                .isEqualTo(403);
        assertThat(units.count()).isEqualTo(before);
        assertThat(units.findByCode("ldj").orElseThrow().getName()).isEqualTo("市劳动就业管理局");
        assertThat(identityService.createGroupQuery().groupId("unit-sneaky").count()).isZero();
    }

    @Test
    void badInputIsRefusedInChineseAndNothingIsSaved() throws Exception {
        long before = units.count();
        List<Map.Entry<String, Map<String, Object>>> cases = new ArrayList<>();
        String badCode = "单位编码须为 2 至 30 位小写英文字母或数字";
        cases.add(Map.entry(badCode, Map.of("code", "Bad-Code", "name", "某单位", "kind", "AGENCY")));
        cases.add(Map.entry(badCode, Map.of("code", "a", "name", "某单位", "kind", "AGENCY")));
        cases.add(Map.entry("请填写单位编码", Map.of("name", "某单位", "kind", "AGENCY")));
        cases.add(Map.entry("单位编码已存在：ldj", Map.of("code", "ldj", "name", "重复", "kind", "AGENCY")));
        cases.add(Map.entry("单位类型不正确", Map.of("code", "badkind", "name", "某单位", "kind", "CITY")));
        cases.add(Map.entry("请选择单位类型", Map.of("code", "nokind", "name", "某单位")));
        cases.add(Map.entry("请填写单位名称", Map.of("code", "noname", "name", "  ", "kind", "AGENCY")));
        cases.add(Map.entry("单位名称不能超过 100 个字符",
                Map.of("code", "longname", "name", "长".repeat(101), "kind", "AGENCY")));
        cases.add(Map.entry("联系邮箱格式不正确", Map.of("code", "bademail", "name", "某单位", "kind", "AGENCY",
                "contactEmail", "not-an-email")));
        for (Map.Entry<String, Map<String, Object>> c : cases) {
            Answer answer = send(OFFICE, "POST", "/api/units", c.getValue());
            assertThat(answer.status).as(c.getKey()).isEqualTo(400);
            assertThat(answer.body.path("detail").asText()).as(c.getKey()).contains(c.getKey());
        }
        Answer x = send(OFFICE, "POST", "/api/units", Map.of("code", "x", "name", "某单位", "kind", "AGENCY"));
        assertThat(x.body.path("detail").asText()).isEqualTo(badCode);
        Answer empty = send(OFFICE, "POST", "/api/units", Map.of("code", "emptyname", "name", "", "kind", "AGENCY"));
        assertThat(empty.status).isEqualTo(400);
        assertThat(empty.body.path("detail").asText()).isEqualTo("请填写单位名称");
        assertThat(empty.body.path("type").asText()).isEqualTo(ApiProblem.INPUT_REJECTED.type().toString());

        Answer pageForm = form(OFFICE, "/units", Map.of("code", "formbad", "name", "表单单位", "kind", "NOPE"));
        assertThat(pageForm.status).isEqualTo(400);
        assertThat(pageForm.raw).contains("单位类型不正确", "value=\"表单单位\"");

        assertThat(units.count()).isEqualTo(before);
        assertThat(units.findByCode("ldj").orElseThrow().getName()).isEqualTo("市劳动就业管理局");
        for (String code : List.of("badkind", "nokind", "noname", "emptyname", "bademail", "formbad")) {
            assertThat(identityService.createGroupQuery().groupId("unit-" + code).count()).as(code).isZero();
        }
    }

    @Test
    void officeRenamesAndDeactivatesAUnitButNotItsCode() throws Exception {
        assertThat(send(OFFICE, "POST", "/api/units", Map.of("code", "oldname", "name", "旧名称单位", "kind", "AGENCY",
                "defaultParticipant", true)).status).isEqualTo(201);
        Answer put = send(OFFICE, "PUT", "/api/units/oldname", Map.of("name", "新名称单位", "kind", "INFO_CENTRE",
                "defaultParticipant", false, "active", false, "contactEmail", "new@fundrisk.example"));
        assertThat(put.status).isEqualTo(200);
        assertThat(put.body.path("code").asText()).isEqualTo("oldname");
        Unit saved = units.findByCode("oldname").orElseThrow();
        assertThat(saved.getName()).isEqualTo("新名称单位");
        assertThat(saved.getKind()).isEqualTo(UnitKind.INFO_CENTRE);
        assertThat(saved.isActive()).isFalse();
        assertThat(saved.isDefaultParticipant()).isFalse();
        assertThat(saved.getContactEmail()).isEqualTo("new@fundrisk.example");
        assertThat(identityService.createGroupQuery().groupId("unit-oldname").singleResult().getName())
                .isEqualTo("新名称单位 经办人员");
        JsonNode listed = unit(get(LEADER, "/api/units").body, "oldname");
        assertThat(listed.path("active").asBoolean()).isFalse();
        assertThat(row(page(OFFICE, "/units").raw, "unit-oldname")).contains("新名称单位", "信息中心");

        Answer changeCode = send(OFFICE, "PUT", "/api/units/oldname", Map.of("code", "other", "name", "新名称单位",
                "kind", "AGENCY"));
        assertThat(changeCode.status).isEqualTo(400);
        assertThat(changeCode.body.path("detail").asText()).isEqualTo("单位编码不能修改");
        Answer blank = send(OFFICE, "PUT", "/api/units/oldname", Map.of("name", "", "kind", "AGENCY"));
        assertThat(blank.status).isEqualTo(400);
        assertThat(units.findByCode("oldname").orElseThrow().getName()).isEqualTo("新名称单位");
        assertThat(send(OFFICE, "PUT", "/api/units/nosuchunit", Map.of("name", "某", "kind", "AGENCY")).status)
                .isEqualTo(404);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Unit' AND action = 'UPDATE'"
                + " AND field = 'active' AND user_id = ?", Integer.class, OFFICE)).isEqualTo(1);

        // PATCH changes only what it names; an empty address clears it; PUT still wants the whole unit
        Answer patched = send(OFFICE, "PATCH", "/api/units/oldname", Map.of("contactEmail", "patched@fundrisk.example"));
        assertThat(patched.status).isEqualTo(200);
        assertThat(patched.body.path("contactEmail").asText()).isEqualTo("patched@fundrisk.example");
        assertThat(patched.body.path("name").asText()).isEqualTo("新名称单位");
        assertThat(patched.body.path("kind").asText()).isEqualTo("INFO_CENTRE");
        assertThat(patched.body.path("active").asBoolean()).isFalse();
        assertThat(send(OFFICE, "PATCH", "/api/units/oldname", Map.of("contactEmail", "")).body.path("contactEmail")
                .isNull()).isTrue();
        Answer badMail = send(OFFICE, "PATCH", "/api/units/oldname", Map.of("contactEmail", "不是邮箱"));
        assertThat(badMail.status).isEqualTo(400);
        assertThat(badMail.body.path("detail").asText()).isEqualTo("联系邮箱格式不正确");
        assertThat(send(LDJ_STAFF, "PATCH", "/api/units/ldj", Map.of("contactEmail", "x@fundrisk.example")).status)
                .isEqualTo(403);
        assertThat(send(OFFICE, "PUT", "/api/units/oldname", Map.of("contactEmail", "a@fundrisk.example")).body
                .path("detail").asText()).isEqualTo("请填写单位名称");
    }

    @Test
    void theOfficesPageFormAddsAndChangesUnits() throws Exception {
        Answer added = form(OFFICE, "/units", Map.of("code", "formunit", "name", "表单新增单位", "kind", "BUREAU",
                "contactEmail", "form@fundrisk.example"));
        assertThat(added.status).isEqualTo(302);
        Unit unit = units.findByCode("formunit").orElseThrow();
        assertThat(unit.getKind()).isEqualTo(UnitKind.BUREAU);
        assertThat(unit.isDefaultParticipant()).as("unchecked box").isFalse();
        assertThat(identityService.createGroupQuery().groupId("unit-formunit-head").count()).isEqualTo(1);

        Answer changed = form(OFFICE, "/units/formunit", Map.of("name", "表单改名单位", "kind", "BUREAU",
                "defaultParticipant", "true"));
        assertThat(changed.status).isEqualTo(302);
        unit = units.findByCode("formunit").orElseThrow();
        assertThat(unit.getName()).isEqualTo("表单改名单位");
        assertThat(unit.isActive()).as("unchecked box").isFalse();
        assertThat(unit.isDefaultParticipant()).isTrue();
        assertThat(unit.getContactEmail()).isNull();
    }

    /** What the office manages in Camunda Admin (here its REST API) shows on our page. */
    @Test
    void aMembershipMadeInCamundaShowsOnThePage() throws Exception {
        assertThat(send(OFFICE, "POST", "/api/units", Map.of("code", "members", "name", "成员测试单位", "kind", "COUNTY"))
                .status).isEqualTo(201);
        User user = identityService.newUser("chen-xm");
        user.setFirstName("小明");
        user.setLastName("陈");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);

        assertThat(send(LDJ_STAFF, "PUT", "/engine-rest/group/unit-members/members/chen-xm", null).status)
                .as("a unit's user may not change memberships").isEqualTo(403);
        assertThat(send(ADMIN, "PUT", "/engine-rest/group/unit-members/members/chen-xm", null).status)
                .isEqualTo(204);

        for (String viewer : List.of(OFFICE, LEADER, INSPECTOR)) {
            String row = row(page(viewer, "/units").raw, "unit-members");
            String staff = row.substring(row.indexOf("class=\"staff\""), row.indexOf("class=\"head\""));
            assertThat(staff).as(viewer).contains("陈小明", "chen-xm").doesNotContain("无成员");
            assertThat(row.substring(row.indexOf("class=\"head\""))).as(viewer).contains("无成员");
        }
        JsonNode listed = unit(get(LDJ_STAFF, "/api/units").body, "members");
        assertThat(listed.path("staffCount").asLong()).isEqualTo(1);
        assertThat(listed.path("headCount").asLong()).isZero();

        String wide = page(LEADER, "/units").raw;
        assertThat(wide.substring(wide.indexOf("id=\"group-office\""))).contains("王办公室", OFFICE);
        assertThat(wide).doesNotContain(PASSWORD);
    }

    private static JsonNode unit(JsonNode list, String code) {
        for (JsonNode unit : list) {
            if (unit.path("code").asText().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + code + " in " + list);
    }

    /** The table row with the id, up to its end. */
    private static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private record Answer(int status, JsonNode body, String raw) {
    }

    private Answer get(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
    }

    private Answer page(String user, String path) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    private Answer send(String user, String method, String path, Object body) throws Exception {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private Answer form(String user, String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        request.header("Authorization", "Basic " + basic);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body() == null ? "" : response.body();
        JsonNode body = raw.isBlank() || !raw.strip().startsWith("{") && !raw.strip().startsWith("[")
                ? json.createObjectNode() : json.readTree(raw);
        return new Answer(response.statusCode(), body, raw);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void user(String id, String lastName, String firstName, String group) {
        if (identityService.createGroupQuery().groupId(group).count() == 0) {
            Group g = identityService.newGroup(group);
            g.setName(group);
            identityService.saveGroup(g);
        }
        User u = identityService.newUser(id);
        u.setFirstName(firstName);
        u.setLastName(lastName);
        u.setPassword(PASSWORD);
        identityService.saveUser(u);
        identityService.createMembership(id, group);
    }
}
