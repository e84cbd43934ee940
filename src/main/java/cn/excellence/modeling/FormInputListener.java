package cn.excellence.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Added to every user task by {@link FormRulesParseListener}, first of its completion listeners:
 * the task's Camunda Form (as deployed, by its binding) states the rules its values must keep, and a
 * completion that breaks one is refused with the field's Chinese label, whichever client sent it.
 */
class FormInputListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<FormField>> fieldsByForm = new ConcurrentHashMap<>();

    @Override
    public void notify(DelegateTask task) {
        String form = deployedForm(task);
        if (form != null) {
            FormRules.check(fieldsByForm.computeIfAbsent(form, FormInputListener::parse), task::getVariable);
        }
    }

    private static String deployedForm(DelegateTask task) {
        return Context.getCommandContext().runWithoutAuthorization(() -> {
            try (InputStream in = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    private static List<FormField> parse(String form) {
        try {
            return FormRules.fields(JSON.readTree(form));
        } catch (IOException e) {
            return List.of();
        }
    }
}
