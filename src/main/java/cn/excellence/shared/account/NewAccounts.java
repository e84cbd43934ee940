package cn.excellence.shared.account;

import java.security.SecureRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * Engine accounts a feature creates for a person (e.g. an instructor org-dept registers): a random initial password
 * that meets the policy, shown once to whoever created the account, and a password change required at the first login.
 */
@Service
public class NewAccounts {

    private static final String[] CLASSES = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "#%+-=@"};
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;
    private final PasswordChanges changes;

    NewAccounts(IdentityService identityService, PasswordChanges changes) {
        this.identityService = identityService;
        this.changes = changes;
    }

    public boolean exists(String userId) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return identityService.createUserQuery().userId(userId).count() > 0;
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    /**
     * Creates the user in the group; returns the initial password (not stored anywhere else in clear). The caller has
     * decided that its user may create accounts: the engine's user authorizations are not asked again.
     */
    public String create(String userId, String name, String group) {
        String password = randomPassword();
        asSystem(() -> {
            User user = identityService.newUser(userId);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(userId, group);
        });
        changes.require(userId);
        return password;
    }

    /** Puts an existing user in the group (nothing when they already are); the caller has decided it may. */
    public void join(String userId, String group) {
        asSystem(() -> {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        });
    }

    private void asSystem(Runnable change) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            change.run();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            String chars = CLASSES[i % CLASSES.length];
            password.insert(RANDOM.nextInt(password.length() + 1), chars.charAt(RANDOM.nextInt(chars.length())));
        }
        return password.toString();
    }
}
