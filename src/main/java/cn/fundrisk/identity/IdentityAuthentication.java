package cn.fundrisk.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security's password check, against Camunda's users (database or LDAP): the engine's
 * {@link IdentityService#checkPassword} with its login delay (an account is held back a little longer
 * after each wrong password, see docs/security.md). Roles are the user's Camunda groups
 * ({@code ROLE_<groupId>}), so that the rules and Boot's actuator see them.
 */
@Component
public class IdentityAuthentication implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "用户名或密码错误";
    public static final String ROLE_PREFIX = "ROLE_";

    private final IdentityService identityService;

    public IdentityAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName().strip();
        Object credentials = authentication.getCredentials();
        if (userId.isEmpty() || credentials == null || !checked(userId, credentials.toString())) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(userId, null,
                authorities(groupsOf(userId)));
        result.setDetails(authentication.getDetails());
        return result;
    }

    private boolean checked(String userId, String password) {
        try {
            return identityService.checkPassword(userId, password);
        } catch (RuntimeException e) {
            return false; // a directory that is down, a malformed id: no login
        }
    }

    /** The user's Camunda groups, read as the engine (the caller is nobody yet). */
    public List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    static List<GrantedAuthority> authorities(List<String> groups) {
        return groups.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority(ROLE_PREFIX + g)).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
