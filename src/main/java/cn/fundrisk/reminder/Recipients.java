package cn.fundrisk.reminder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.Units;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who gets an e-mail, from the identity data: each user's e-mail (Camunda's directory or LDAP),
 * each unit's contact e-mail (the staff group's tasks), and the digest opt-outs.
 */
@Component
public class Recipients {

    /** A recipient: the user (null for a unit's contact address) and the address. */
    public record Recipient(String userId, String email) {
    }

    private final IdentityService identityService;
    private final Units units;
    private final ReminderOptOuts optOuts;

    public Recipients(IdentityService identityService, Units units, ReminderOptOuts optOuts) {
        this.identityService = identityService;
        this.units = units;
        this.optOuts = optOuts;
    }

    /** The members of the group who have an e-mail address. */
    public List<Recipient> members(String groupId) {
        List<Recipient> result = new ArrayList<>();
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                result.add(new Recipient(user.getId(), user.getEmail().strip()));
            }
        }
        return result;
    }

    public List<Recipient> user(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? List.of()
                : List.of(new Recipient(user.getId(), user.getEmail().strip()));
    }

    /** The unit's staff (经办人员) and its contact address, without duplicates. */
    public List<Recipient> unitStaff(String unitCode) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        members(Unit.staffGroup(unitCode)).forEach(r -> byEmail.putIfAbsent(r.email().toLowerCase(), r));
        contact(unitCode).forEach(r -> byEmail.putIfAbsent(r.email().toLowerCase(), r));
        return List.copyOf(byEmail.values());
    }

    public List<Recipient> contact(String unitCode) {
        return units.findByCode(unitCode).map(Unit::getContactEmail).filter(e -> e != null && !e.isBlank())
                .map(e -> List.of(new Recipient(null, e.strip()))).orElse(List.of());
    }

    /** Candidate group → recipients for the digest: the members who did not opt out, and for a unit's staff group its contact address. */
    public List<Recipient> forDigest(String groupId, Set<String> optedOut) {
        List<Recipient> result = new ArrayList<>(members(groupId).stream()
                .filter(r -> !optedOut.contains(r.userId())).toList());
        if (groupId.startsWith(Unit.GROUP_PREFIX) && !groupId.endsWith(Unit.HEAD_SUFFIX)) {
            result.addAll(contact(groupId.substring(Unit.GROUP_PREFIX.length())));
        }
        return result;
    }

    public Set<String> optedOut() {
        return optOuts.findAll().stream().map(ReminderOptOut::getUserId).collect(Collectors.toSet());
    }
}
