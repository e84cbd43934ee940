package cn.excellence.workbench;

import java.time.OffsetDateTime;

/**
 * One task as 待办 lists it: {@code name} is the step (组织部预审), {@code subject} the case Tasklist shows after it
 * (乌拉山镇, null when the task has none); {@code mine}: assigned to me; {@code claimable}: unassigned and I am a candidate.
 */
public record TaskSummary(String id, String name, String subject, String processDefinitionKey, String processName,
        String processInstanceId, OffsetDateTime created, OffsetDateTime due, boolean overdue, String assignee, boolean mine,
        boolean claimable) {
}
