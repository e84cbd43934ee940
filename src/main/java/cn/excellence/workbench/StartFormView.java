package cn.excellence.workbench;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A process's start form (form-js schema) and the values it opens with. */
public record StartFormView(String key, String name, JsonNode schema, Map<String, Object> data) {
}
