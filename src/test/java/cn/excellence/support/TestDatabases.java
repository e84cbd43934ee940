package cn.excellence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every test context starts on a fresh database, but the migrations run once per test JVM: the first context migrates
 * and keeps the result (H2: a script of the migrated database; PostgreSQL: a template database on the shared server), and
 * later contexts start from a copy of it. Flyway still runs in every context and finds the copy up to date, so a changed
 * migration fails validation as before. The engine creates its own tables afterwards, as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestDatabases {

    static final String POSTGRES_TEMPLATE = "excellence_template";

    private static Path h2Script;
    private static volatile boolean postgresTemplate;

    @Bean
    FlywayMigrationStrategy migrateOncePerJvm() {
        return flyway -> {
            DataSource dataSource = flyway.getConfiguration().getDataSource();
            switch (product(dataSource)) {
                case "H2" -> h2(flyway, dataSource);
                case "PostgreSQL" -> postgres(flyway);
                default -> flyway.migrate();
            }
        };
    }

    static boolean postgresTemplateReady() {
        return postgresTemplate;
    }

    private static synchronized void h2(Flyway flyway, DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        boolean empty = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'PUBLIC'").query(Long.class).single() == 0;
        if (h2Script != null && empty) {
            execute(dataSource, "runscript from '" + h2Script + "'");
        }
        flyway.migrate();
        if (h2Script == null && empty) {
            try {
                Path script = Files.createTempFile("excellence-migrated-", ".sql");
                script.toFile().deleteOnExit();
                execute(dataSource, "script to '" + script + "'");
                h2Script = script;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static synchronized void postgres(Flyway flyway) {
        if (!postgresTemplate) {
            EmbeddedPostgres server = EmbeddedPostgresConfiguration.server();
            JdbcClient.create(server.getPostgresDatabase()).sql("create database " + POSTGRES_TEMPLATE).update();
            Flyway.configure().configuration(flyway.getConfiguration()).dataSource(server.getDatabase("postgres", POSTGRES_TEMPLATE))
                    .load().migrate();
            postgresTemplate = true;
        }
        flyway.migrate();
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("the test database does not answer", e);
        }
    }
}
