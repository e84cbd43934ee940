package cn.excellence.shared.engine;

import java.util.ArrayList;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** The engine's sessions (its managers) that the application replaces with its own. */
public final class EngineSessions {

    private EngineSessions() {
    }

    /**
     * From a plugin's {@code preInit}: every command gets its session of this type from {@code session} instead of the
     * engine's (custom session factories are added after the engine's own, so this one takes the type's place).
     */
    public static <T extends Session> void replace(ProcessEngineConfigurationImpl configuration, Class<T> type, Supplier<? extends T> session) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {

            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return session.get();
            }
        });
    }
}
