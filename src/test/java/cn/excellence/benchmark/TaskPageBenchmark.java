package cn.excellence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.WebSession;

/**
 * The task page on PostgreSQL with many open tasks (not part of {@code verify}; run it alone with
 * {@code ./mvnw -B test -Dtest=TaskPageBenchmark}): {@code -Dbenchmark.tasks} (default 100,000) instances of a one-task
 * model (a candidate task of org-dept, three variables, about eleven history rows each: about a million) are seeded (see
 * {@link #seed}); then org-dept's default Tasklist filter (组织部待办,
 * through the webapps' session, as Tasklist asks for it) and {@code /engine-rest/task?maxResults=50} sorted as Tasklist sorts
 * (HTTP Basic) are each timed {@code -Dbenchmark.requests} times (default 200, after 20 unmeasured) and their p50 and p99
 * printed; so is the floor of the filter's total count: the bare count of org-dept's candidate links, one index, no join.
 */
class TaskPageBenchmark {

    static final int TASKS = Integer.getInteger("benchmark.tasks", 100_000);
    static final int REQUESTS = Integer.getInteger("benchmark.requests", 200);
    static final int TEMPLATES = 100;

    @Test
    void taskPageWithManyOpenTasksOnPostgres() {
        try (RunningApp app = new RunningApp(Databases.POSTGRES)) {
            seed(app);
            JdbcClient jdbc = app.bean(JdbcClient.class);
            long open = jdbc.sql("select count(*) from act_ru_task").query(Long.class).single();
            long history = 0;
            for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
                    "act_hi_identitylink")) {
                history += jdbc.sql("select count(*) from " + table).query(Long.class).single();
            }
            System.out.printf("[benchmark] PostgreSQL %,d open tasks, %,d history rows%n", open, history);

            String filter = app.bean(ProcessEngine.class).getFilterService().createFilterQuery().filterName("组织部待办").singleResult().getId();
            AppCycles.WebappClient tasklist = AppCycles.WebappClient.loggedIn(new WebSession(app.port()), AppCycles.ORG_DEPT);
            String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                    + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
            report(app, "Tasklist default filter 组织部待办 (15 per page, with count)", () -> {
                HttpResponse<String> page = tasklist.browser().send(HttpRequest.newBuilder(tasklist.browser()
                        .uri(AppCycles.WebappClient.ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15"))
                        .header("X-XSRF-TOKEN", tasklist.token()).header("Content-Type", "application/json")
                        .header("Accept", "application/hal+json").POST(HttpRequest.BodyPublishers.ofString(body)));
                assertThat(page.body()).contains("\"count\":");
                return page.statusCode();
            });
            report(app, "floor: count(*) of org-dept's candidate links alone (JDBC)", () -> {
                assertThat(jdbc.sql("select count(*) from act_ru_identitylink where group_id_ = 'org-dept' and type_ = 'candidate'")
                        .query(Long.class).single()).isPositive();
                return 200;
            });
            Http http = new Http(app.port());
            report(app, "/engine-rest/task?maxResults=50 sorted by created desc (Basic)", () -> {
                JsonNode tasks = http.as(AppCycles.ORG_DEPT).get()
                        .uri(http.baseUrl() + "/engine-rest/task?firstResult=0&maxResults=50&sortBy=created&sortOrder=desc")
                        .retrieve().body(JsonNode.class);
                assertThat(tasks.size()).isEqualTo(50);
                return 200;
            });
        }
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess("BenchmarkOneTask").name("基准单任务").camundaHistoryTimeToLive(30).camundaStartableInTasklist(false)
                .startEvent().userTask("Task_Benchmark").name("基准待办").camundaCandidateGroups("org-dept")
                .camundaFormRef("DutyReportPreReviewForm").camundaFormRefBinding("latest").endEvent().done();
    }

    /**
     * {@link #TEMPLATES} instances started through the engine, then their rows in the engine's runtime and history tables
     * copied in bulk SQL until there are {@link #TASKS}: every instance-specific id (and the business key) of a copy gets the
     * suffix {@code -b<n>} in every column that holds it, so the copies reference each other as the originals do; the
     * copies' tasks are created a second apart, so the page's sort has real work.
     */
    private static void seed(RunningApp app) {
        ProcessEngine engine = app.bean(ProcessEngine.class);
        engine.getRepositoryService().createDeployment().addModelInstance("benchmark-one-task.bpmn", model()).deploy();
        RuntimeService runtime = engine.getRuntimeService();
        TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        long start = System.nanoTime();
        int templates = Math.min(TEMPLATES, TASKS);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < templates; i++) {
                runtime.startProcessInstanceByKey("BenchmarkOneTask", "bench-" + i,
                        Map.of("township", "wulashan", "subject", "基准事项 " + i, "sequence", i));
            }
        });
        int copies = TASKS / templates - 1;
        JdbcClient jdbc = app.bean(JdbcClient.class);
        String instances = "(select id_ from act_hi_procinst where business_key_ like 'bench-%')";
        transaction.executeWithoutResult(status -> {
            for (String table : List.of("act_ru_execution", "act_ru_task", "act_ru_variable")) {
                copy(jdbc, table, "proc_inst_id_ in " + instances, copies);
            }
            copy(jdbc, "act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where proc_inst_id_ in " + instances + ")", copies);
            for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
                    "act_hi_identitylink")) {
                copy(jdbc, table, "root_proc_inst_id_ in " + instances, copies);
            }
        });
        jdbc.sql("analyze").update();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[benchmark] PostgreSQL seeded %,d instances (%,d started by the engine, the rest copied in SQL) in %.0f s%n",
                templates * (copies + 1), templates, seconds);
    }

    private static final List<String> INSTANCE_COLUMNS = List.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "task_id_", "act_inst_id_", "parent_act_inst_id_", "parent_id_", "var_inst_id_", "var_scope_", "business_key_");

    private static void copy(JdbcClient jdbc, String table, String templateRows, int copies) {
        List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = ? order by ordinal_position")
                .param(table).query(String.class).list();
        String values = String.join(", ", columns.stream().map(column -> {
            if (INSTANCE_COLUMNS.contains(column)) {
                return "case when t." + column + " is null then null else t." + column + " || '-b' || g end";
            }
            if (table.equals("act_ru_task") && column.equals("create_time_")) {
                return "t.create_time_ - g * interval '1 second'";
            }
            return "t." + column;
        }).toList());
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table
                + " t cross join generate_series(1, " + copies + ") g where t." + templateRows).update();
    }

    /** With {@code -Dbenchmark.explain=true} (and {@code -Dbenchmark.statements=true}): the plans of the slowest statements, as they ran. */
    private static void explain(RunningApp app, List<Map.Entry<String, List<Object>>> statements) {
        JdbcClient jdbc = app.bean(JdbcClient.class);
        for (Map.Entry<String, List<Object>> statement : statements) {
            System.out.println("[explain] " + statement.getKey() + "\n[explain] parameters " + statement.getValue());
            jdbc.sql("explain (analyze, buffers) " + statement.getKey()).params(statement.getValue()).query(String.class).list()
                    .forEach(line -> System.out.println("[explain] " + line));
        }
    }

    private static void report(RunningApp app, String what, IntSupplier request) {
        for (int i = 0; i < 20; i++) {
            assertThat(request.getAsInt()).isEqualTo(200);
        }
        app.counter.slowest(0);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            assertThat(request.getAsInt()).isEqualTo(200);
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        if (Boolean.getBoolean("benchmark.explain")) {
            explain(app, app.counter.slowestWithParameters(2));
        }
        app.counter.slowest(6).forEach(line -> System.out.println("[statements] " + line));
        System.out.printf("[benchmark] PostgreSQL task page %-62s p50 %6.1f ms  p99 %6.1f ms  (target p99 ≤ 30 ms)%n", what,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0);
    }
}
