package cn.excellence.shared.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in the database (Spring Session JDBC, tables from Flyway V12), so the webapps' login
 * holds on every node. The webapps send many requests at once; the first write of a session
 * attribute is an upsert, so two of them adding the same attribute do not collide.
 */
@Configuration
class WebSessionConfig {

    private static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) throws SQLException {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName();
        }
        if ("PostgreSQL".equals(database)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if ("H2".equals(database)) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
        }
        throw new IllegalStateException("no session attribute upsert for database " + database);
    }
}
