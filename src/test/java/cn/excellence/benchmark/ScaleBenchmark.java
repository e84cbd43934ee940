package cn.excellence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The scale benchmark (not part of {@code verify}: its name does not end in Tests; run it alone with
 * {@code ./mvnw -B test -Dtest=ScaleBenchmark}). On H2 and on PostgreSQL (embedded), in one run, it prints the duty-report
 * cycle (start, submit, pre-review, five parallel ratings, tally) in cycles per second and SQL statements per cycle: the
 * bare Camunda engine running the same shape, and the application through its Java API, the engine REST API with HTTP
 * Basic and the webapps' session (Tasklist); the application's figures with their ratio to the bare engine's; and the
 * application's start-up time and the JVM's resident memory after it. Warm-up and run length: {@code -Dbenchmark.warmup}
 * (default 10 cycles) and {@code -Dbenchmark.cycles} (default 40 cycles) for each figure.
 */
class ScaleBenchmark {

    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 10);
    static final int CYCLES = Integer.getInteger("benchmark.cycles", 40);

    @Test
    void dutyReportCyclesOnH2AndPostgres() {
        List<String> report = new ArrayList<>();
        report.add(String.format("[benchmark] %s, %d cycles after %d warm-up cycles each, %d cores", LocalDateTime.now(), CYCLES, WARM_UP,
                Runtime.getRuntime().availableProcessors()));
        for (Databases database : Databases.values()) {
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
        Figures bare;
        try (HikariDataSource pool = database.create("bare")) {
            StatementCounter counter = new StatementCounter();
            try (BareEngine engine = new BareEngine("bare-" + database.name().toLowerCase(), counter.counting(pool, "bare"))) {
                bare = Figures.of(counter, engine::cycle);
            }
        }
        lines.add(bare.line(db, "bare Camunda engine (Java API, no authorizations)", null));
        try (RunningApp app = new RunningApp(database)) {
            lines.add(String.format("[benchmark] %-10s application start-up %.1f s, resident memory after start %,d MB (JVM before the start %,d MB)",
                    db, app.startUp.toMillis() / 1000.0, app.residentKb / 1024, app.residentBeforeKb / 1024));
            AppCycles cycles = new AppCycles(app);
            lines.add(Figures.of(app.counter, cycles::javaCycle).line(db, "app DutyReport, Java API as the users", bare));
            lines.add(Figures.of(app.counter, cycles::restCycle).line(db, "app DutyReport, engine REST + HTTP Basic", bare));
            lines.add(Figures.of(app.counter, cycles::webappCycle).line(db, "app DutyReport, webapp session (Tasklist)", bare));
        }
        return lines;
    }

    /** Cycles per second and statements per cycle (all, and those outside the engine's tables) of one way of running the cycle. */
    record Figures(double cyclesPerSecond, double statements, double outsideEngine) {

        static Figures of(StatementCounter counter, Runnable cycle) {
            for (int i = 0; i < WARM_UP; i++) {
                cycle.run();
            }
            long statements = counter.statements();
            long outside = counter.outsideEngine();
            long start = System.nanoTime();
            for (int i = 0; i < CYCLES; i++) {
                cycle.run();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Figures figures = new Figures(CYCLES / seconds, (counter.statements() - statements) / (double) CYCLES,
                    (counter.outsideEngine() - outside) / (double) CYCLES);
            assertThat(figures.statements()).as("statements were counted").isPositive();
            return figures;
        }

        String line(String db, String what, Figures bare) {
            String figures = String.format("[benchmark] %-10s %-48s %7.1f cycles/s  %6.1f SQL/cycle (%5.1f outside ACT_*)", db, what,
                    cyclesPerSecond, statements, outsideEngine);
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
