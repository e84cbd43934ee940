package cn.excellence.fund;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.EmbeddedPostgresConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The award payables' move again, on a second database of a real PostgreSQL. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@Import(EmbeddedPostgresConfiguration.class)
class AwardPayableMigrationPostgresTests extends AwardPayableMigrationTests {

    @Autowired
    EmbeddedPostgres postgres;

    @Override
    DataSource freshDatabase() {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database award_migration").update();
        return postgres.getDatabase("postgres", "award_migration");
    }
}
