package cn.fundrisk.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How a person is shown wherever we show one (pages, exports, the audit trail): by name, not by
 * login id, and a Chinese name in Chinese order, family name first and without a space (李明, not
 * "明 李"). Names come from Camunda's directory (or the bureau's LDAP); a user the directory does not
 * know, or the engine itself, is shown by its id. Lookups are cached for a few minutes. Templates
 * call it as {@code ${@personNames.name(id)}}.
 */
@Component("personNames")
public class PersonNames {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}·]+");

    private final IdentityService identityService;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonNames(IdentityService identityService) {
        this.identityService = identityService;
    }

    private record Cached(String name, long until) {
    }

    /** The person's display name; the id when unknown; "" for no one. */
    public String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        long now = System.nanoTime();
        Cached cached = cache.get(userId);
        if (cached != null && cached.until - now > 0) {
            return cached.name;
        }
        String name = lookUp(userId);
        cache.put(userId, new Cached(name, now + TTL.toNanos()));
        return name;
    }

    /** The name with the login id after it, for the office's pages where both matter: 李明（leader）. */
    public String nameAndId(String userId) {
        String name = name(userId);
        return name.isEmpty() || name.equals(userId) ? name : name + "（" + userId + "）";
    }

    private String lookUp(String userId) {
        // Everyone may read users (AccessRules), so this runs as the caller; LDAP answers the same way.
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : display(user.getFirstName(), user.getLastName(), userId);
    }

    /**
     * Family name then given name without a space when both are Chinese; "given family" otherwise;
     * whichever exists when one is missing; the id when both are.
     */
    public static String display(String firstName, String lastName, String fallback) {
        String given = firstName == null ? "" : firstName.strip();
        String family = lastName == null ? "" : lastName.strip();
        if (given.isEmpty() && family.isEmpty()) {
            return fallback;
        }
        if (given.isEmpty() || family.isEmpty()) {
            return given.isEmpty() ? family : given;
        }
        if (HAN.matcher(given).matches() && HAN.matcher(family).matches()) {
            return family + given;
        }
        return given + " " + family;
    }
}
