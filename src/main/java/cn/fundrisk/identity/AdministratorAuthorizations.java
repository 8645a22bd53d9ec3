package cn.fundrisk.identity;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profiles prod and ldap: with Camunda's authorization checks on, the administrator (user
 * fundrisk.admin.user, from the database or the directory) and the group camunda-admin get every
 * permission on every resource, as Camunda's own first-administrator setup grants. Without them the
 * webapps would refuse the administrator. Idempotent; does nothing while authorization is off.
 */
@Configuration
@Profile({"prod", "ldap"})
public class AdministratorAuthorizations {

    @Bean
    public AdministratorAuthorizationPlugin administratorAuthorizationPlugin(
            @Value("${fundrisk.admin.user:admin}") String administrator) {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorUserName(administrator.strip());
        plugin.setAdministratorGroupName(Groups.CAMUNDA_ADMIN);
        return plugin;
    }
}
