package cn.excellence.workbench;

import com.fasterxml.jackson.databind.JsonNode;

/** What the workbench sends to complete a task or start a process: form-js's data as the browser has it. */
public record FormSubmission(JsonNode values) {
}
