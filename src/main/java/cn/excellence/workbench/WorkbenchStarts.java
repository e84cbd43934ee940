package cn.excellence.workbench;

import java.util.List;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 发起: the processes the user may start from a start form — exactly what Tasklist's 启动流程 lists (startable in
 * Tasklist, latest version, active, the user's CREATE_INSTANCE permission) — their forms, and a start sent exactly once.
 * The start goes through the engine's FormService, so the start form's rules and the process's start listener apply as
 * they do to Tasklist's start.
 */
@Service
public class WorkbenchStarts {

    private static final int MAX_PROCESSES = 200;

    private final EngineAccess engine;
    private final FormData forms;
    private final IdempotentRequests requests;
    private final Drafts drafts;

    WorkbenchStarts(EngineAccess engine, FormData forms, IdempotentRequests requests, Drafts drafts) {
        this.engine = engine;
        this.forms = forms;
        this.requests = requests;
        this.drafts = drafts;
    }

    public List<StartableProcess> startable() {
        return engine.engine().getRepositoryService().createProcessDefinitionQuery().latestVersion().active().startableInTasklist()
                .startablePermissionCheck().orderByProcessDefinitionName().asc().listPage(0, MAX_PROCESSES).stream()
                .map(d -> new StartableProcess(d.getKey(), name(d), d.getDescription())).toList();
    }

    public StartFormView form(String processKey) {
        ProcessDefinition definition = startableDefinition(processKey);
        var formService = engine.engine().getFormService();
        JsonNode schema = forms.schema(formService.getDeployedStartForm(definition.getId()));
        VariableMap variables = formService.getStartFormVariables(definition.getId(), null, false);
        return new StartFormView(definition.getKey(), name(definition), schema, forms.data(variables, schema));
    }

    /** Starts the process with the start form's values, once per Idempotency-Key; my draft of the start form is deleted with it. */
    public Started start(CurrentUser user, String processKey, String key, JsonNode values) {
        IdempotentRequests.checkKey(key);
        checkProcessKey(processKey);
        String target = "start:" + processKey;
        var earlier = requests.earlier(user.userId(), key, target, Started.class);
        if (earlier.isPresent()) {
            return earlier.get().replay();
        }
        forms.checkValues(values);
        var result = requests.once(user.userId(), key, target, Started.class, () -> startNow(user, processKey, values));
        return result.replayed() ? result.answer().replay() : result.answer();
    }

    private Started startNow(CurrentUser user, String processKey, JsonNode values) {
        ProcessDefinition definition = startableDefinition(processKey);
        var formService = engine.engine().getFormService();
        JsonNode schema = forms.schema(formService.getDeployedStartForm(definition.getId()));
        VariableMap variables = forms.variables(values, schema, formService.getStartFormVariables(definition.getId(), null, false),
                engine.engine());
        ProcessInstance instance = formService.submitStartForm(definition.getId(), variables);
        drafts.delete(user.userId(), "start-" + processKey);
        List<Task> opened = engine.openTasksOfCase(instance.getId());
        String businessKey = engine.privileged(() -> engine.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey());
        return new Started(instance.getId(), businessKey, false, engine.nextSteps(opened));
    }

    /** The latest active version of a process this user may start from a start form; 404 otherwise. */
    ProcessDefinition startableDefinition(String processKey) {
        checkProcessKey(processKey);
        ProcessDefinition definition = engine.engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().active().startableInTasklist().startablePermissionCheck().singleResult();
        if (definition == null) {
            throw ApiException.notFound("没有可由您发起的流程“" + processKey + "”。");
        }
        return definition;
    }

    static void checkProcessKey(String processKey) {
        if (processKey == null || !processKey.matches("[A-Za-z][A-Za-z0-9_-]{0,99}")) {
            throw new TaskInputException("流程标识格式不正确。");
        }
    }

    private static String name(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
