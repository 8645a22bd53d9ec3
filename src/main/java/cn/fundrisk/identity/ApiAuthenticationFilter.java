package cn.fundrisk.identity;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests to our own API and pages: either the Camunda webapp session of a user
 * already logged into Tasklist in the same browser, or HTTP Basic checked against the engine's
 * users. While the request runs, the engine knows the user and their groups (so process code and
 * task listeners see who acts); {@link CurrentUser} carries them for our controllers.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REALM = "fund-risk-campaign";
    private static final String LOGIN_JSON = "{\"message\":\"请先登录\"}";
    private static final String LOGIN_HTML = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
            + "<title>请先登录</title></head><body><p>请先登录：可先登录 <a href=\"/camunda/app/tasklist/\">任务列表</a>，"
            + "或在浏览器提示时输入用户名和密码。</p></body></html>";
    private static final String CROSS_SITE_JSON = "{\"message\":\"拒绝跨站提交的请求\"}";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final IdentityService identityService;
    private final String engineName;

    public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = fromWebappSession(request);
        if (userId == null) {
            userId = fromBasicHeader(request);
        }
        if (userId == null) {
            unauthorized(request, response);
            return;
        }
        if (!sameOrigin(request)) {
            write(response, HttpServletResponse.SC_FORBIDDEN, "application/json;charset=UTF-8", CROSS_SITE_JSON);
            return;
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(userId, groupIds));
        try {
            identityService.setAuthentication(userId, groupIds);
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * The Tasklist login of this browser. Reads the session through Camunda's webapp classes
     * (org.camunda.bpm.webapp.impl..., not a public API, but the one way to share its login; in 7.24
     * the session accessor lives on AuthenticationUtil). A user deleted since the login is refused.
     */
    private String fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engineName);
        if (!(authentication instanceof UserAuthentication user) || user.getIdentityId() == null) {
            return null;
        }
        String userId = user.getIdentityId();
        return identityService.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }

    private String fromBasicHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        try {
            return identityService.checkPassword(userId, password) ? userId : null;
        } catch (RuntimeException e) {
            logger.debug("Password check failed for " + userId, e);
            return null;
        }
    }

    /**
     * Browsers send cookies and cached Basic credentials along with cross-site form posts; a
     * state-changing request whose Origin names another host is refused. Clients without an
     * Origin header (curl, scripts) are not browsers and pass.
     */
    private static boolean sameOrigin(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin == null || host == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && (authority.equalsIgnoreCase(host)
                    || authority.equalsIgnoreCase(host.replaceFirst(":(80|443)$", "")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "application/json;charset=UTF-8", LOGIN_JSON);
        } else {
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "text/html;charset=UTF-8", LOGIN_HTML);
        }
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
