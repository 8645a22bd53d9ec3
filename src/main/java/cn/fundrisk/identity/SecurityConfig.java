package cn.fundrisk.identity;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.util.List;

import cn.fundrisk.audit.AuditEntries;
import cn.fundrisk.audit.RefusalTrail;
import cn.fundrisk.audit.RejectedAttempts;
import cn.fundrisk.process.DeclaredFields;
import cn.fundrisk.process.EngineRequestGate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one security gate (Spring Security) for everything the server answers: our pages and /api,
 * Camunda's REST API (/engine-rest), the webapps (/camunda) and actuator. Deny by default: a path
 * is open only when a rule below names it ({@link #PUBLIC} for everyone, {@link #USERS} for logged-in
 * users, actuator's details for the office and administrators); anything else is refused to everyone.
 * Logins: the Chinese login page (a session) or HTTP Basic, both checked against Camunda's users
 * ({@link IdentityAuthentication}). Browser sessions need the CSRF token on state-changing requests;
 * cross-site requests are refused ({@link CrossSiteRequests}). Rules and reasons: docs/security.md.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /**
     * Open to everyone: the login page, the error page, the health status (UP/DOWN only), and what the login
     * page itself loads (our static scripts, the icon), so no anonymous request for them is saved as the page
     * to return to after the login.
     */
    public static final List<String> PUBLIC = List.of("/login", "/error", "/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness", "/favicon.ico", "/js/**");
    /** Open to every logged-in user; what each may see inside is decided by our code and the engine. */
    public static final List<String> USERS = List.of("/", "/api/**", "/units", "/units/**", "/campaigns/**",
            "/evidence/**", "/audit", "/dashboard", "/outbox", "/outbox/**", "/reminders/**", "/checklist", "/checklist/**",
            "/webjars/**", "/engine-rest/**", "/camunda/**", "/logout");
    /** Actuator beyond the health status: the office and administrators. */
    static final String[] MONITOR_ROLES = { Groups.OFFICE, Groups.CAMUNDA_ADMIN };
    /** Where Tasklist, Cockpit and Admin post their own login and logout forms. */
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/*";
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    AuthenticationManager authenticationManager(IdentityAuthentication identityAuthentication) {
        return new ProviderManager(identityAuthentication);
    }

    @Bean
    SecurityFilterChain gate(HttpSecurity http, AuthenticationManager authenticationManager,
            IdentityService identityService, IdentityAuthentication identities, AuditEntries auditEntries,
            PlatformTransactionManager transactions, TaskService taskService, RuntimeService runtimeService,
            DeclaredFields declaredFields, RejectedAttempts rejectedAttempts,
            @Value("${fundrisk.security.rest-deployers:camunda-admin}") List<String> restDeployers)
            throws Exception {
        SecurityAnswers answers = new SecurityAnswers();
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // after the login, back to the page the browser navigated to (not to an icon or a script it fetched)
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && String.valueOf(request.getHeader("Accept")).contains("text/html")
                && !SecurityAnswers.isMachine(SecurityAnswers.path(request)));
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(matchers(PUBLIC)).permitAll()
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGIN)).permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/**")).hasAnyRole(MONITOR_ROLES)
                        .requestMatchers(deployments()).access(deployers(restDeployers))
                        .requestMatchers(matchers(USERS)).authenticated()
                        .anyRequest().denyAll())
                .formLogin(login -> login.loginPage("/login").failureUrl("/login?error")
                        .defaultSuccessUrl("/camunda/app/tasklist/", false).permitAll())
                .httpBasic(basic -> basic.realmName(SecurityAnswers.REALM).authenticationEntryPoint(answers))
                .logout(logout -> logout.logoutRequestMatcher(new OrRequestMatcher(
                                withDefaults().matcher(HttpMethod.POST, "/logout"),
                                withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGOUT)))
                        .logoutSuccessHandler(new LogoutAnswer()))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(CrossSiteRequests.csrfRequired()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)))
                .addFilterAfter(new RefusalTrail(auditEntries, transactions, taskService, runtimeService),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new CrossSiteRequests(), CsrfFilter.class)
                .addFilterBefore(WebappLogin.filter(authenticationManager, WEBAPP_LOGIN), CsrfFilter.class)
                .addFilterAfter(new EngineUser(identityService, identities), AuthorizationFilter.class)
                .addFilterAfter(new EngineRequestGate(declaredFields, taskService, identityService, rejectedAttempts),
                        AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Deploying is code execution on the server (a model's expressions and scripts run in it): over the
     * REST APIs only for the groups in fundrisk.security.rest-deployers (demo: camunda-admin; prod: none).
     */
    private static RequestMatcher deployments() {
        RequestMatcher path = new OrRequestMatcher(withDefaults().matcher("/engine-rest/deployment/**"),
                withDefaults().matcher("/engine-rest/engine/*/deployment/**"),
                withDefaults().matcher("/camunda/api/engine/engine/*/deployment/**"));
        return request -> !CrossSiteRequests.isSafe(request) && path.matches(request);
    }

    private static AuthorizationManager<RequestAuthorizationContext> deployers(List<String> groups) {
        List<String> named = groups.stream().map(String::strip).filter(g -> !g.isEmpty()).toList();
        return named.isEmpty() ? (authentication, context) -> new AuthorizationDecision(false)
                : AuthorityAuthorizationManager.hasAnyRole(named.toArray(String[]::new));
    }

    private static RequestMatcher[] matchers(List<String> patterns) {
        return patterns.stream().map(p -> withDefaults().matcher(p)).toArray(RequestMatcher[]::new);
    }
}
