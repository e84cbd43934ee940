package cn.excellence.workbench;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** The server copy of a half-filled form: {@code task-<taskId>} or {@code start-<processKey>}. */
public record Draft(String draftKey, JsonNode values, OffsetDateTime savedAt) {
}
