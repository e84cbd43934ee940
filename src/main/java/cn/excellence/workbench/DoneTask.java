package cn.excellence.workbench;

import java.time.OffsetDateTime;

/** A task I completed (已办). */
public record DoneTask(String taskId, String name, String subject, String processName, String processInstanceId,
        OffsetDateTime completedAt) {
}
