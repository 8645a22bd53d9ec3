package cn.fundrisk.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Incompatible roles (不相容岗位) enforced by the engine: installs
 * {@link IncompatibleRolesIdentityProvider} as the engine's identity provider, with the pairs of
 * fundrisk.incompatible-groups. Not with profile ldap: there the directory owns the memberships
 * (Camunda cannot change them) and the LDAP plugin provides the identity service.
 */
@Component
@Profile("!ldap")
public class IncompatibleRolesPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(IncompatibleRolesPlugin.class);

    private final IncompatibleGroups incompatibleGroups;

    public IncompatibleRolesPlugin(IncompatibleGroupsProperties properties) {
        this.incompatibleGroups = IncompatibleGroups.of(properties.incompatibleGroups());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() != null) {
            // another plugin (LDAP, say) brings its own identity provider: keep it
            LOG.warn("Incompatible groups are not enforced: the engine already has the identity provider {}",
                    configuration.getIdentityProviderSessionFactory().getClass().getName());
            return;
        }
        configuration.setIdentityProviderSessionFactory(new ProviderFactory(incompatibleGroups));
        LOG.info("Incompatible groups enforced on new memberships: {} pair(s)", incompatibleGroups.size());
    }

    /**
     * Opens a provider per command, as Camunda's GenericManagerFactory does, but hands it the
     * pairs of this application context rather than through a static field (test JVMs run several
     * contexts, each with its own engine).
     */
    record ProviderFactory(IncompatibleGroups incompatibleGroups) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return IncompatibleRolesIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new IncompatibleRolesIdentityProvider(incompatibleGroups);
        }
    }
}
