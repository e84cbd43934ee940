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

    /** Runs the work only while the count query (from code) counts nothing: demo data no node has loaded before. */
    public void runIfNone(String countQuery, Runnable work) {
        run(() -> {
            if (jdbc.sql(countQuery).query(Long.class).single() == 0) {
                work.run();
            }
        });
    }
}
