package cn.excellence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests of the {@code postgres} profile, started from a Maven artifact once per test JVM;
 * each context gets its own database on it, a copy of a start like its own or of the migrated template when {@link
 * TestDatabases} has kept one (so a context starts without running the migrations, creating the engine's tables or
 * deploying the models again), reached through a connection pool as in production, dropped when the
 * context closes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** The JVM's server, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        // a test database is thrown away with its JVM: no waiting for the disk on each commit
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; the server's directory is temporary
                    }
                }));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** The shared server: not closed with the context (an AutoCloseable bean would be), other contexts still use it. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres() {
        return server();
    }

    @Bean
    ContextDatabase contextDatabase(EmbeddedPostgres postgres, TestDatabases.StartupKey key) {
        String name = "context_" + DATABASES.incrementAndGet();
        String template = TestDatabases.kept(key).map(TestDatabases::copiedStart)
                .orElse(TestDatabases.postgresTemplateReady() ? TestDatabases.POSTGRES_TEMPLATE : null);
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name
                + (template != null ? " template " + template : "")).update();
        return new ContextDatabase(postgres, name);
    }

    /**
     * A connection pool as in production (Spring Boot's Hikari, with the profile's {@code spring.datasource.hikari} settings):
     * the server's own data source opens a new connection, a new server process, for every transaction the engine runs.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(ContextDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(database.dataSource());
        pool.setPoolName(database.name());
        // for the moment TestDatabases copies the database as it is after the start (nobody may be connected then)
        pool.setAllowPoolSuspension(true);
        return pool;
    }

    /** One context's database on the shared server; dropped (with any connection left) when the context closes. */
    public record ContextDatabase(EmbeddedPostgres postgres, String name) implements AutoCloseable {

        DataSource dataSource() {
            return postgres.getDatabase("postgres", name);
        }

        @Override
        public void close() {
            JdbcClient.create(postgres.getPostgresDatabase()).sql("drop database if exists " + name + " with (force)").update();
        }
    }
}
