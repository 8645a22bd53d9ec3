package cn.fundrisk.identity;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The login form Tasklist, Cockpit and Admin show after their own logout posts to
 * {@code /camunda/api/admin/auth/user/{engine}/login/{app}}. The gate checks the password there
 * (Spring Security's session, as on our login page) and then lets Camunda's login resource answer
 * the webapp as it expects; a wrong password is answered 401 by the gate and never reaches it.
 */
final class WebappLogin {

    private WebappLogin() {
    }

    static UsernamePasswordAuthenticationFilter filter(AuthenticationManager manager, String pattern) {
        UsernamePasswordAuthenticationFilter filter = new UsernamePasswordAuthenticationFilter(manager);
        filter.setRequiresAuthenticationRequestMatcher(withDefaults().matcher(HttpMethod.POST, pattern));
        filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        filter.setContinueChainBeforeSuccessfulAuthentication(true);
        filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
            // Camunda's login resource has answered already
        });
        filter.setAuthenticationFailureHandler((request, response, e) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"type\":\"AuthenticationException\",\"message\":\""
                    + IdentityAuthentication.BAD_CREDENTIALS + "\"}").getBytes(StandardCharsets.UTF_8));
        });
        return filter;
    }
}
