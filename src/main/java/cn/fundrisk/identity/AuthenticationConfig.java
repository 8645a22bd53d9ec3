package cn.fundrisk.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what. Camunda's REST API (/engine-rest) asks for HTTP Basic against the engine's
 * users; our own API and pages accept a Tasklist session or HTTP Basic (see {@link ApiAuthenticationFilter}).
 * The Camunda webapps (/camunda) keep their own login.
 */
@Configuration
public class AuthenticationConfig {

    static final String[] OWN_PATHS = { "/api/*", "/units/*", "/campaigns/*", "/evidence/*", "/audit", "/dashboard", "/outbox", "/outbox/*",
        "/reminders/*", "/checklist", "/checklist/*" };

    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-auth");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    public FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
            ProcessEngine processEngine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identityService, processEngine.getName()));
        registration.setName("fundrisk-auth");
        registration.addUrlPatterns(OWN_PATHS);
        return registration;
    }
}
