package cn.fundrisk.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule behind {@link IncompatibleRolesPlugin}: which groups a user may not join given the
 * groups they are in. Built from {@link IncompatibleGroupsProperties}; checked from both sides of
 * each pair.
 */
public final class IncompatibleGroups {

    static final String CODE = "{code}";
    static final String DEFAULT_REASON = "这两个用户组的职责不相容";

    private final List<Pair> pairs;

    private IncompatibleGroups(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    /** Fails with a message naming the property when a rule is not two non-blank patterns. */
    public static IncompatibleGroups of(List<IncompatibleGroupsProperties.Rule> rules) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            IncompatibleGroupsProperties.Rule rule = rules.get(i);
            List<String> groups = rule.groups();
            if (groups == null || groups.size() != 2 || groups.stream().anyMatch(g -> g == null || g.isBlank())) {
                throw new IllegalStateException("fundrisk.incompatible-groups[" + i
                        + "].groups must name exactly two group patterns, e.g. [\"unit-{code}\", \"unit-{code}-head\"]"
                        + " (不相容用户组的每一项必须是两个用户组), got " + groups);
            }
            String reason = rule.reason() == null || rule.reason().isBlank() ? DEFAULT_REASON : rule.reason().strip();
            pairs.add(new Pair(GroupPattern.of(groups.get(0).strip()), GroupPattern.of(groups.get(1).strip()), reason));
        }
        return new IncompatibleGroups(pairs);
    }

    public int size() {
        return pairs.size();
    }

    /**
     * Why the user may not join the group, as the Chinese message for them, or empty when they may.
     * "用户 X 已是 unit-ldj 成员，不能同时加入 unit-ldj-head：同一单位的经办人员和单位负责人不相容"
     */
    public Optional<String> conflict(String userId, String groupId, Collection<String> currentGroups) {
        for (Pair pair : pairs) {
            Optional<String> held = pair.held(groupId, currentGroups, pair.first(), pair.second())
                    .or(() -> pair.held(groupId, currentGroups, pair.second(), pair.first()));
            if (held.isPresent()) {
                return Optional.of("用户 " + userId + " 已是 " + held.get() + " 成员，不能同时加入 " + groupId + "："
                        + pair.reason());
            }
        }
        return Optional.empty();
    }

    private record Pair(GroupPattern first, GroupPattern second, String reason) {

        /** The current group matching {@code other} when the group joined matches {@code joining}. */
        Optional<String> held(String groupId, Collection<String> currentGroups, GroupPattern joining,
                GroupPattern other) {
            Matcher joined = joining.regex().matcher(groupId);
            if (!joined.matches()) {
                return Optional.empty();
            }
            String code = joining.hasCode() ? joined.group(1) : null;
            return currentGroups.stream()
                    .filter(current -> !current.equals(groupId) && other.matches(current, code))
                    .findFirst();
        }
    }

    /** A group id with at most one kind of placeholder, {code}, which may occur more than once. */
    record GroupPattern(String text, Pattern regex, boolean hasCode) {

        static GroupPattern of(String text) {
            StringBuilder regex = new StringBuilder();
            int from = 0;
            boolean hasCode = false;
            for (int at = text.indexOf(CODE); at >= 0; at = text.indexOf(CODE, from)) {
                regex.append(Pattern.quote(text.substring(from, at))).append(hasCode ? "\\1" : "(.+)");
                hasCode = true;
                from = at + CODE.length();
            }
            regex.append(Pattern.quote(text.substring(from)));
            return new GroupPattern(text, Pattern.compile(regex.toString()), hasCode);
        }

        /** Whether the group matches, for the unit {@code code} if one is given and the pattern has {code}. */
        boolean matches(String groupId, String code) {
            if (code != null && hasCode) {
                return text.replace(CODE, code).equals(groupId);
            }
            return regex.matcher(groupId).matches();
        }
    }
}
