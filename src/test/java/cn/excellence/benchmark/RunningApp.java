package cn.excellence.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import com.zaxxer.hikari.HikariDataSource;

import cn.excellence.ExcellenceApplication;

/**
 * The application started in this JVM as the tests start it (profile {@code test}, plus {@code postgres} on PostgreSQL: demo
 * users, job executor off) on a random port, on a fresh pooled database (the profiles' {@code spring.datasource.hikari}
 * settings applied) whose statements are counted; its start-up time
 * and the JVM's resident memory right after the start are kept.
 */
final class RunningApp implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final StatementCounter counter = new StatementCounter();
    final Duration startUp;
    final long residentKb;
    final long residentBeforeKb;
    private final HikariDataSource pool;

    RunningApp(Databases database) {
        requireProductionCompiler();
        pool = database.create("app");
        DataSource counted = counter.counting(pool, "app");
        residentBeforeKb = residentKb();
        long start = System.nanoTime();
        context = new SpringApplicationBuilder(ExcellenceApplication.class)
                .profiles(database == Databases.POSTGRES ? new String[] {"postgres", "test"} : new String[] {"test"})
                .initializers(c -> {
                    Binder.get(c.getEnvironment()).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
                    c.getBeanFactory().registerSingleton("benchmarkTestTypesExcluded", new TestTypesExcluded());
                    c.getBeanFactory().registerSingleton("dataSource", counted);
                })
                .run("--server.port=0", "--spring.main.banner-mode=off", "--spring.main.allow-bean-definition-overriding=true");
        startUp = Duration.ofNanos(System.nanoTime() - start);
        residentKb = residentKb();
    }

    /**
     * The tests' JVMs compile with the client compiler only ({@code -XX:TieredStopAtLevel=1}, pom.xml), which slows long-running
     * code unevenly; figures from such a JVM would mislead, so a benchmark started without {@code -Pbenchmark} stops here.
     */
    static void requireProductionCompiler() {
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel"))) {
            throw new IllegalStateException("A benchmark needs the production JIT: run it with -Pbenchmark, e.g. "
                    + "./mvnw -B test -Pbenchmark -Dtest=ScaleBenchmark (see README, Benchmarks)");
        }
    }

    int port() {
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** VmRSS of this JVM from /proc/self/status, in kB (0 where there is no /proc). */
    static long residentKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        context.close();
        pool.close();
    }

    /** What the Spring test context leaves out of the component scan: the tests' own configurations and nested test classes. */
    static final class TestTypesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String enclosing = reader.getClassMetadata().getEnclosingClassName();
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName())
                    || enclosing != null && (enclosing.endsWith("Tests") || enclosing.endsWith("Benchmark"));
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
