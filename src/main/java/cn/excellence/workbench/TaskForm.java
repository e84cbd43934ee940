package cn.excellence.workbench;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A task with its Camunda Form (form-js schema) and the values the form opens with. */
public record TaskForm(TaskSummary task, JsonNode schema, Map<String, Object> data) {
}
