package cn.fundrisk.audit;

import java.util.List;

import cn.fundrisk.process.Actors;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hooks {@link AuditListener} into Hibernate for every entity manager the application builds. The
 * user is the engine's authenticated user ({@link Actors}), else "system"; it is looked up at each
 * flush, since the engine is built after the entity manager factory.
 */
@Configuration
public class AuditConfig {

    @Bean
    HibernatePropertiesCustomizer auditTrailListener(ObjectProvider<Actors> actors) {
        AuditListener listener = new AuditListener(() -> {
            Actors current = actors.getIfAvailable();
            String user = current == null ? null : current.currentUser();
            return user == null ? Actors.SYSTEM : user;
        });
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                    SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry registry = sessionFactory.getServiceRegistry()
                        .getService(EventListenerRegistry.class);
                registry.appendListeners(EventType.POST_INSERT, listener);
                registry.appendListeners(EventType.POST_UPDATE, listener);
                registry.appendListeners(EventType.POST_DELETE, listener);
            }

            @Override
            public void disintegrate(SessionFactoryImplementor sessionFactory,
                    SessionFactoryServiceRegistry serviceRegistry) {
                // nothing to release
            }
        };
        return properties -> properties.put(JpaSettings.INTEGRATOR_PROVIDER,
                (IntegratorProvider) () -> List.of(integrator));
    }
}
