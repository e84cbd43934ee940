package cn.excellence.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.jdbc.Rows;

/** The audit log table: appended to, searched, pruned; never updated. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry: in the caller's transaction when there is one (a login is checked inside the
     * engine's, which commits whether the password was right or wrong; a second connection per check
     * would starve the pool under a burst of logins), else in its own.
     */
    @Transactional
    public void append(String userId, AuditCategory category, String method, String path, Integer status,
            String outcome, String clientAddress) {
        jdbc.sql("""
                insert into audit_log (at, user_id, category, method, path, status, outcome, client_address)
                values (:at, :userId, :category, :method, :path, :status, :outcome, :address)
                """)
                .param("at", Timestamp.from(Instant.now()))
                .param("userId", cut(userId, 64))
                .param("category", category.name())
                .param("method", cut(method, 10))
                .param("path", cut(path, 500))
                .param("status", status)
                .param("outcome", outcome)
                .param("address", cut(clientAddress, 64))
                .update();
    }

    List<AuditLogEntry> find(AuditQuery query, int page, int size) {
        Where where = where(query);
        return jdbc.sql("select * from audit_log" + where.sql + " order by at desc, id desc limit :limit offset :offset")
                .params(where.params).param("limit", size).param("offset", (long) page * size)
                .query(AuditLog::entry).list();
    }

    long count(AuditQuery query) {
        Where where = where(query);
        return jdbc.sql("select count(*) from audit_log" + where.sql).params(where.params).query(Long.class).single();
    }

    /** Deletes the entries older than the cutoff; safe on several nodes at once. */
    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from audit_log where at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.userId() != null) {
            conditions.add("user_id = :userId");
            params.put("userId", query.userId());
        }
        if (query.category() != null) {
            conditions.add("category = :category");
            params.put("category", query.category().name());
        }
        if (query.from() != null) {
            conditions.add("at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        if (query.pathContains() != null) {
            conditions.add("lower(path) like :path escape '\\'");
            params.put("path", "%" + query.pathContains().toLowerCase().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static AuditLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditLogEntry(rs.getLong("id"), Rows.instant(rs, "at"), rs.getString("user_id"),
                AuditCategory.valueOf(rs.getString("category")), rs.getString("method"), rs.getString("path"),
                rs.getObject("status", Integer.class), rs.getString("outcome"), rs.getString("client_address"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
