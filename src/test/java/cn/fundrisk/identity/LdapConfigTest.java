package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** fundrisk.ldap.* onto Camunda's LDAP plugin; no directory address, no start. */
class LdapConfigTest {

    @Test
    void bindsTheKebabCasePropertiesOntoThePlugin() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("fundrisk.ldap.server-url", "ldaps://ldap.example:636/")
                .withProperty("fundrisk.ldap.use-ssl", "true")
                .withProperty("fundrisk.ldap.group-id-attribute", "cn")
                .withProperty("fundrisk.ldap.group-member-attribute", "member")
                .withProperty("fundrisk.ldap.page-size", "200");

        LdapIdentityProviderPlugin plugin = new LdapConfig().ldapIdentityProviderPlugin(environment);

        assertThat(plugin.getServerUrl()).isEqualTo("ldaps://ldap.example:636/");
        assertThat(plugin.isUseSsl()).isTrue();
        assertThat(plugin.getGroupIdAttribute()).isEqualTo("cn");
        assertThat(plugin.getGroupMemberAttribute()).isEqualTo("member");
        assertThat(plugin.getPageSize()).isEqualTo(200);
        assertThat(plugin.isAcceptUntrustedCertificates()).isFalse();
    }

    @Test
    void refusesToStartWithoutTheDirectoryAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("fundrisk.ldap.server-url", "");

        assertThatThrownBy(() -> new LdapConfig().ldapIdentityProviderPlugin(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(LdapConfig.NO_URL);
    }
}
