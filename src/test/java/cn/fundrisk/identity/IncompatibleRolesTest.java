package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import cn.fundrisk.process.InputRejectedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Incompatible roles are refused by the engine, whoever creates the membership: Java code through
 * IdentityService, and Camunda's REST API (the Admin webapp uses the same resource).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-roles;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
// its engine registers as "default" too: close it with the class
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IncompatibleRolesTest {

    static final String PASSWORD = "pw";
    static final String ADMIN = "admin-roles";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void createUsersAndGroups() {
        for (String group : List.of("camunda-admin", "office", "inspectors", "unit-ldj", "unit-ldj-head",
                "unit-ylbx", "unit-ylbx-head")) {
            if (identityService.createGroupQuery().groupId(group).count() == 0) {
                Group created = identityService.newGroup(group);
                created.setName(group);
                identityService.saveGroup(created);
            }
        }
        user(ADMIN, "camunda-admin");
    }

    @Test
    void javaCodeCannotMakeTheStaffOfAUnitItsHead() {
        user("roles-ldj-staff", "unit-ldj");

        assertThatThrownBy(() -> identityService.createMembership("roles-ldj-staff", "unit-ldj-head"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("用户 roles-ldj-staff 已是 unit-ldj 成员，不能同时加入 unit-ldj-head："
                        + "同一单位的经办人员和单位负责人不相容");
        assertThat(groupsOf("roles-ldj-staff")).as("memberships unchanged").containsExactly("unit-ldj");

        assertThatThrownBy(() -> identityService.createMembership("roles-ldj-staff", "inspectors"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("用户 roles-ldj-staff 已是 unit-ldj 成员，不能同时加入 inspectors："
                        + "检查评估人员和被检查单位的人员不相容");
        assertThat(groupsOf("roles-ldj-staff")).containsExactly("unit-ldj");
    }

    @Test
    void compatibleMembershipsAreCreated() {
        user("roles-ylbx-staff", "unit-ylbx");

        identityService.createMembership("roles-ylbx-staff", "unit-ldj-head");
        identityService.createMembership("roles-ylbx-staff", "office");

        assertThat(groupsOf("roles-ylbx-staff")).containsExactlyInAnyOrder("unit-ylbx", "unit-ldj-head", "office");
    }

    @Test
    void restAnswers400WithTheChineseMessage() throws Exception {
        user("roles-inspector", "inspectors");

        HttpResponse<String> answer = put("/engine-rest/group/unit-ylbx-head/members/roles-inspector");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(answer.body());
        assertThat(body.path("message").asText()).isEqualTo(
                "用户 roles-inspector 已是 inspectors 成员，不能同时加入 unit-ylbx-head：检查评估人员和被检查单位的人员不相容");
        assertThat(groupsOf("roles-inspector")).containsExactly("inspectors");

        HttpResponse<String> allowed = put("/engine-rest/group/office/members/roles-inspector");
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(204);
        assertThat(groupsOf("roles-inspector")).containsExactlyInAnyOrder("inspectors", "office");
    }

    /** Camunda's "Create Group Member" is PUT /group/{id}/members/{userId}. */
    private HttpResponse<String> put(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private void user(String id, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("测试");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(id, groupId);
        }
    }
}
