package cn.excellence.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a task's Camunda Form asks to decide: its choice fields (radio, select) with each value's Chinese label, and the
 * text areas a user writes an opinion in (not disabled, not read-only). Read from the form the task's formRef names.
 * Called inside a command whose authorization checks are suspended ({@link Timelines}).
 */
@Component
class TaskDecisions {

    /** A form's choices (key → value → label, in form order) and its editable text areas (in form order). */
    record FormChoices(Map<String, Map<String, String>> choices, List<String> notes) {
        static final FormChoices NONE = new FormChoices(Map.of(), List.of());

        /** The decision (label of the first choice set) and opinion (first text written) among the values the task set. */
        Decision decisionIn(Map<String, Object> values) {
            String decision = choices.entrySet().stream().filter(c -> values.get(c.getKey()) != null).findFirst()
                    .map(c -> c.getValue().getOrDefault(values.get(c.getKey()).toString(), values.get(c.getKey()).toString())).orElse(null);
            if (decision == null) {
                return Decision.NONE;
            }
            String opinion = notes.stream().map(values::get).filter(v -> v != null && !v.toString().isBlank()).map(Object::toString)
                    .findFirst().orElse(null);
            return new Decision(decision, opinion);
        }
    }

    /** A task's decision and opinion, each null when it made none. */
    record Decision(String decision, String opinion) {
        static final Decision NONE = new Decision(null, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProcessEngine engine;

    TaskDecisions(ProcessEngine engine) {
        this.engine = engine;
    }

    FormChoices of(ProcessDefinition definition, String taskDefinitionKey) {
        if (taskDefinitionKey == null) {
            return FormChoices.NONE;
        }
        UserTask task = engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementById(taskDefinitionKey);
        if (task == null || task.getCamundaFormRef() == null) {
            return FormChoices.NONE;
        }
        var forms = Context.getCommandContext().getCamundaFormDefinitionManager();
        CamundaFormDefinitionEntity form = "deployment".equals(task.getCamundaFormRefBinding())
                ? forms.findDefinitionByDeploymentAndKey(definition.getDeploymentId(), task.getCamundaFormRef())
                : forms.findLatestDefinitionByKey(task.getCamundaFormRef());
        if (form == null) {
            return FormChoices.NONE;
        }
        try (InputStream in = engine.getRepositoryService().getResourceAsStream(form.getDeploymentId(), form.getResourceName())) {
            return parse(JSON.readTree(in));
        } catch (IOException | RuntimeException e) {
            return FormChoices.NONE;
        }
    }

    private static FormChoices parse(JsonNode form) {
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        walk(form.path("components"), choices, notes);
        return new FormChoices(choices, notes);
    }

    private static void walk(JsonNode components, Map<String, Map<String, String>> choices, List<String> notes) {
        for (JsonNode component : components) {
            walk(component.path("components"), choices, notes);
            String type = component.path("type").asText();
            String key = component.path("key").asText(null);
            boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
            if (key == null || !editable) {
                continue;
            }
            if (type.equals("radio") || type.equals("select")) {
                Map<String, String> labels = new LinkedHashMap<>();
                component.path("values").forEach(v -> labels.put(v.path("value").asText(), v.path("label").asText()));
                choices.put(key, labels);
            } else if (type.equals("textarea")) {
                notes.add(key);
            }
        }
    }
}
