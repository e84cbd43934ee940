package cn.excellence.modeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/**
 * The form is the rule: the fields a Camunda Form asks for and the checks it states, enforced on
 * the server whatever client completed the task. Messages name the field by its Chinese label.
 */
public final class FormRules {

    private FormRules() {
    }

    /** The fields of a form that a user fills in (not disabled, not read-only), groups included. */
    public static List<FormField> fields(JsonNode form) {
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        return fields;
    }

    private static void collect(JsonNode components, List<FormField> into) {
        for (JsonNode component : components) {
            collect(component.path("components"), into);
            if (!component.hasNonNull("key") || component.path("disabled").asBoolean() || component.path("readonly").asBoolean()) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> values = new ArrayList<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            into.add(new FormField(component.path("key").asText(), label(component),
                    component.path("type").asText(), validate.path("required").asBoolean(), integer(validate, "minLength"),
                    integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"), List.copyOf(values)));
        }
    }

    /** What the user reads above the field: its label, a date field's date label, else its key. */
    private static String label(JsonNode component) {
        return component.path("label").asText(component.path("dateLabel").asText(component.path("key").asText()));
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.path(name).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.path(name).decimalValue() : null;
    }

    /** Checks every field against the values the task has; the first broken rule is a {@link TaskInputException}. */
    public static void check(List<FormField> fields, Function<String, Object> values) {
        for (FormField field : fields) {
            check(field, values.apply(field.key()));
        }
    }

    static void check(FormField field, Object value) {
        if (field.isText()) {
            int max = field.maxLength() == null ? Integer.MAX_VALUE : field.maxLength();
            int min = field.minLength() == null ? 0 : field.minLength();
            String text = field.required() ? TextRules.required(value, field.label(), min, max) : TextRules.optional(value, field.label(), max);
            if (text != null && text.length() < min) {
                TextRules.required(text, field.label(), min, max);
            }
        } else if (isMissing(value)) {
            if (field.required()) {
                throw new TaskInputException((field.isChoice() || field.isMultipleChoice() ? "请选择“" : "请填写“") + field.label() + "”。");
            }
        } else if (field.type().equals("number")) {
            checkNumber(field, value);
        } else if (field.isChoice()) {
            checkChoice(field, value.toString());
        } else if (field.isMultipleChoice()) {
            List<String> chosen = FormValues.items(value, field.label());
            if (field.required() && chosen.isEmpty()) {
                throw new TaskInputException("请选择“" + field.label() + "”。");
            }
            chosen.forEach(c -> checkChoice(field, c));
        }
    }

    private static boolean isMissing(Object value) {
        return FormValues.text(value) == null;
    }

    private static void checkNumber(FormField field, Object value) {
        BigDecimal number = FormValues.decimal(value, field.label());
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw new TaskInputException("“" + field.label() + "”不能小于 " + field.min().toPlainString() + "。");
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            throw new TaskInputException("“" + field.label() + "”不能大于 " + field.max().toPlainString() + "。");
        }
    }

    private static void checkChoice(FormField field, String value) {
        if (!field.values().isEmpty() && !field.values().contains(value)) {
            throw new TaskInputException("“" + field.label() + "”的取值“" + TextRules.abbreviate(value) + "”无效。");
        }
    }
}
