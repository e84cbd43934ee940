package cn.excellence.shared.engine;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A read of the engine's data with its authorization checks suspended for that read only (the engine's supported way:
 * {@link CommandContext#runWithoutAuthorization}). Only for a caller that has already decided what the user may see.
 */
public final class WithoutAuthorization {

    private WithoutAuthorization() {
    }

    public static <T> T read(ProcessEngine engine, Callable<T> read) {
        CommandContext current = Context.getCommandContext();
        if (current != null) {
            return current.runWithoutAuthorization(read);
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }
}
