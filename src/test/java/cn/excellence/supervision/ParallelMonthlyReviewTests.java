package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

/**
 * Issue 16, the monthly supervision: every responsible unit's report (22) is reviewed by the supervision group at the
 * same instant, through the engine REST as Tasklist posts the form, with the real job executor running. Each review
 * ends one instance of the cycle's parallel multi-instance; none of them may answer 409, the cycle's reports join in
 * the job executor, and no incident or failed job is left.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class ParallelMonthlyReviewTests {

    static final String MONTHLY_REPORTS_BODY = CALL_MONTHLY_REPORTS + "#multiInstanceBody";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void everyUnitsReportReviewedAtTheSameInstantSucceedsAndTheReportsJoinOnce() throws Exception {
        ResponseEntity<Map<String, Object>> created = http.post("orgdept", "/api/supervision-cycles", cycle());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long cycleId = ((Number) created.getBody().get("cycleId")).longValue();
        List<Long> reports = jdbc.sql("select id from supervision_report where cycle_id = ? order by id").param(cycleId)
                .query(Long.class).list();
        assertThat(reports).hasSize(22);
        List<String> reviews = new ArrayList<>();
        for (long report : reports) {
            taskService.complete(task(report, TASK_SUBMIT_REPORT), Map.of(VAR_PROGRESS, "本月完成星级评比初评。",
                    VAR_PROBLEMS, "暂无。", VAR_NEXT_STEPS, "继续推进岗位竞赛。", VAR_MEMBERS_TRAINED, 12L, VAR_VISITS_MADE, 3L));
            String review = task(report, TASK_REVIEW_REPORT);
            assertThat(http.post("supervisor1", "/engine-rest/task/" + review + "/claim", Map.of("userId", "supervisor1"))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            reviews.add(review);
        }

        CyclicBarrier sameInstant = new CyclicBarrier(reviews.size());
        ExecutorService pool = Executors.newFixedThreadPool(reviews.size());
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            String review = reviews.get(i);
            String result = resultOf(i);
            answers.add(pool.submit(() -> {
                sameInstant.await(2, TimeUnit.MINUTES);
                ResponseEntity<JsonNode> answer = http.submitTaskForm("supervisor1", review, Map.of(
                        VAR_REVIEW_RESULT, Map.of("value", result), VAR_REVIEW_COMMENT, Map.of("value", "已审阅。")));
                return answer.getStatusCode().value();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(statuses).hasSize(22).allMatch(status -> status == 204);
        String cycleProcess = jdbc.sql("select process_instance_id from supervision_cycle where id = ?").param(cycleId)
                .query(String.class).single();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> historyService
                .createHistoricActivityInstanceQuery().processInstanceId(cycleProcess).activityId(MONTHLY_REPORTS_BODY).finished().count() == 1);
        for (int i = 0; i < reports.size(); i++) {
            assertThat(jdbc.sql("select review_result from supervision_report where id = ?").param(reports.get(i)).query(String.class)
                    .single()).isEqualTo(resultOf(i));
        }
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(cycleProcess)
                .activityId(CALL_MONTHLY_REPORTS).finished().count()).isEqualTo(22);
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(managementService.createJobQuery().withException().count()).isZero();
    }

    private static String resultOf(int report) {
        return report % 3 == 0 ? "FOLLOW_UP" : "SATISFACTORY";
    }

    private static Map<String, Object> cycle() {
        Map<String, Object> body = SupervisionApiTests.body("2032-03");
        body.put("sampleSize", 1);
        return body;
    }

    private String task(long report, String taskKey) {
        return taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }
}
