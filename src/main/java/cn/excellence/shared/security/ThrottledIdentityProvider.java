package cn.excellence.shared.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and groups in its database, with every password check passing the
 * {@link LoginThrottle} (per user and client address) instead of Camunda's lock per user, which
 * anyone could trigger against anyone.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
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

        Factory(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle);
        }
    }
}
