package cn.excellence.shared.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in the database (Spring Session JDBC, tables from Flyway V12), so the webapps' login
 * holds on every node. The webapps send many requests at once; the first write of a session
 * attribute is an upsert, so two of them adding the same attribute do not collide. The webapps' login is written back
 * only when it changed ({@link LoginWriteBackFilter}).
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

    /** Right after Spring Session's filter, so that Camunda's filters and ours see the sessions it wraps. */
    @Bean
    FilterRegistrationBean<LoginWriteBackFilter> loginWriteBackFilter() {
        FilterRegistrationBean<LoginWriteBackFilter> registration = new FilterRegistrationBean<>(new LoginWriteBackFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
