package cn.excellence.shared.engine.authorization;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.EngineSessions;

/**
 * Puts {@link GrantOnlyAuthorizationManager} in the place of the engine's authorization manager and, since it refuses every
 * REVOKE authorization, tells the engine never to look for one (the default {@code auto} asks the database in every command).
 */
@Component
class GrantOnlyAuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, AuthorizationManager.class, GrantOnlyAuthorizationManager::new);
    }

    /** After the starter's own set-up, which sets {@code camunda.bpm.authorization.authorization-check-revokes} (auto). */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }
}
