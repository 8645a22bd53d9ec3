package cn.fundrisk.identity;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Profile ldap: users, groups and passwords come from the bureau's LDAP directory, through
 * Camunda's LDAP identity plugin, configured by fundrisk.ldap.* (application-ldap.yaml; every
 * setter of the plugin, in kebab case: server-url, manager-dn, group-id-attribute ...). The engine's
 * identity service is then read-only. Nothing connects to the directory at start-up, only when
 * someone logs in or a user or group is looked up.
 */
@Configuration
@Profile("ldap")
public class LdapConfig {

    static final String PREFIX = "fundrisk.ldap";
    static final String NO_URL = "FUNDRISK_LDAP_URL is not set: the ldap profile needs the directory's address,"
            + " e.g. ldap://ldap.example.gov.cn:389/ (LDAP 配置缺少目录服务器地址 FUNDRISK_LDAP_URL)";

    @Bean
    public LdapIdentityProviderPlugin ldapIdentityProviderPlugin(Environment environment) {
        LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
        Binder.get(environment).bind(PREFIX, Bindable.ofInstance(plugin));
        if (plugin.getServerUrl() == null || plugin.getServerUrl().isBlank()) {
            throw new IllegalStateException(NO_URL);
        }
        return plugin;
    }
}
