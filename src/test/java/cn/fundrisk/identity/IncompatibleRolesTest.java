package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.HttpClientForTests.Answer;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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

    private HttpClientForTests http;
    private TestIdentities identities;

    @BeforeEach
    void createUsersAndGroups() {
        http = new HttpClientForTests(port, PASSWORD);
        identities = new TestIdentities(identityService, PASSWORD);
        for (String group : List.of("camunda-admin", "office", "inspectors", "unit-ldj", "unit-ldj-head",
                "unit-ylbx", "unit-ylbx-head")) {
            identities.group(group);
        }
        identities.user(ADMIN, "camunda-admin");
    }

    @Test
    void javaCodeCannotMakeTheStaffOfAUnitItsHead() {
        identities.user("roles-ldj-staff", "unit-ldj");

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
        identities.user("roles-ylbx-staff", "unit-ylbx");

        identityService.createMembership("roles-ylbx-staff", "unit-ldj-head");
        identityService.createMembership("roles-ylbx-staff", "office");

        assertThat(groupsOf("roles-ylbx-staff")).containsExactlyInAnyOrder("unit-ylbx", "unit-ldj-head", "office");
    }

    @Test
    void restAnswers400WithTheChineseMessage() throws Exception {
        identities.user("roles-inspector", "inspectors");

        Answer answer = put("/engine-rest/group/unit-ylbx-head/members/roles-inspector");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        JsonNode body = answer.body();
        assertThat(body.path("message").asText()).isEqualTo(
                "用户 roles-inspector 已是 inspectors 成员，不能同时加入 unit-ylbx-head：检查评估人员和被检查单位的人员不相容");
        assertThat(groupsOf("roles-inspector")).containsExactly("inspectors");

        Answer allowed = put("/engine-rest/group/office/members/roles-inspector");
        assertThat(allowed.status()).as(allowed.raw()).isEqualTo(204);
        assertThat(groupsOf("roles-inspector")).containsExactlyInAnyOrder("inspectors", "office");
    }

    /** Camunda's "Create Group Member" is PUT /group/{id}/members/{userId}. */
    private Answer put(String path) {
        return http.put(ADMIN, path, null);
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
