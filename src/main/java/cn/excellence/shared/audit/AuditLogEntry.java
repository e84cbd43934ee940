package cn.excellence.shared.audit;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code userId}; for a refused login the name that was tried), when,
 * what (category, method and path; no request bodies, no passwords), the HTTP status where there is
 * one, the outcome, and from where (the client address).
 */
public record AuditLogEntry(long id, Instant at, String userId, AuditCategory category, String method, String path,
        Integer status, String outcome, String clientAddress) {
}
