package cn.excellence.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The fields of a deployed Camunda Form (a task's or a start form, as its binding resolves), parsed once per form text. */
class DeployedFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<FormField>> fieldsByForm = new ConcurrentHashMap<>();

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
