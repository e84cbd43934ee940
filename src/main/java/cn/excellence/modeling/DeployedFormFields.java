package cn.excellence.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of a deployed Camunda Form (a task's or a start form, as its binding resolves). The binding is resolved on
 * every call, in the caller's command (one query: a newer version may have been deployed, on this node or another); the
 * text of one deployed form definition never changes (deployments are immutable), so it is read and parsed once per engine
 * and kept by its definition id. A form given by a form key instead of a form reference is read as the engine serves it.
 */
class DeployedFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Deployment and form definition id → its fields: immutable, so never stale, on any node. Kept per instance (one per
     * listener bean of one engine), not per JVM: ids are unique in one database only, and two engines in one JVM (test
     * contexts) may hand out the same ids for different forms.
     */
    private final Map<String, List<FormField>> fieldsByDefinition = new ConcurrentHashMap<>();
    private final Map<String, List<FormField>> fieldsByForm = new ConcurrentHashMap<>();

    /** The task's form fields, or none when its element has no deployed Camunda Form. */
    List<FormField> of(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getTaskDefinition() != null && entity.getProcessDefinition() != null
                && entity.getTaskDefinition().getCamundaFormDefinitionKey() != null) {
            return byReference(entity.getTaskDefinition().getFormDefinition(), task, entity.getProcessDefinition());
        }
        return of(() -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
    }

    /** The start form's fields of the execution's process, or none. */
    List<FormField> of(DelegateExecution execution) {
        if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null
                && entity.getProcessDefinition().getStartFormDefinition() != null
                && entity.getProcessDefinition().getStartFormDefinition().getCamundaFormDefinitionKey() != null) {
            return byReference(entity.getProcessDefinition().getStartFormDefinition(), execution, entity.getProcessDefinition());
        }
        return of(() -> execution.getProcessEngineServices().getFormService().getDeployedStartForm(execution.getProcessDefinitionId()));
    }

    private List<FormField> byReference(FormDefinition form, VariableScope scope, ProcessDefinitionEntity process) {
        CommandContext command = Context.getCommandContext();
        return command.runWithoutAuthorization(() -> {
            try {
                CamundaFormRefImpl reference = new CamundaFormRefImpl(String.valueOf(form.getCamundaFormDefinitionKey().getValue(scope)),
                        form.getCamundaFormDefinitionBinding());
                if (form.getCamundaFormDefinitionVersion() != null) {
                    reference.setVersion(Integer.valueOf(String.valueOf(form.getCamundaFormDefinitionVersion().getValue(scope))));
                }
                CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(reference, process.getDeploymentId()).execute(command);
                return definition == null ? List.<FormField>of() : fieldsByDefinition.computeIfAbsent(definition.getDeploymentId() + "/" + definition.getId(), id -> {
                    ResourceEntity resource = command.getResourceManager()
                            .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
                    return resource == null ? List.of() : parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
                });
            } catch (RuntimeException e) {
                return List.<FormField>of();
            }
        });
    }

    /** The form's fields, or none when the element has no deployed Camunda Form. */
    List<FormField> of(Supplier<InputStream> deployedForm) {
        String form = Context.getCommandContext().runWithoutAuthorization(() -> {
            try (InputStream in = deployedForm.get()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
        return form == null ? List.of() : fieldsByForm.computeIfAbsent(form, DeployedFormFields::parse);
    }

    private static List<FormField> parse(String form) {
        try {
            return FormRules.fields(JSON.readTree(form));
        } catch (IOException e) {
            return List.of();
        }
    }
}
