package cn.excellence.shared.engine.authorization;

import java.util.ArrayList;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Puts {@link GrantOnlyAuthorizationManager} in the place of the engine's authorization manager and, since it refuses every
 * REVOKE authorization, tells the engine never to look for one (the default {@code auto} asks the database in every command).
 * Custom session factories are added after the engine's own, so this one replaces the default.
 */
@Component
class GrantOnlyAuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {

            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GrantOnlyAuthorizationManager();
            }
        });
    }

    /** After the starter's own set-up, which sets {@code camunda.bpm.authorization.authorization-check-revokes} (auto). */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }
}
