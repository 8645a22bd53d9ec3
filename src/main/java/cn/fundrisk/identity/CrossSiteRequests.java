package cn.fundrisk.identity;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests a hostile page makes a browser send. A browser marks them: {@code Origin} names another
 * site, or {@code Sec-Fetch-Site} says cross-site or same-site. Any state-changing request so marked is
 * refused (403) on every path, /engine-rest and the webapps included, whatever credentials the browser
 * adds (a session cookie, cached HTTP Basic). Besides this, the CSRF token is required
 * ({@link #csrfRequired()}) for state-changing requests that a browser session authenticates.
 */
public final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isSafe(request) && isCrossSite(request)) {
            SecurityAnswers.deny(request, response, SecurityAnswers.CROSS_SITE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Where Spring Security asks for the CSRF token: state-changing requests to our pages, /api and
     * /engine-rest, except those that carry their credentials themselves (an {@code Authorization}
     * header of a script or server, not cross-site: those are refused above). The Camunda webapps
     * (/camunda) have their own token (Camunda's CsrfPreventionFilter, header X-XSRF-TOKEN).
     */
    static RequestMatcher csrfRequired() {
        return request -> !isSafe(request) && !SecurityAnswers.path(request).startsWith("/camunda/")
                && request.getHeader("Authorization") == null;
    }

    static boolean isSafe(HttpServletRequest request) {
        return SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return true; // "null" (a sandboxed frame, a file) or nothing to compare with
            }
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return !(authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(host.replaceFirst(":(80|443)$", "")));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
