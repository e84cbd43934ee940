package cn.excellence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The scale benchmark (not part of {@code verify}: its name does not end in Tests; run it alone with
 * {@code ./mvnw -B test -Dtest=ScaleBenchmark}). On H2 and on PostgreSQL (embedded), in one run, it prints the duty-report
 * cycle (start, submit, pre-review, five parallel ratings, tally) in cycles per second and SQL statements per cycle: the
 * bare Camunda engine running the same shape (the application's own models, its delegates replaced by stand-ins that only
 * write the same variables: see {@link BareEngine}), and the application through its Java API, the engine REST API with HTTP
 * Basic and the webapps' session (Tasklist); the application's figures with their ratio to the bare engine's; the HTTP
 * floor (as many of the cheapest authenticated engine-REST requests as a REST cycle sends) and the best ratio an HTTP way
 * could reach on top of the Java API's cycle; for each way the JVM's CPU time a cycle and how long the JIT compiled
 * meanwhile; and the application's start-up time and the JVM's resident memory after it. Warm-up and run length:
 * {@code -Dbenchmark.warmup} (default 40 cycles: after 10 the JIT still compiled for about a core's worth of time, JFR) and
 * {@code -Dbenchmark.cycles} (default 40 cycles) for each figure; {@code -Dbenchmark.databases=H2} (or {@code POSTGRES}) for
 * one database only; {@code -Dbenchmark.statements=true} also prints each figure's most frequent statements.
 */
class ScaleBenchmark {

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 40);
    static final int CYCLES = Integer.getInteger("benchmark.cycles", 40);
    static final List<Databases> DATABASES = java.util.Arrays.stream(System.getProperty("benchmark.databases", "H2,POSTGRES").split(","))
            .map(String::trim).map(Databases::valueOf).toList();

    @Test
    void dutyReportCyclesOnH2AndPostgres() {
        List<String> report = new ArrayList<>();
        report.add(String.format("[benchmark] %s, %d cycles after %d warm-up cycles each, %d cores", LocalDateTime.now(), CYCLES, WARM_UP,
                Runtime.getRuntime().availableProcessors()));
        for (Databases database : DATABASES) {
            report.addAll(measure(database));
        }
        System.out.println("[benchmark] summary");
        report.forEach(System.out::println);
    }

    private List<String> measure(Databases database) {
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };
        String db = database.label();
        try (HikariDataSource barePool = database.create("bare"); RunningApp app = new RunningApp(database)) {
            lines.add(String.format("[benchmark] %-10s application start-up %.1f s, resident memory after start %,d MB (JVM before the start %,d MB)",
                    db, app.startUp.toMillis() / 1000.0, app.residentKb / 1024, app.residentBeforeKb / 1024));
            StatementCounter bareCounter = new StatementCounter();
            try (BareEngine bare = new BareEngine("bare-" + database.name().toLowerCase(), bareCounter.counting(barePool, "bare"))) {
                AppCycles cycles = new AppCycles(app);
                Way floor = new Way("HTTP floor", null, cycles::httpFloor);
                List<Way> ways = List.of(new Way("bare engine, the app's models (no authorizations)", bareCounter, bare::cycle),
                        new Way("app DutyReport, Java API as the users", app.counter, cycles::javaCycle),
                        new Way("app DutyReport, engine REST + HTTP Basic", app.counter, cycles::restCycle),
                        new Way("app DutyReport, webapp session (Tasklist)", app.counter, cycles::webappCycle), floor);
                Map<Way, Figures> figures = Way.interleaved(ways);
                Figures bareFigures = figures.get(ways.get(0));
                ways.stream().filter(way -> way != floor)
                        .forEach(way -> lines.add(figures.get(way).line(db, way.name(), way == ways.get(0) ? null : bareFigures)));
                lines.add(ceiling(db, figures.get(floor), figures.get(ways.get(1)), bareFigures));
                lines.add(String.format("[benchmark] %-10s process variables one cycle leaves in history: bare %d, app %d", db,
                        bare.variablesOfLastCycle(), cycles.variablesOfLastCycle()));
            }
        }
        return lines;
    }

    /**
     * What HTTP alone costs a cycle, and so the best ratio an HTTP way could reach: the Java API's cycle (the same engine
     * work as the users) plus as many of the cheapest authenticated engine-REST requests as a REST cycle sends.
     */
    private static String ceiling(String db, Figures floor, Figures java, Figures bare) {
        double floorMillis = 1000 / floor.cyclesPerSecond();
        double bestMillis = 1000 / java.cyclesPerSecond() + floorMillis;
        return String.format("[benchmark] %-10s HTTP floor: %.2f ms a request (GET /engine-rest/version as a Basic user, client and server), "
                + "%d a REST cycle = %.1f ms; the Java API's cycle plus it: %.1f ms, so an HTTP way reaches at most %.2f× bare speed",
                db, floorMillis / AppCycles.REST_REQUESTS_PER_CYCLE, AppCycles.REST_REQUESTS_PER_CYCLE, floorMillis, bestMillis,
                (1000 / bare.cyclesPerSecond()) / bestMillis);
    }

    /**
     * One way of running the cycle (the HTTP floor has no statement counter: it sends no SQL). The ways take turns (a few
     * cycles each, round after round) so that a machine busy with other work slows each of them alike and the ratios stay
     * fair.
     */
    record Way(String name, StatementCounter counter, Runnable cycle) {

        static final int PER_TURN = 5;
        /** The JIT compilers' time, summed over their threads: compiling while a way runs competes with it for the cores. */
        static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
        static final com.sun.management.OperatingSystemMXBean PROCESS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        static Map<Way, Figures> interleaved(List<Way> ways) {
            for (int i = 0; i < WARM_UP; i++) {
                ways.forEach(way -> way.cycle().run());
            }
            Map<Way, Totals> totals = new LinkedHashMap<>();
            ways.forEach(way -> {
                way.mostFrequent(0, 1);
                totals.put(way, new Totals());
            });
            for (int done = 0; done < CYCLES; done += PER_TURN) {
                int turn = Math.min(PER_TURN, CYCLES - done);
                for (Way way : ways) {
                    Totals total = totals.get(way);
                    long statements = way.statements();
                    long outside = way.outsideEngine();
                    way.mostFrequent(0, 1);
                    long compiling = JIT.getTotalCompilationTime();
                    long cpu = PROCESS.getProcessCpuTime();
                    long start = System.nanoTime();
                    for (int i = 0; i < turn; i++) {
                        way.cycle().run();
                    }
                    total.nanos += System.nanoTime() - start;
                    total.statements += way.statements() - statements;
                    total.outsideEngine += way.outsideEngine() - outside;
                    total.compileMillis += JIT.getTotalCompilationTime() - compiling;
                    total.cpuNanos += PROCESS.getProcessCpuTime() - cpu;
                    if (done == 0) {
                        way.mostFrequent(40, turn).forEach(line -> System.out.println("[statements] " + way.name() + ": " + line));
                    }
                }
            }
            Map<Way, Figures> figures = new LinkedHashMap<>();
            totals.forEach((way, total) -> {
                if (way.counter() != null) {
                    assertThat(total.statements).as("statements were counted").isPositive();
                }
                figures.put(way, new Figures(CYCLES / (total.nanos / 1e9), total.statements / (double) CYCLES,
                        total.outsideEngine / (double) CYCLES, total.cpuNanos / 1e6 / CYCLES, total.compileMillis / (double) CYCLES));
            });
            return figures;
        }

        /** What one way's measured cycles added up to. */
        private static final class Totals {
            long nanos;
            long statements;
            long outsideEngine;
            long compileMillis;
            long cpuNanos;
        }

        long statements() {
            return counter == null ? 0 : counter.statements();
        }

        long outsideEngine() {
            return counter == null ? 0 : counter.outsideEngine();
        }

        List<String> mostFrequent(int limit, int cycles) {
            return counter == null ? List.of() : counter.mostFrequent(limit, cycles);
        }
    }

    /**
     * Cycles per second and statements per cycle (all, and those outside the engine's tables) of one way of running the cycle,
     * and per cycle the CPU time of this JVM (all its threads: client, server, JIT compilers, garbage collector) and the time
     * its JIT compilers spent compiling meanwhile (summed over their threads; whatever was hot, not only this way's code).
     */
    record Figures(double cyclesPerSecond, double statements, double outsideEngine, double cpuMillis, double compileMillis) {

        String line(String db, String what, Figures bare) {
            String figures = String.format("[benchmark] %-10s %-48s %7.1f cycles/s  %6.1f SQL/cycle (%5.1f outside ACT_*)  "
                    + "JVM CPU %5.1f ms/cycle, JIT compiling %5.1f ms/cycle meanwhile", db, what, cyclesPerSecond, statements, outsideEngine,
                    cpuMillis, compileMillis);
            if (bare == null) {
                return figures;
            }
            double engineShare = statements - outsideEngine;
            return figures + String.format("  | %.2f× bare speed; SQL %.2f× bare (engine tables %.2f× bare; target: ≤ 1.1× bare + own writes = %.1f)",
                    cyclesPerSecond / bare.cyclesPerSecond, statements / bare.statements, engineShare / bare.statements,
                    1.1 * bare.statements + outsideEngine);
        }
    }
}
