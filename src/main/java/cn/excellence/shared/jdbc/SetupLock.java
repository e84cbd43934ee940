package cn.excellence.shared.jdbc;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work (groups, authorizations, demo data) in one transaction that holds the set-up lock row, so that it
 * runs once when several nodes start together.
 */
@Component
public class SetupLock {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SetupLock(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public void run(Runnable work) {
        transaction.executeWithoutResult(status -> {
            Rows.holdSetupLock(jdbc);
            work.run();
        });
    }

    /** Runs the work only while the table (named in code) has no row yet: demo data a node has not loaded before. */
    public void runIfEmpty(String table, Runnable work) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        run(() -> {
            if (jdbc.sql("select count(*) from " + table).query(Long.class).single() == 0) {
                work.run();
            }
        });
    }
}
