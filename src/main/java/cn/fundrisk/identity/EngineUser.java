package cn.fundrisk.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the gate let a request in: the engine learns who acts (so task listeners, our audit trail
 * and the engine's authorization checks see the user and their groups, read afresh for each request),
 * and {@link CurrentUser} carries them for our controllers. /engine-rest and the webapps (/camunda)
 * tell the engine themselves, through Camunda's container-based authentication (WebappAuthentication).
 */
public final class EngineUser extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final IdentityAuthentication identities;

    public EngineUser(IdentityService identityService, IdentityAuthentication identities) {
        this.identityService = identityService;
        this.identities = identities;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = SecurityAnswers.path(request);
        return path.startsWith("/engine-rest") || path.startsWith("/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        String userId = authentication.getName();
        List<String> groups = identities.groupsOf(userId);
        request.setAttribute(CurrentUser.ATTRIBUTE, new CurrentUser(userId, groups));
        try {
            identityService.setAuthentication(userId, groups);
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
