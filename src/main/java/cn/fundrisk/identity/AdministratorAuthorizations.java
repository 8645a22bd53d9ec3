package cn.fundrisk.identity;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profiles prod and ldap: with Camunda's authorization checks on, the technical administrator
 * account (user fundrisk.admin.user, from the database or the directory) gets every permission on
 * every resource, as Camunda's own first-administrator setup grants: the account of last resort.
 * The group camunda-admin gets its rights from {@link AccessRules} (the directory and the engine,
 * not units' tasks). Idempotent; does nothing while authorization is off.
 */
@Configuration
@Profile({"prod", "ldap"})
public class AdministratorAuthorizations {

    @Bean
    public AdministratorAuthorizationPlugin administratorAuthorizationPlugin(
            @Value("${fundrisk.admin.user:admin}") String administrator) {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorUserName(administrator.strip());
        return plugin;
    }
}
