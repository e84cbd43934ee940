package cn.excellence.shared.account;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, noting who set a password: an administrator setting someone else's
 * (creating the user or resetting the password, on any path) makes that user change it at the next
 * login; a user setting their own clears that. Start-up work (no one logged in) changes nothing.
 */
class PasswordTrackingIdentityProvider extends DbIdentityServiceProvider {

    private final PasswordChanges changes;

    PasswordTrackingIdentityProvider(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean passwordSet = ((UserEntity) user).hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        String actor = Context.getCommandContext().getAuthenticatedUserId();
        if (passwordSet && actor != null) {
            if (actor.equals(user.getId())) {
                changes.clear(user.getId());
            } else {
                changes.require(user.getId());
            }
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        changes.clear(userId);
        return super.deleteUser(userId);
    }

    /** Opens one provider per engine command, as Camunda's own factory does. */
    record Factory(PasswordChanges changes) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return DbIdentityServiceProvider.class;
        }

        @Override
        public Session openSession() {
            return new PasswordTrackingIdentityProvider(changes);
        }
    }
}
