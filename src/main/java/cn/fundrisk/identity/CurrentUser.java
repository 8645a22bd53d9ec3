package cn.fundrisk.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The user of the current request and their Camunda groups, put on the request by
 * {@link EngineUser} once Spring Security (SecurityConfig) has let the request in. Also answers the visibility rule: the office, the leaders and the
 * inspectors see every unit; a unit's staff and head see only their own unit.
 */
public record CurrentUser(String id, List<String> groupIds) {

    static final String ATTRIBUTE = CurrentUser.class.getName();

    public CurrentUser {
        groupIds = List.copyOf(groupIds);
    }

    /** The user of the request being handled; only on paths behind {@link EngineUser}. */
    public static CurrentUser get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object user = attributes == null ? null
                : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (user instanceof CurrentUser current) {
            return current;
        }
        throw new IllegalStateException("No authenticated user on this request");
    }

    public static CurrentUser of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CurrentUser current) {
            return current;
        }
        throw new IllegalStateException("No authenticated user on this request");
    }

    public static String userId() {
        return get().id();
    }

    public static List<String> groups() {
        return get().groupIds();
    }

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean isOffice() {
        return inGroup(Groups.OFFICE);
    }

    public boolean isInspector() {
        return inGroup(Groups.INSPECTORS);
    }

    /** Office, leaders, inspectors and the fund-supervision reviewers see all units. */
    public boolean seesAllUnits() {
        return isOffice() || inGroup(Groups.LEADERS) || isInspector() || inGroup(Groups.FUND_SUPERVISION);
    }

    /** Staff (unit-&lt;code&gt;) or head (unit-&lt;code&gt;-head) of the unit. */
    public boolean belongsTo(String unitCode) {
        return inGroup(Unit.staffGroup(unitCode)) || inGroup(Unit.headGroup(unitCode));
    }

    /** The units whose staff or head the user is, from the groups unit-&lt;code&gt; and unit-&lt;code&gt;-head. */
    public List<String> unitCodes() {
        return groupIds.stream().filter(g -> g.startsWith(Unit.GROUP_PREFIX))
                .map(g -> g.substring(Unit.GROUP_PREFIX.length()))
                .map(c -> c.endsWith(Unit.HEAD_SUFFIX) ? c.substring(0, c.length() - Unit.HEAD_SUFFIX.length()) : c)
                .filter(c -> !c.isEmpty()).distinct().sorted().toList();
    }

    public boolean canSee(String unitCode) {
        return seesAllUnits() || belongsTo(unitCode);
    }

    public void requireUnit(String unitCode) {
        if (!canSee(unitCode)) {
            throw new AccessDeniedException();
        }
    }

    public void requireOffice(String message) {
        if (!isOffice()) {
            throw new AccessDeniedException(message);
        }
    }
}
