package cn.excellence.shared.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.excellence.shared.jdbc.Rows;

/**
 * The table {@code login_throttle}, shared by all nodes. An attempt first holds its row (insert if
 * absent, then a row lock), so concurrent attempts of one user from one address, on any node, count
 * one after the other.
 */
@Repository
class LoginThrottleStore {

    private static final String H2_INSERT_IF_ABSENT = """
            merge into login_throttle t
            using (select cast(:userId as varchar(64)) user_id, cast(:address as varchar(64)) client_address) s
            on t.user_id = s.user_id and t.client_address = s.client_address
            when not matched then insert (user_id, client_address, failures) values (s.user_id, s.client_address, 0)
            """;
    private static final String POSTGRES_INSERT_IF_ABSENT = """
            insert into login_throttle (user_id, client_address, failures) values (:userId, :address, 0)
            on conflict do nothing
            """;
    private static final String COLUMNS = "select user_id, client_address, failures, last_failure_at, locked_until from login_throttle ";

    private final JdbcClient jdbc;
    private final String insertIfAbsent;

    LoginThrottleStore(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        this.insertIfAbsent = switch (database) {
            case "H2" -> H2_INSERT_IF_ABSENT;
            case "PostgreSQL" -> POSTGRES_INSERT_IF_ABSENT;
            default -> throw new IllegalStateException("no login throttle upsert for database " + database);
        };
    }

    /** One user's wrong passwords from one address, and until when that address is refused. */
    record Throttle(String userId, String clientAddress, int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    /** The pair's row, locked until the end of the current transaction (created with no failures if absent). */
    Throttle hold(String userId, String address) {
        try {
            jdbc.sql(insertIfAbsent).param("userId", userId).param("address", address).update();
        } catch (DuplicateKeyException insertedMeanwhile) {
            // H2 only (PostgreSQL's upsert does not fail): a concurrent attempt inserted the row first; it is there now
        }
        return jdbc.sql(COLUMNS + "where user_id = :userId and client_address = :address for update")
                .param("userId", userId).param("address", address).query(LoginThrottleStore::throttle).single();
    }

    Optional<Throttle> find(String userId, String address) {
        return jdbc.sql(COLUMNS + "where user_id = :userId and client_address = :address")
                .param("userId", userId).param("address", address).query(LoginThrottleStore::throttle).optional();
    }

    void recordFailure(String userId, String address, int failures, Instant at, Instant lockedUntil) {
        jdbc.sql("update login_throttle set failures = :failures, last_failure_at = :at, locked_until = :lockedUntil "
                        + "where user_id = :userId and client_address = :address")
                .param("failures", failures).param("at", Rows.value(at)).param("lockedUntil", Rows.value(lockedUntil), Types.TIMESTAMP)
                .param("userId", userId).param("address", address).update();
    }

    void forget(String userId, String address) {
        jdbc.sql("delete from login_throttle where user_id = :userId and client_address = :address")
                .param("userId", userId).param("address", address).update();
    }

    /** The addresses the user's failures were counted for, which are forgotten now. */
    List<String> forgetUser(String userId) {
        List<String> addresses = jdbc.sql("select client_address from login_throttle where user_id = :userId and failures > 0 "
                + "order by client_address").param("userId", userId).query(String.class).list();
        jdbc.sql("delete from login_throttle where user_id = :userId").param("userId", userId).update();
        return addresses;
    }

    /** Deletes the pairs without a failure since {@code before} that are not refused at {@code now}; how many. */
    int deleteForgotten(Instant before, Instant now) {
        return jdbc.sql("delete from login_throttle where (last_failure_at is null or last_failure_at < :before) "
                        + "and (locked_until is null or locked_until <= :now)")
                .param("before", Rows.value(before)).param("now", Rows.value(now)).update();
    }

    /** Every pair with a failure at or after the given time, the latest first. */
    List<Throttle> failedSince(Instant since) {
        return jdbc.sql(COLUMNS + "where failures > 0 and last_failure_at >= :since order by last_failure_at desc")
                .param("since", Rows.value(since)).query(LoginThrottleStore::throttle).list();
    }

    private static Throttle throttle(ResultSet rs, int row) throws SQLException {
        return new Throttle(rs.getString("user_id"), rs.getString("client_address"), rs.getInt("failures"),
                Rows.instant(rs, "last_failure_at"), Rows.instant(rs, "locked_until"));
    }
}
