package cn.excellence.shared.security;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and groups in its database, with every password check passing the
 * {@link LoginThrottle} (per user and client address) instead of Camunda's lock per user, which
 * anyone could trigger against anyone; and every password set, on any path, told to the
 * {@link PasswordSetListener}s.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;
    private final List<PasswordSetListener> listeners;

    ThrottledIdentityProvider(LoginThrottle throttle, List<PasswordSetListener> listeners) {
        this.throttle = throttle;
        this.listeners = listeners;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        boolean passwordSet = ((UserEntity) user).hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        if (passwordSet) {
            String actor = Context.getCommandContext().getAuthenticatedUserId();
            listeners.forEach(listener -> listener.passwordSet(user.getId(), actor));
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        listeners.forEach(listener -> listener.userDeleted(userId));
        return super.deleteUser(userId);
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        listeners.forEach(listener -> listener.membershipChanged(userId, groupId));
        return super.createMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        listeners.forEach(listener -> listener.membershipChanged(userId, groupId));
        return super.deleteMembership(userId, groupId);
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        listeners.forEach(listener -> listener.groupDeleted(groupId));
        return super.deleteGroup(groupId);
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return throttle.attempt(userId, ClientAddress.current(), () -> {
            UserEntity user = findUserById(userId);
            return user != null && matchPassword(password, user);
        });
    }

    /** Opens one provider per engine command, as the engine's own factory does. */
    static final class Factory implements SessionFactory {

        private final LoginThrottle throttle;
        private final List<PasswordSetListener> listeners;

        Factory(LoginThrottle throttle, List<PasswordSetListener> listeners) {
            this.throttle = throttle;
            this.listeners = List.copyOf(listeners);
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle, listeners);
        }
    }
}
