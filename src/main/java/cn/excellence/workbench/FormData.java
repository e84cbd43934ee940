package cn.excellence.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/**
 * Between form-js's data and the engine's variables, the way Tasklist's Camunda Forms convert them: the form opens with
 * the form variables (JSON variables parsed, a values list of plain texts as label/value options), and a submission
 * sends each plain value untyped and each object or list as JSON text typed like the variable it replaces (else
 * {@code Json}), through the engine REST API's own conversion. The engine's form rules then judge the values as they
 * judge Tasklist's.
 */
@Component
class FormData {

    static final int MAX_BYTES = 64 * 1024;
    private static final String JSON_FORMAT = "application/json";
    /** A date variable as Tasklist hands it to form-js (its unfixDate): local time, Beijing, without an offset. */
    private static final DateTimeFormatter TASKLIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ObjectMapper json;

    FormData(ObjectMapper json) {
        this.json = json;
    }

    JsonNode schema(InputStream form) {
        try (form) {
            return json.readTree(form);
        } catch (IOException e) {
            throw new IllegalStateException("the deployed form is not JSON", e);
        }
    }

    /** The values a form opens with: the form variables as Tasklist's form-variables (deserializeValues=false) give them. */
    Map<String, Object> data(VariableMap variables, JsonNode schema) {
        Set<String> valuesKeys = new HashSet<>();
        schema.path("components").forEach(c -> {
            if (c.hasNonNull("valuesKey")) {
                valuesKeys.add(c.get("valuesKey").asText());
            }
        });
        Map<String, Object> data = new LinkedHashMap<>();
        VariableValueDto.fromMap(variables, true).forEach((name, variable) -> data.put(name, plain(name, variable, valuesKeys)));
        return data;
    }

    private Object plain(String name, VariableValueDto variable, Set<String> valuesKeys) {
        Object value = variable.getValue();
        if (value instanceof Date date) {
            return TASKLIST_DATE.format(EngineAccess.time(date));
        }
        if (value instanceof String text && isJson(variable)) {
            JsonNode parsed = parse(text);
            if (valuesKeys.contains(name) && parsed instanceof ArrayNode list) {
                return shortcutOptions(list);
            }
            return parsed;
        }
        return value instanceof byte[] ? null : value;
    }

    private static boolean isJson(VariableValueDto variable) {
        return "Json".equals(variable.getType()) || variable.getValueInfo() != null
                && JSON_FORMAT.equals(variable.getValueInfo().get("serializationDataFormat"));
    }

    private JsonNode shortcutOptions(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                return list;
            }
        }
        ArrayNode options = json.createArrayNode();
        list.forEach(item -> options.addObject().put("label", item.asText()).put("value", item.asText()));
        return options;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The submitted values as the engine's variables: only the form's own fields, each converted as Tasklist converts it;
     * refused with a Chinese message when the values are not a JSON object, are larger than 64 KB or name no field of the form.
     */
    VariableMap variables(JsonNode values, JsonNode schema, VariableMap formVariables, ProcessEngine engine) {
        checkValues(values);
        Set<String> fields = new HashSet<>();
        Map<String, String> valuesKeyOf = new LinkedHashMap<>();
        collectFields(schema, fields, valuesKeyOf);
        Map<String, VariableValueDto> known = VariableValueDto.fromMap(formVariables, true);
        Map<String, VariableValueDto> submitted = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!fields.contains(field.getKey())) {
                throw new TaskInputException("表单中没有字段“" + TextRules.abbreviate(field.getKey()) + "”，请刷新页面后重新填写。");
            }
            submitted.put(field.getKey(), variable(field.getKey(), field.getValue(), known, valuesKeyOf));
        }
        try {
            return VariableValueDto.toMap(submitted, engine, json);
        } catch (RuntimeException e) {
            throw new TaskInputException("表单中有无法识别的值，请检查后重新提交。");
        }
    }

    /** The keys of the form's fields (in groups too) and, for a field whose options come from a variable, that variable. */
    private static void collectFields(JsonNode container, Set<String> fields, Map<String, String> valuesKeyOf) {
        container.path("components").forEach(c -> {
            if (c.hasNonNull("key")) {
                fields.add(c.get("key").asText());
                if (c.hasNonNull("valuesKey")) {
                    valuesKeyOf.put(c.get("key").asText(), c.get("valuesKey").asText());
                }
            }
            collectFields(c, fields, valuesKeyOf);
        });
    }

    /** A JSON object of at most 64 KB (the values of a form, or of a draft). */
    void checkValues(JsonNode values) {
        if (values == null || !values.isObject()) {
            throw new TaskInputException("请求内容应为 {\"values\": {字段: 值}}，values 须为 JSON 对象。");
        }
        if (size(values) > MAX_BYTES) {
            throw new TaskInputException("表单内容过大，最多 64 KB。请精简后重试。");
        }
    }

    int size(JsonNode values) {
        try {
            return json.writeValueAsString(values).getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private VariableValueDto variable(String name, JsonNode value, Map<String, VariableValueDto> known, Map<String, String> valuesKeyOf) {
        VariableValueDto variable = new VariableValueDto();
        if (value.isContainerNode()) {
            VariableValueDto like = known.containsKey(name) ? known.get(name) : known.get(valuesKeyOf.get(name));
            variable.setType(like != null ? like.getType() : "Json");
            variable.setValueInfo(like != null ? like.getValueInfo() : null);
            variable.setValue(value.toString());
            return variable;
        }
        variable.setValue(plainValue(name, value));
        return variable;
    }

    /** A plain JSON value as the engine REST API reads it from a request: text, a whole number, a decimal, true/false, null. */
    private static Object plainValue(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual() || value.isBoolean()) {
            return value.isTextual() ? value.asText() : value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            if (value.canConvertToInt()) {
                return value.intValue();
            }
            if (value.canConvertToLong()) {
                return value.longValue();
            }
            throw new TaskInputException("字段“" + TextRules.abbreviate(name) + "”的数值过大。");
        }
        return value.doubleValue();
    }
}
