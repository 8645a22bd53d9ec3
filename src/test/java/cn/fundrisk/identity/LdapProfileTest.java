package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Profile ldap with application-ldap.yaml's mapping. The app starts while the directory is down
 * (nothing listens on its port: start-up must not connect); when the directory comes up (an
 * in-memory stand-in for the bureau's), users log in with their directory passwords and have the
 * groups of ou=fundrisk, without a restart.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:fundrisk-ldap;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "ldap"})
// its engine registers as "default" too: close it with the class
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapProfileTest {

    static final String BASE_DN = "dc=fundrisk,dc=example";
    static final String MANAGER_DN = "cn=camunda,ou=services," + BASE_DN;
    static final String MANAGER_PASSWORD = "manager-password";
    static final int PORT = freePort();
    static InMemoryDirectoryServer directory;

    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        registry.add("fundrisk.ldap.server-url", () -> "ldap://127.0.0.1:" + PORT + "/");
        registry.add("fundrisk.ldap.base-dn", () -> BASE_DN);
        registry.add("fundrisk.ldap.manager-dn", () -> MANAGER_DN);
        registry.add("fundrisk.ldap.manager-password", () -> MANAGER_PASSWORD);
    }

    @AfterAll
    static void stopDirectory() {
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    @Order(1)
    void startsWithoutTheDirectoryAndUsesTheLdapIdentityService() {
        assertThat(listening(PORT)).as("nothing listens on the directory's port").isFalse();

        assertThat(identityService.isReadOnly()).isTrue();
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getIdentityProviderSessionFactory()).isInstanceOf(LdapIdentityProviderFactory.class);
        assertThat(context.getBeansOfType(IncompatibleRolesPlugin.class)).as("memberships are the directory's")
                .isEmpty();
        assertThat(context.getBeansOfType(AdministratorAccount.class)).isEmpty();
        assertThat(context.getBean(AdministratorAuthorizationPlugin.class).getAdministratorUserName())
                .isEqualTo("admin");
    }

    @Test
    @Order(2)
    void whenTheDirectoryIsUpItsUsersLogInWithTheirGroups() throws Exception {
        startDirectory();

        assertThat(identityService.checkPassword("zhangsan", "zhangsan-password")).isTrue();
        assertThat(identityService.checkPassword("zhangsan", "wrong-password")).isFalse();
        assertThat(identityService.checkPassword("lisi", "lisi-password")).isTrue();

        User zhang = identityService.createUserQuery().userId("zhangsan").singleResult();
        assertThat(zhang.getFirstName()).isEqualTo("三");
        assertThat(zhang.getLastName()).isEqualTo("张");
        assertThat(zhang.getEmail()).isEqualTo("zhangsan@fundrisk.example");

        // only the groups below ou=fundrisk: the ids the models use
        assertThat(identityService.createGroupQuery().groupMember("zhangsan").list()).extracting(Group::getId)
                .containsExactly("office");
        assertThat(identityService.createGroupQuery().groupMember("lisi").list()).extracting(Group::getId)
                .containsExactly("unit-ldj");
        assertThat(identityService.createGroupQuery().groupId("unit-ldj").singleResult().getName())
                .isEqualTo("市劳动就业管理局 经办人员");
        assertThat(identityService.createUserQuery().memberOfGroup("office").list()).extracting(User::getId)
                .containsExactly("zhangsan");
        assertThat(identityService.createGroupQuery().groupId("all-staff").count()).isZero();
    }

    private static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", PORT));
        directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, new File(LdapProfileTest.class.getResource("/ldap/bureau.ldif").toURI()));
        directory.startListening();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
