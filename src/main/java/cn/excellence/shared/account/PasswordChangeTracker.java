package cn.excellence.shared.account;

import org.springframework.stereotype.Component;

import cn.excellence.shared.security.PasswordSetListener;

/**
 * An administrator setting someone else's password (creating the user or resetting it, on any path)
 * makes that user change it at the next login; a user setting their own clears that. Start-up work
 * (no one logged in) changes nothing.
 */
@Component
class PasswordChangeTracker implements PasswordSetListener {

    private final PasswordChanges changes;

    PasswordChangeTracker(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    public void passwordSet(String userId, String actor) {
        if (actor == null) {
            return;
        }
        if (actor.equals(userId)) {
            changes.clear(userId);
        } else {
            changes.require(userId);
        }
    }

    @Override
    public void userDeleted(String userId) {
        changes.clear(userId);
    }
}
