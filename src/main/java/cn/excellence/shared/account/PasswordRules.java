package cn.excellence.shared.account;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy (等保 2.0): at least 10 characters; at least three of upper case, lower case,
 * digits and other characters; not containing the user id. The engine enforces it on every path that
 * sets a password (Camunda Admin, the engine REST, the application's API); each rule has a Chinese text.
 * Placeholders are the webapps' own where one fits; the character classes have theirs in
 * {@code webapp-i18n}.
 */
public final class PasswordRules implements PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MIN_CLASSES = 3;

    /** One rule: the webapps' placeholder, its Chinese text, and the check. */
    record Rule(String placeholder, Map<String, String> parameters, String chinese, BiPredicate<String, User> check)
            implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return placeholder;
        }

        @Override
        public Map<String, String> getParameters() {
            return parameters;
        }

        @Override
        public boolean execute(String password) {
            return check.test(password, null);
        }

        @Override
        public boolean execute(String password, User user) {
            return check.test(password, user);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("PASSWORD_POLICY_LENGTH", Map.of("minLength", String.valueOf(MIN_LENGTH)),
                    "密码至少 " + MIN_LENGTH + " 位", (password, user) -> password.length() >= MIN_LENGTH),
            new Rule("PASSWORD_POLICY_CHARACTER_CLASSES", Map.of("minClasses", String.valueOf(MIN_CLASSES)),
                    "密码须包含大写字母、小写字母、数字、其他字符中的至少 " + MIN_CLASSES + " 类",
                    (password, user) -> characterClasses(password) >= MIN_CLASSES),
            new Rule("PASSWORD_POLICY_USER_DATA", Map.of(), "密码不得包含用户名",
                    (password, user) -> user == null || user.getId() == null
                            || !password.toLowerCase().contains(user.getId().toLowerCase())));

    /** The whole policy in one Chinese sentence. */
    public static final String SUMMARY = "密码至少 " + MIN_LENGTH + " 位，包含大写字母、小写字母、数字、其他字符中的至少 "
            + MIN_CLASSES + " 类，且不得包含用户名。";

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.copyOf(RULES);
    }

    /** The Chinese texts of the rules the password breaks for this user; empty when it is good. */
    static List<String> violations(String password, User user) {
        return RULES.stream().filter(rule -> !rule.execute(password, user)).map(Rule::chinese).toList();
    }

    static int characterClasses(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
