package cn.excellence.shared.cases;

import java.time.Instant;

/**
 * One record as its module tells it for 我的事项: what and whose it is, where it stands (the module's status name and its
 * Chinese label), the record's own deadline while one applies, when it last moved and its process instance (if any).
 */
public record CaseRecord(CaseKind kind, long id, String title, String organizationCode, String status, String statusLabel,
        Instant deadline, Instant updatedAt, String processInstanceId) {
}
