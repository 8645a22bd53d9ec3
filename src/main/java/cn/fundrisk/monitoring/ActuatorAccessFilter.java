package cn.fundrisk.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;

import cn.fundrisk.identity.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who sees the Actuator endpoints. {@code /actuator/health} answers everyone with its status
 * (UP/DOWN, for load balancers and uptime checks); the office and administrators ({@code office},
 * {@code camunda-admin}, HTTP Basic against the engine's users) also get its components and
 * details (Boot's {@code show-details: when-authorized} asks the request for these roles) and
 * {@code /actuator/metrics}. Others: 401 without credentials, 403 with, in Chinese.
 */
@Configuration
public class ActuatorAccessFilter extends OncePerRequestFilter {

    static final List<String> ROLES = List.of(Groups.OFFICE, Groups.CAMUNDA_ADMIN);
    static final String LOGIN = "{\"message\":\"请先登录：运行监控仅限领导小组办公室和系统管理员\"}";
    static final String DENIED = "{\"message\":\"无权查看运行监控：仅限领导小组办公室和系统管理员\"}";
    /** The status of the node and of its probes: for load balancers, uptime checks and restart supervisors. */
    private static final List<String> PUBLIC = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    private final IdentityService identityService;

    public ActuatorAccessFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccessFilterRegistration() {
        FilterRegistrationBean<ActuatorAccessFilter> registration = new FilterRegistrationBean<>(this);
        registration.setName("fundrisk-actuator-access");
        registration.addUrlPatterns("/actuator", "/actuator/*");
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String userId = basicUser(request);
        List<String> groups = userId == null ? List.of() : identityService.createGroupQuery().groupMember(userId)
                .list().stream().map(Group::getId).toList();
        boolean monitor = groups.stream().anyMatch(ROLES::contains);
        if (monitor) {
            chain.doFilter(new Monitor(request, userId, groups), response);
        } else if (PUBLIC.contains(path)) {
            chain.doFilter(request, response); // the status only
        } else if (userId == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"fund-risk-campaign\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, LOGIN);
        } else {
            write(response, HttpServletResponse.SC_FORBIDDEN, DENIED);
        }
    }

    private String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String userId = colon <= 0 ? null : decoded.substring(0, colon);
            return userId != null && identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }

    /** The request as Boot's endpoints see it: the user, in the roles of their groups. */
    private static final class Monitor extends HttpServletRequestWrapper {

        private final String userId;
        private final List<String> groups;

        Monitor(HttpServletRequest request, String userId, List<String> groups) {
            super(request);
            this.userId = userId;
            this.groups = groups;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> userId;
        }

        @Override
        public String getRemoteUser() {
            return userId;
        }

        @Override
        public boolean isUserInRole(String role) {
            return groups.contains(role);
        }
    }
}
