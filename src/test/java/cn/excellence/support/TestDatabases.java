package cn.excellence.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * Every test context starts on a fresh database of its own, but what every context does first is done once per test JVM
 * and kept, at two levels:
 * <ol>
 * <li>the migrations: the first context migrates and keeps the result (H2: a script of the migrated database; PostgreSQL:
 * a template database on the shared server);</li>
 * <li>the whole start: when a context is ready (the engine's tables created, the models deployed, the groups,
 * authorizations and demo users set up), its database is kept too, under a {@linkplain StartupKey key} of everything
 * that can change what a start writes (profiles, properties, bean definitions). A later context with the same key starts
 * from a copy of it: the engine finds its tables and, deploying only changed models, the models already deployed; the
 * set-up finds its rows. A context with another key starts from the migrated copy and keeps its own.</li>
 * </ol>
 * Flyway still runs in every context and finds the copy up to date, so a changed migration fails validation as before. A
 * kept start is used only until the first timer job it holds falls due (a model's cron timer computed at that start): a
 * start at a later time would compute another due date, so then the start is done again and kept anew. Nor is it used
 * on another day (Beijing time) than its own: the demo data's dates (a round opened today, a deadline in days) would be
 * yesterday's.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
public class TestDatabases {

    static final String POSTGRES_TEMPLATE = "excellence_template";
    private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);
    private static final ZoneId ZONE = ZoneId.of(WorkingDayCalendar.ZONE_ID);

    private static final java.util.regex.Pattern APPLICATION_PROPERTIES = java.util.regex.Pattern.compile(
            "(excellence|spring|camunda|server|management|logging|springdoc)\\.");

    private static Path h2Script;
    private static volatile boolean postgresTemplate;
    private static final Map<String, Kept> STARTS = new ConcurrentHashMap<>();

    /** A kept start: the H2 script or the PostgreSQL database holding it, usable until a timer job in it falls due. */
    record Kept(String copy, Instant validUntil) {
    }

    /** What can change the rows a context's start writes; equal keys start the same. */
    public record StartupKey(String value) {
    }

    @Bean
    StartupKey startupKey(ConfigurableListableBeanFactory beanFactory, ConfigurableEnvironment environment) {
        StringBuilder text = new StringBuilder(String.join(",", environment.getActiveProfiles())).append('\n');
        environment.getPropertySources().stream().filter(EnumerablePropertySource.class::isInstance)
                .filter(source -> !source.getName().equals("server.ports") && !source.getName().equals("systemEnvironment"))
                .forEach(source -> {
                    text.append(source.getName()).append('\n');
                    // the JVM's own system properties change as tests run (drivers, ports); the application's do count
                    boolean system = source.getName().equals("systemProperties");
                    Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()).sorted()
                            .filter(name -> !system || APPLICATION_PROPERTIES.matcher(name).lookingAt())
                            .forEach(name -> text.append(name).append('=').append(source.getProperty(name)).append('\n'));
                });
        Arrays.stream(beanFactory.getBeanDefinitionNames()).sorted().forEach(name -> {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            text.append(name).append(' ').append(definition.getClass().getSimpleName()).append(' ')
                    .append(definition.getBeanClassName()).append(' ').append(definition.getFactoryBeanName()).append(' ')
                    .append(definition.getFactoryMethodName()).append(' ').append(definition.getResolvableType()).append('\n');
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new StartupKey(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    SharedEngineMappings sharedEngineMappings(DataSource dataSource) {
        return new SharedEngineMappings(product(dataSource));
    }

    @Bean
    FlywayMigrationStrategy migrateOncePerJvm(StartupKey key) {
        return flyway -> {
            DataSource dataSource = flyway.getConfiguration().getDataSource();
            switch (product(dataSource)) {
                case "H2" -> h2(flyway, dataSource, key);
                case "PostgreSQL" -> postgres(flyway);
                default -> flyway.migrate();
            }
        };
    }

    /** Keeps this context's database as it is after the start, unless a copy of such a start is kept already. */
    @EventListener(ApplicationReadyEvent.class)
    void keepTheStart(ApplicationReadyEvent ready) {
        StartupKey key = ready.getApplicationContext().getBean(StartupKey.class);
        if (kept(key).isPresent()) {
            return;
        }
        DataSource dataSource = ready.getApplicationContext().getBean(DataSource.class);
        Instant validUntil = min(firstTimerDue(dataSource), LocalDate.now(ZONE).plusDays(1).atStartOfDay(ZONE).toInstant());
        switch (product(dataSource)) {
            case "H2" -> keepH2(key, dataSource, validUntil);
            case "PostgreSQL" -> {
                EmbeddedPostgresConfiguration.ContextDatabase database = ready.getApplicationContext()
                        .getBeanProvider(EmbeddedPostgresConfiguration.ContextDatabase.class).getIfAvailable();
                if (database != null) {
                    keepPostgres(key, database, dataSource, validUntil);
                }
            }
            default -> { }
        }
    }

    static boolean postgresTemplateReady() {
        return postgresTemplate;
    }

    /** The kept start for this key, if there is one still valid now. */
    static Optional<String> kept(StartupKey key) {
        Kept kept = STARTS.get(key.value());
        return kept != null && Instant.now().isBefore(kept.validUntil()) ? Optional.of(kept.copy()) : Optional.empty();
    }

    static String copiedStart(String copy) {
        log.info("the context starts from a copy of an earlier start ({})", copy);
        return copy;
    }

    private static synchronized void h2(Flyway flyway, DataSource dataSource, StartupKey key) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        boolean empty = jdbc.sql("select count(*) from information_schema.tables where table_schema = 'PUBLIC'").query(Long.class).single() == 0;
        if (empty) {
            Optional<String> start = kept(key);
            if (start.isPresent()) {
                log.info("the context starts from a copy of an earlier start ({})", key.value());
                execute(dataSource, "runscript from '" + start.get() + "'");
            } else if (h2Script != null) {
                execute(dataSource, "runscript from '" + h2Script + "'");
            }
        }
        flyway.migrate();
        if (h2Script == null && empty) {
            h2Script = script(dataSource);
        }
    }

    private static Path script(DataSource dataSource) {
        try {
            Path script = Files.createTempFile("excellence-", ".sql");
            script.toFile().deleteOnExit();
            execute(dataSource, "script to '" + script + "'");
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void keepH2(StartupKey key, DataSource dataSource, Instant validUntil) {
        STARTS.put(key.value(), new Kept(script(dataSource).toString(), validUntil));
    }

    /**
     * PostgreSQL copies a database only while nobody is connected to it: the context's pool is suspended and emptied for the
     * moment of the copy. When a connection is still busy, the start is not kept (the next context tries again).
     */
    private static synchronized void keepPostgres(StartupKey key, EmbeddedPostgresConfiguration.ContextDatabase database, DataSource dataSource,
            Instant validUntil) {
        if (!(dataSource instanceof HikariDataSource pool) || pool.getHikariPoolMXBean() == null) {
            return;
        }
        String copy = "start_" + key.value() + "_" + System.nanoTime();
        pool.getHikariPoolMXBean().suspendPool();
        try {
            pool.getHikariPoolMXBean().softEvictConnections();
            JdbcClient server = JdbcClient.create(database.postgres().getPostgresDatabase());
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    server.sql("create database " + copy + " template " + database.name()).update();
                    STARTS.put(key.value(), new Kept(copy, validUntil));
                    return;
                } catch (RuntimeException stillConnected) {
                    sleep();
                }
            }
            log.info("the start of {} is not kept: its database is still in use", database.name());
        } finally {
            pool.getHikariPoolMXBean().resumePool();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /** When the first timer job of the start falls due (a cron timer of a deployed model), or never. */
    private static Instant firstTimerDue(DataSource dataSource) {
        Timestamp due = JdbcClient.create(dataSource).sql("select min(DUEDATE_) from ACT_RU_JOB").query(Timestamp.class).optional().orElse(null);
        return due == null ? Instant.MAX : due.toInstant();
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
