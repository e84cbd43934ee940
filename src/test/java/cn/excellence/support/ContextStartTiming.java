package cn.excellence.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Where a test context's start goes, when the JVM runs with {@code -Dexcellence.context-timing=true} (off otherwise): the
 * wall-clock and CPU time of the refresh's slowest steps (bean creation, the web server), of the application runners
 * (demo data) and of the whole start, logged once per context as "context start: …". CPU time (the starting thread's)
 * is the figure to compare on a busy machine, where wall-clock time mostly measures the other processes.
 */
public class ContextStartTiming implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(ContextStartTiming.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long REPORTED_NANOS = 40_000_000;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!Boolean.getBoolean("excellence.context-timing") && !"true".equals(System.getenv("EXCELLENCE_CONTEXT_TIMING"))) {
            return;
        }
        Recorder recorder = new Recorder();
        context.setApplicationStartup(recorder);
        context.getBeanFactory().registerSingleton("contextStartTimingPlugin", new EnginePhases(recorder));
        context.addApplicationListener((ApplicationListener<ApplicationStartedEvent>) event -> recorder.started = recorder.now());
        context.addApplicationListener((ApplicationListener<ApplicationReadyEvent>) event -> recorder.report());
    }

    /** The engine's phases inside its bean: configuration (MyBatis, parsers), schema and engine, deployment of the models. */
    static final class EnginePhases extends org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin {

        private final Recorder recorder;
        private Sample mark;

        EnginePhases(Recorder recorder) {
            this.recorder = recorder;
        }

        private void phase(String name) {
            Sample now = recorder.now();
            if (mark != null) {
                recorder.steps.add(new Step("engine: " + name, 12, mark, now));
            }
            mark = now;
        }

        @Override
        public void preInit(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration) {
            phase("start");
        }

        @Override
        public void postInit(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration) {
            phase("configuration init");
        }

        @Override
        public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
            phase("schema and engine build");
            recorder.deploymentStart = recorder.now();
        }
    }

    record Sample(long wall, long cpu) {
    }

    record Step(String name, int depth, Sample start, Sample end) {
        long wallMillis() {
            return (end.wall - start.wall) / 1_000_000;
        }

        long cpuMillis() {
            return (end.cpu - start.cpu) / 1_000_000;
        }
    }

    static final class Recorder implements ApplicationStartup {

        final Sample created = now();
        final List<Step> steps = new ArrayList<>();
        Sample started;
        Sample deploymentStart;
        int depth;

        Sample now() {
            return new Sample(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        @Override
        public StartupStep start(String name) {
            return new Timed(this, name, depth++, now());
        }

        void report() {
            Sample ready = now();
            StringBuilder text = new StringBuilder(String.format("context start: %d ms wall, %d ms cpu (refresh %d/%d, runners %d/%d)",
                    (ready.wall - created.wall) / 1_000_000, (ready.cpu - created.cpu) / 1_000_000,
                    (started.wall - created.wall) / 1_000_000, (started.cpu - created.cpu) / 1_000_000,
                    (ready.wall - started.wall) / 1_000_000, (ready.cpu - started.cpu) / 1_000_000));
            steps.stream().filter(s -> s.end.cpu - s.start.cpu >= REPORTED_NANOS || s.end.wall - s.start.wall >= 4 * REPORTED_NANOS)
                    .sorted(Comparator.comparingLong(s -> s.start.wall))
                    .forEach(s -> text.append(String.format("%n  %s%s: %d ms wall, %d ms cpu", "  ".repeat(s.depth), s.name,
                            s.wallMillis(), s.cpuMillis())));
            log.info("{}", text);
        }
    }

    static final class Timed implements StartupStep {

        private final Recorder recorder;
        private final int depth;
        private final Sample start;
        private String name;

        Timed(Recorder recorder, String name, int depth, Sample start) {
            this.recorder = recorder;
            this.name = name;
            this.depth = depth;
            this.start = start;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public long getId() {
            return 0;
        }

        @Override
        public Long getParentId() {
            return null;
        }

        @Override
        public StartupStep tag(String key, String value) {
            if (key.equals("beanName")) {
                name = name + " " + value;
            }
            return this;
        }

        @Override
        public StartupStep tag(String key, Supplier<String> value) {
            return tag(key, value.get());
        }

        @Override
        public Tags getTags() {
            return () -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return false;
                }

                @Override
                public Tag next() {
                    throw new java.util.NoSuchElementException();
                }
            };
        }

        @Override
        public void end() {
            recorder.depth--;
            if (name.endsWith(" processEngineFactoryBean") && recorder.deploymentStart != null) {
                recorder.steps.add(new Step("engine: deployment and the rest", 12, recorder.deploymentStart, recorder.now()));
            }
            recorder.steps.add(new Step(name, depth, start, recorder.now()));
        }
    }
}
