package cn.excellence.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * The award payables V23 moved kept their ids; new ones continue after the highest. The restart value has to be
 * read first, which plain SQL cannot do the same way on H2 and PostgreSQL.
 */
@Component
class V24__ContinueAwardPayableIds extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from fund_award_payable")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("alter table fund_award_payable alter column id restart with " + next);
        }
    }
}
