package cn.fundrisk.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy the engine enforces (enablePasswordPolicy, installed by {@link EngineHardening}) on
 * every password set after start-up, by any client (Admin, REST, Java): at least 10 characters, at
 * least two of letters, digits and other characters, and not the user's id or name. Admin shows the
 * rules (their placeholders are Chinese texts); a refusal answers {@link #MESSAGE}.
 */
public final class PasswordRules implements PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final String MESSAGE = "密码不符合要求：至少 " + MIN_LENGTH
            + " 个字符，包含字母、数字、符号中的至少两类，且不得包含用户名或姓名";

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new Rule("密码至少 " + MIN_LENGTH + " 个字符") {
            @Override
            public boolean execute(String candidate) {
                return candidate != null && candidate.length() >= MIN_LENGTH;
            }
        }, new Rule("密码须包含字母、数字、符号中的至少两类") {
            @Override
            public boolean execute(String candidate) {
                return candidate != null && classes(candidate) >= 2;
            }
        }, new Rule("密码不得包含用户名或姓名") {
            @Override
            public boolean execute(String candidate) {
                return true;
            }

            @Override
            public boolean execute(String candidate, User user) {
                return candidate == null || user == null || !containsAny(candidate.toLowerCase(Locale.ROOT),
                        user.getId(), user.getFirstName(), user.getLastName());
            }
        });
    }

    static int classes(String candidate) {
        boolean letter = candidate.chars().anyMatch(Character::isLetter);
        boolean digit = candidate.chars().anyMatch(Character::isDigit);
        boolean other = candidate.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static boolean containsAny(String candidate, String... parts) {
        for (String part : parts) {
            if (part != null && part.strip().length() >= 2 && candidate.contains(part.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private abstract static class Rule implements PasswordPolicyRule {

        private final String placeholder;

        Rule(String placeholder) {
            this.placeholder = placeholder;
        }

        @Override
        public String getPlaceholder() {
            return placeholder;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }
    }
}
