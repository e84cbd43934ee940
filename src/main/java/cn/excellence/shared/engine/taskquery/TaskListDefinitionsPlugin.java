package cn.excellence.shared.engine.taskquery;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.EngineSessions;

/**
 * A task list names each task's form (Tasklist's list and {@code /engine-rest/task} ask the query to initialize form keys),
 * and the engine finds a task's form in its process definition: in every command it reads that definition's row again
 * ({@code select * from ACT_RE_PROCDEF where ID_ = ?}, one per definition on the page), to learn the row's changeable fields
 * (suspension, time to live) before handing out the definition it has already parsed. A task query uses none of those
 * fields: the forms of a deployed definition never change. So inside a task query the parsed definition is taken straight
 * from the engine's deployment cache; only one not yet in the cache is read (and parsed) as before. Every other command
 * still reads the row, so a definition suspended on another node is seen as suspended at once.
 */
@Component
class TaskListDefinitionsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, ProcessDefinitionManager.class, TaskListDefinitions::new);
    }

    /** The engine's process definition manager, answering a task query from the deployment cache. */
    static final class TaskListDefinitions extends ProcessDefinitionManager {

        @Override
        public ProcessDefinitionEntity findLatestDefinitionById(String id) {
            if (inTaskQuery()) {
                ProcessDefinitionEntity deployed = Context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(id);
                if (deployed != null) {
                    return deployed;
                }
            }
            return super.findLatestDefinitionById(id);
        }

        private static boolean inTaskQuery() {
            CommandInvocationContext invocation = Context.getCommandInvocationContext();
            return invocation != null && invocation.getCommand() instanceof TaskQueryImpl;
        }
    }
}
