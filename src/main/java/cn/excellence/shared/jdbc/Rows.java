package cn.excellence.shared.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small JDBC helpers shared by the features' repositories. */
public final class Rows {

    private Rows() {
    }

    /** Column name and value pairs, in order; values may be null. */
    public static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    /** Updates the named columns of one row; column names come from code, never from a request. */
    public static int update(JdbcClient jdbc, String table, long id, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ");
        sql.append(String.join(", ", columns.keySet().stream().map(c -> c + " = :" + c).toList()));
        JdbcClient.StatementSpec statement = jdbc.sql(sql.append(" where id = :id").toString()).param("id", id);
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            statement = statement.param(e.getKey(), value(e.getValue()));
        }
        return statement.update();
    }

    /**
     * The rows of {@code table} whose {@code column} holds one of the organization codes ({@code null}: every row), by id;
     * table and column names come from code, never from a request.
     */
    public static <T> List<T> ofOrganizations(JdbcClient jdbc, String table, String column, Collection<String> organizationCodes,
            RowMapper<T> mapper) {
        if (organizationCodes != null && organizationCodes.isEmpty()) {
            return List.of();
        }
        if (organizationCodes == null) {
            return jdbc.sql("select * from " + table + " order by id").query(mapper).list();
        }
        return jdbc.sql("select * from " + table + " where " + column + " in (:codes) order by id").param("codes", organizationCodes)
                .query(mapper).list();
    }

    /** Inserts one row (dates, instants and enums as {@link #value} stores them) and returns the id the database generated for it. */
    public static long insert(JdbcClient jdbc, String sql, Object... params) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(Arrays.stream(params).map(Rows::value).toList()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public static Object value(Object value) {
        if (value instanceof Date date) {
            return new Timestamp(date.getTime());
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value instanceof Enum<?> e ? e.name() : value;
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A row as listOfRows gives it, with lower-case column names whatever the database (H2 answers in upper case). */
    public static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        return lower;
    }

    /**
     * Holds the set-up lock row until the surrounding transaction ends, so that start-up work (groups,
     * authorizations, demo data) runs once when several nodes start together.
     */
    public static void holdSetupLock(JdbcClient jdbc) {
        jdbc.sql("select name from setup_lock where name = 'identity' for update").query(String.class).single();
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
