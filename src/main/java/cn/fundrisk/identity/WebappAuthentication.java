package cn.fundrisk.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda trusts the gate's login (Camunda's container-based authentication): the user Spring
 * Security authenticated ({@code request.getUserPrincipal()}) becomes the engine's user, with the
 * groups the engine knows. For the webapps (Tasklist, Cockpit, Admin under /camunda) Camunda's
 * {@link ContainerBasedAuthenticationFilter} writes it into the webapp's session (the same session
 * as the gate's, so ending one ends both); for /engine-rest {@link ProcessEngineAuthenticationFilter}
 * sets it for the request. Both run after Spring Security's filter (order -100) and before the
 * webapps' own filters (registered later, unordered).
 */
@Configuration
public class WebappAuthentication {

    static final int ORDER = -50;

    @Bean
    public FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("fundrisk-webapp-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestContainerAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("fundrisk-engine-rest-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
