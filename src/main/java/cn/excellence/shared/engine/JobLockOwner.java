package cn.excellence.shared.engine;

import java.lang.management.ManagementFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names the node in the jobs it locks (act_ru_job.lock_owner_): {@code excellence.node-name}, by default host and process
 * id, instead of the engine's random UUID, so that an operator (and the multi-node tests) see which node runs a job.
 */
@Component
class JobLockOwner extends AbstractProcessEnginePlugin {

    private final String nodeName;

    JobLockOwner(@Value("${excellence.node-name:}") String nodeName) {
        this.nodeName = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().setLockOwner(nodeName);
        }
    }
}
