package cn.excellence.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * V23 and V24 on a database that already has award payables (one paid, one not): the rows move to the fund's own table
 * with their ids, so the ledger's keys award:{id} still name them; the honours keep their awards; new ids continue.
 * The application's Flyway set-up (its SQL and Java migrations) runs on a second, fresh database.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class AwardPayableMigrationTests {

    @Autowired
    Flyway flyway;

    DataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:award-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void awardPayablesMoveToTheFundWithTheirIds() {
        DataSource database = freshDatabase();
        JdbcClient jdbc = JdbcClient.create(database);
        migrate(database, "22?");
        long campaign = insert(jdbc, "insert into commendation_campaign (campaign_year, title, nomination_deadline, notice_working_days, "
                + "status, created_by, created_at) values (2010, '七一表彰', current_timestamp, 5, 'CLOSED', 'orgdept', current_timestamp)");
        long category = insert(jdbc, "insert into commendation_category (campaign_id, code, name, quota, nominee_type, nominee_filter, "
                + "award_fen) values (" + campaign + ", 'X1', '优秀嘎查村党组织书记', 9, 'MEMBER', 'VILLAGE_SECRETARY', 400000)");
        long paid = honour(jdbc, campaign, category, "A");
        long owed = honour(jdbc, campaign, category, "B");
        long plain = honour(jdbc, campaign, category, "C");
        jdbc.sql("insert into award_payable (id, honour_id, fund_code, amount_fen, status, created_at, paid_at) "
                + "values (7, ?, 'VILLAGE_CADRE_SUBSIDY', 400000, 'PAID', current_timestamp, current_timestamp)").param(paid).update();
        jdbc.sql("insert into award_payable (id, honour_id, fund_code, amount_fen, status, created_at) "
                + "values (9, ?, 'VILLAGE_CADRE_SUBSIDY', 400050, 'PAYABLE', current_timestamp)").param(owed).update();

        migrate(database, "latest");

        assertThat(jdbc.sql("select id, honour_id, amount_fen, status, paid_at is not null from fund_award_payable order by id")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getString(4) + ":" + rs.getBoolean(5))
                .list()).containsExactly("7:" + paid + ":400000:PAID:true", "9:" + owed + ":400050:PAYABLE:false");
        assertThat(jdbc.sql("select id, award_fen from honour order by id").query((rs, n) -> rs.getLong(1) + "=" + rs.getObject(2)).list())
                .containsExactly(paid + "=400000", owed + "=400050", plain + "=null");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'award_payable'")
                .query(Long.class).single()).as("commendation's old table is gone").isZero();
        long next = insert(jdbc, "insert into fund_award_payable (honour_id, fund_code, amount_fen, status, created_at) "
                + "values (" + plain + ", 'VILLAGE_CADRE_SUBSIDY', 100, 'PAYABLE', current_timestamp)");
        assertThat(next).as("new payables continue after the moved ones").isEqualTo(10);
    }

    /** Up to the target version (a trailing ? : or the last one before it, whichever exists). */
    private void migrate(DataSource database, String target) {
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(database).target(target).load().migrate();
    }

    private static long honour(JdbcClient jdbc, long campaign, long category, String name) {
        long nomination = insert(jdbc, "insert into nomination (campaign_id, category_id, nominee_name, nominee_org_name, "
                + "nominating_org_code, nominated_by, deeds, status, created_at) values (" + campaign + ", " + category + ", '书记" + name
                + "', '某村', 'banner', 'orgdept', '事迹', 'COMMENDED', current_timestamp)");
        return insert(jdbc, "insert into honour (campaign_id, nomination_id, category_name, recipient_name, organization_name, honour_year, "
                + "certificate_number, issued_on) values (" + campaign + ", " + nomination + ", '优秀嘎查村党组织书记', '书记" + name
                + "', '某村', 2010, '2010-" + name + "', current_date)");
    }

    private static long insert(JdbcClient jdbc, String sql) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
