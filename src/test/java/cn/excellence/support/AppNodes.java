package cn.excellence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.ExcellenceApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several application nodes as production runs them: separate JVMs ({@code java} on the test class path) on one real
 * PostgreSQL server (the embedded binary, started once here), each with its job executor on. Output of node {@code name}
 * goes to target/{suite}/{name}.log; {@link #printLogTails} shows the ends of them when a test fails.
 */
public final class AppNodes implements AutoCloseable {

    public static final Duration START_PATIENCE = Duration.ofMinutes(5);
    private static final Path TEST_SETTINGS = Path.of("target", "test-classes").toAbsolutePath();

    private final Path logs;
    private final EmbeddedPostgres postgres;
    private final JdbcClient jdbc;
    private final List<Node> nodes = new ArrayList<>();

    /** One application JVM: its name (also its job lock owner), port, process and the file its output goes to. */
    public record Node(String name, int port, Process process, Path log) {

        public Http http() {
            return new Http(port);
        }

        /** {@code kill -9}: no shutdown hook, no graceful end of anything it was doing. */
        public void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private AppNodes(String suite) throws IOException {
        this.logs = Path.of("target", suite);
        Files.createDirectories(logs);
        this.postgres = EmbeddedPostgres.builder().start();
        this.jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    /**
     * Starts the PostgreSQL server and {@code names.size()} nodes on it, each with the given settings as well
     * (command-line arguments, e.g. {@code --excellence.notification.dispatch-interval=1s}); returns when all are healthy.
     */
    public static AppNodes start(String suite, List<String> names, List<String> settings) throws Exception {
        AppNodes cluster = new AppNodes(suite);
        try {
            Node first = cluster.launch(names.get(0), settings);
            // the first node creates the schema; the others start once it is there (then all start together)
            cluster.waitFor(first, () -> log(first).contains("ENGINE-00001"), START_PATIENCE, first.name() + " created its process engine");
            for (String name : names.subList(1, names.size())) {
                cluster.launch(name, settings);
            }
            for (Node node : cluster.nodes) {
                cluster.waitFor(node, () -> healthy(node), START_PATIENCE, node.name() + " answers /actuator/health");
            }
            return cluster;
        } catch (Throwable e) {
            cluster.printLogTails();
            cluster.close();
            throw e;
        }
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Org-dept opens a duty-review round for one township on the given node; the id of the township's DutyReport process. */
    public String openRound(Node node, String township) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        body.put("townships", List.of(township));
        body.put("reviewers", List.of("plenary1"));
        ResponseEntity<Map<String, Object>> round = node.http().post("orgdept", "/api/duty-review-rounds", body);
        assertThat(round.getStatusCode()).as(String.valueOf(round.getBody())).isEqualTo(HttpStatus.CREATED);
        long report = jdbc.sql("select id from duty_report where round_id = ?").param(((Number) round.getBody().get("id")).longValue())
                .query(Long.class).single();
        return jdbc.sql("""
                select distinct e.proc_inst_id_ from act_ru_variable v join act_ru_execution e on e.id_ = v.proc_inst_id_
                    join act_re_procdef d on d.id_ = e.proc_def_id_
                where v.name_ = 'dutyReportId' and v.long_ = ? and d.key_ = 'DutyReport'""").param(report).query(String.class).single();
    }

    /** The timer job of {@code activity} in the instance, made due through the given node's engine REST; its id. */
    public String makeTimerDue(Node node, String activity, String processInstanceId) {
        String job = jdbc.sql("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = ? "
                + "and j.process_instance_id_ = ?").params(activity, processInstanceId).query(String.class).single();
        moveDueDate(node, job);
        return job;
    }

    /** The administrator moves a job's due date a minute into the past through the node's engine REST. */
    public static void moveDueDate(Node node, String job) {
        ResponseEntity<Map<String, Object>> moved = node.http().exchange("admin", HttpMethod.PUT, "/engine-rest/job/" + job + "/duedate",
                Map.of("duedate", OffsetDateTime.now().minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))),
                MediaType.APPLICATION_JSON);
        assertThat(moved.getStatusCode()).as(String.valueOf(moved.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Starts a node JVM. Its start-up (class loading, Spring's and the engine's set-up) is most of what a node costs here:
     * the client compiler only ({@code TieredStopAtLevel=1}) and the serial collector spend less CPU on it than C2 and G1,
     * which a node stopped after a few minutes never pays back.
     */
    private Node launch(String name, List<String> settings) throws IOException {
        int port = freePort();
        Path log = logs.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", applicationClassPath(),
                ExcellenceApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=postgres,test",
                "--spring.config.additional-location=optional:file:" + TEST_SETTINGS + "/",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.bpm.job-execution.enabled=true",
                "--excellence.node-name=" + name));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Node node = new Node(name, port, process, log);
        nodes.add(node);
        return node;
    }

    /**
     * The application's class path: the test JVM's without the test classes (a node scanning them would pick up the
     * tests' own configurations, e.g. another embedded PostgreSQL); the test profile's settings are read from their folder.
     */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Stream.of(classPath.split(File.pathSeparator)).filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    public static boolean healthy(Node node) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + node.port() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for the condition while the node lives; fails when it dies or the patience runs out. */
    public void waitFor(Node node, BooleanSupplier condition, Duration patience, String what) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (!node.process().isAlive()) {
                throw new AssertionError(node.name() + " stopped (exit " + node.process().exitValue() + ") before: " + what);
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + patience + " in vain for: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Waits for the condition; fails when the patience runs out. */
    public static void waitUntil(BooleanSupplier condition, Duration patience, String what) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited " + patience + " in vain for: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** A check that may throw anything. */
    public interface Check {
        void run() throws Exception;
    }

    /** Runs the check; when it fails, prints the ends of the nodes' logs first. */
    public void onFailurePrintLogs(Check check) throws Exception {
        try {
            check.run();
        } catch (Throwable e) {
            printLogTails();
            throw e;
        }
    }

    public void printLogTails() {
        for (Node node : nodes) {
            List<String> lines = log(node).lines().toList();
            System.err.println("----- last lines of " + node.name() + " (" + node.log() + ") -----");
            lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.err::println);
        }
    }

    public static String log(Node node) {
        try {
            return Files.exists(node.log()) ? Files.readString(node.log(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the nodes (gently, then forcibly) and the PostgreSQL server. */
    @Override
    public void close() throws IOException, InterruptedException {
        for (Node node : nodes) {
            node.process().destroy();
        }
        for (Node node : nodes) {
            if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                node.process().destroyForcibly().waitFor();
            }
        }
        postgres.close();
    }
}
