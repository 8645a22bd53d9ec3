package cn.fundrisk.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Camunda groups, users and memberships for tests, through IdentityService: each created only when
 * missing, so a test may ask for them before every test method.
 */
public final class TestIdentities {

    private final IdentityService identityService;
    private final String password;
    private final String lastName;

    /** Users whose last name is 测试. */
    public TestIdentities(IdentityService identityService, String password) {
        this(identityService, password, "测试");
    }

    public TestIdentities(IdentityService identityService, String password, String lastName) {
        this.identityService = identityService;
        this.password = password;
        this.lastName = lastName;
    }

    /** A group named after its id, without a type. */
    public void group(String id) {
        group(id, id, null);
    }

    public void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** The user (first name its id, the shared password) and its membership of the group, which must exist. */
    public void user(String id, String groupId) {
        person(id, groupId, lastName, id);
    }

    /** A user with a family and a given name (a Chinese name: 李, 明) and its membership of the group. */
    public void person(String id, String groupId, String familyName, String givenName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(givenName);
            user.setLastName(familyName);
            user.setEmail(id + "@fundrisk.example");
            user.setPassword(password);
            // the tests' short shared passwords are seeded past the password policy, as the demo's are
            ((IdentityServiceImpl) identityService).saveUser(user, true);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}
