package cn.excellence.shared.engine.taskquery;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskQueryAuthorizationManager} in the place of the engine's authorization manager, so a task query (Tasklist's
 * filters, {@code /engine-rest/task}, the Java API) by someone whose grants already cover every task leaves out the per-row
 * authorization join. Custom session factories are added after the engine's own, so this one replaces the default.
 */
@Component
class TaskQueryAuthorizationPlugin extends AbstractProcessEnginePlugin {

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
                return new TaskQueryAuthorizationManager();
            }
        });
    }
}
