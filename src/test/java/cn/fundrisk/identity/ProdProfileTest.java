package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import cn.fundrisk.FundRiskCampaignApplication;
import cn.fundrisk.campaign.Campaigns;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile, started as `java -jar ... --spring.profiles.active=prod` would (in-memory H2 in
 * place of the production database): refuses to start without a proper administrator password;
 * with one, has the administrator and no demo users.
 */
class ProdProfileTest {

    static final String PASSWORD = "correct-horse-battery";

    @Test
    void refusesToStartWithoutTheAdministratorPassword() {
        assertThatThrownBy(() -> start("fundrisk-prod-none", "--fundrisk.admin.password="))
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause)
                        .isInstanceOf(AdministratorPasswordException.class)
                        .hasMessage("FUNDRISK_ADMIN_PASSWORD is not set: the prod profile needs the administrator's"
                                + " password (生产环境必须通过环境变量 FUNDRISK_ADMIN_PASSWORD 提供管理员密码)")));
    }

    @Test
    void refusesAWeakAdministratorPassword() {
        assertThatThrownBy(() -> start("fundrisk-prod-weak", "--fundrisk.admin.password=admin12345"))
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause -> assertThat(cause)
                        .isInstanceOf(AdministratorPasswordException.class)
                        .hasMessage(AdministratorAccount.TOO_SHORT)
                        .hasMessageContaining("at least 12 characters")
                        .hasMessageContaining("管理员密码至少需要 12 个字符")));
    }

    @Test
    void theFailureReportSaysWhatToDo() {
        FailureAnalysis analysis = new AdministratorPasswordFailureAnalyzer().analyze(
                new IllegalStateException(new AdministratorPasswordException(AdministratorAccount.MISSING)));
        assertThat(analysis.getDescription()).isEqualTo(AdministratorAccount.MISSING);
        assertThat(analysis.getAction()).contains("FUNDRISK_ADMIN_PASSWORD").contains("请设置环境变量");
    }

    @Test
    void createsTheAdministratorOnceAndNoDemoUsers() throws Exception {
        try (ConfigurableApplicationContext context = start("fundrisk-prod", "--fundrisk.admin.password=" + PASSWORD)) {
            IdentityService identityService = context.getBean(IdentityService.class);
            ProcessEngine processEngine = context.getBean(ProcessEngine.class);
            AuthorizationService authorizationService = context.getBean(AuthorizationService.class);

            assertThat(identityService.checkPassword("admin", PASSWORD)).isTrue();
            assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count())
                    .isEqualTo(1);
            for (String group : List.of(Groups.OFFICE, Groups.LEADERS, Groups.INSPECTORS, Groups.FUND_SUPERVISION,
                    Groups.CAMUNDA_ADMIN)) {
                assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
            }
            assertThat(identityService.createUserQuery().count()).as("only the administrator").isEqualTo(1);
            List<java.util.Map<String, Object>> units = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForList("SELECT code, contact_email FROM unit");
            assertThat(units).as("the units loaded by the migrations").hasSize(11);
            for (java.util.Map<String, Object> unit : units) {
                String code = (String) unit.get("CODE");
                assertThat(identityService.createGroupQuery().groupIdIn("unit-" + code, "unit-" + code + "-head").count())
                        .as("the groups of %s, so that its tasks have someone to go to", code).isEqualTo(2);
                assertThat(unit.get("CONTACT_EMAIL")).as("no example address in production: %s", code).isNull();
            }
            assertThat(identityService.checkPassword("office", "demo")).isFalse();
            assertThat(identityService.createUserQuery().userId("ldj-staff").count()).isZero();
            assertThat(context.getBean(Campaigns.class).count()).as("no demo campaign").isZero();

            assertThat(processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
            assertThat(authorizationService.isUserAuthorized("admin", List.of(Groups.CAMUNDA_ADMIN),
                    Permissions.ACCESS, Resources.APPLICATION, "admin")).as("the Admin webapp lets the administrator in")
                    .isTrue();
            assertThat(context.getEnvironment().getProperty("spring.h2.console.enabled")).isEqualTo("false");
            assertThat(context.containsBean("h2Console")).isFalse();

            // the administrator changes the password in the Admin webapp; the next start must not reset it
            User admin = identityService.createUserQuery().userId("admin").singleResult();
            admin.setPassword("changed-in-the-webapp-2024");
            identityService.saveUser(admin);
            new AdministratorAccount("admin", "another-long-password").postProcessEngineBuild(processEngine);
            assertThat(identityService.checkPassword("admin", "changed-in-the-webapp-2024")).isTrue();
            assertThat(identityService.checkPassword("admin", "another-long-password")).isFalse();
            assertThat(identityService.createUserQuery().count()).isEqualTo(1);
        }
    }

    /** The application with profile prod only, on its own in-memory database. */
    private static ConfigurableApplicationContext start(String database, String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.metrics.enabled=false"));
        all.addAll(List.of(args));
        SpringApplication application = new SpringApplicationBuilder(FundRiskCampaignApplication.class)
                .profiles("prod")
                .build();
        return application.run(all.toArray(String[]::new));
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = e; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
