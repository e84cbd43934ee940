package cn.excellence.workbench;

import java.time.OffsetDateTime;

import cn.excellence.shared.cases.CaseKind;

/**
 * One record in 我的事项: its kind, organization and township, where it stands and by when (the open task's due date, or
 * the record's own deadline), when it last moved, and its process instance for the timeline (null when it has none).
 */
public record CaseItem(CaseKind kind, String kindLabel, long id, String title, String organizationCode, String organizationName,
        String townshipCode, String townshipName, String status, String statusLabel, OffsetDateTime deadline, OffsetDateTime updatedAt,
        String processInstanceId) {
}
