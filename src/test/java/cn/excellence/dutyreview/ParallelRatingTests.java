package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
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
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

/**
 * Issue 16: the five plenary members rate the same report at the same instant, through the engine REST exactly as
 * Tasklist posts its form, twenty reports in a row, with the real job executor running. Nobody else touched their task,
 * so none of the hundred completions may answer 409; the ratings are joined in the job executor, which retries a
 * conflict there, and every report ends tallied from exactly the votes given, with no incident and no failed job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@DirtiesContext
class ParallelRatingTests {

    static final int REPORTS = 20;
    static final List<String> TOWNSHIPS = List.of("wulashan", "baiyanhua", "xinan", "xixiaozhao", "xiaoshetai", "xianfeng",
            "mingan", "dashetai", "eerdengbulage");

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
    void fiveRatersCompletingTheSameReportAtTheSameInstantAllSucceedAndEveryReportIsTallied() throws Exception {
        List<Long> reports = reportsReadyForRating();
        List<String> raters = DutyReviewTestSupport.FIVE_REVIEWERS;
        CyclicBarrier sameInstant = new CyclicBarrier(raters.size());
        ExecutorService pool = Executors.newFixedThreadPool(raters.size());
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
            int rater = r;
            answers.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < reports.size(); i++) {
                    String task = rateTask(reports.get(i), raters.get(rater));
                    sameInstant.await(2, TimeUnit.MINUTES);
                    ResponseEntity<JsonNode> answer = http.submitTaskForm(raters.get(rater), task, Map.of(
                            VAR_RATING, Map.of("value", ratingOf(i, rater).name()),
                            VAR_RATING_COMMENT, Map.of("value", "第" + (i + 1) + "份述职报告的评议意见。")));
                    statuses.add(answer.getStatusCode().value());
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : answers) {
            statuses.addAll(answer.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(statuses).hasSize(REPORTS * raters.size()).allMatch(status -> status == 204);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> tallied(reports) == REPORTS);
        for (int i = 0; i < reports.size(); i++) {
            assertTalliedFromTheVotesGiven(reports.get(i), i);
        }
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
        assertThat(managementService.createJobQuery().withException().count()).isZero();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_RATE_REPORT).count()).isZero();
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_SUBMIT_RECTIFICATION).count()).isEqualTo(
                jdbc.sql("select count(*) from duty_report where status = 'RECTIFYING'").query(Long.class).single());
    }

    /** Report {@code i}'s vote by rater {@code r}: every report gets a different mix. */
    static Rating ratingOf(int report, int rater) {
        return Rating.values()[(report + rater * (report % 3 + 1)) % Rating.values().length];
    }

    private void assertTalliedFromTheVotesGiven(long report, int i) {
        List<String> given = new ArrayList<>();
        for (int r = 0; r < DutyReviewTestSupport.FIVE_REVIEWERS.size(); r++) {
            given.add(DutyReviewTestSupport.FIVE_REVIEWERS.get(r) + "=" + ratingOf(i, r).name());
        }
        long satisfied = given.stream().filter(v -> v.endsWith("=GOOD") || v.endsWith("=FAIRLY_GOOD")).count();
        assertThat(jdbc.sql("select reviewer_id || '=' || rating from duty_rating where report_id = ?").param(report)
                .query(String.class).list()).containsExactlyInAnyOrderElementsOf(given);
        Map<String, Object> row = jdbc.sql("select votes_cast, satisfaction, grade, status, rating_closed_reason from duty_report where id = ?")
                .param(report).query().singleRow();
        assertThat(((Number) row.get("votes_cast")).intValue()).isEqualTo(5);
        assertThat(((java.math.BigDecimal) row.get("satisfaction"))).isEqualByComparingTo(java.math.BigDecimal.valueOf(satisfied * 20));
        assertThat(row.get("rating_closed_reason")).isEqualTo("ALL_RATED");
        assertThat(row.get("grade")).isNotNull();
        assertThat(row.get("status")).isIn(DutyReportStatus.RATED.name(), DutyReportStatus.RECTIFYING.name());
    }

    private long tallied(List<Long> reports) {
        return reports.stream().filter(report -> jdbc.sql("select grade from duty_report where id = ?").param(report)
                .query(String.class).optional().isPresent()).count();
    }

    private String rateTask(long report, String rater) {
        return taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report).taskDefinitionKey(TASK_RATE_REPORT)
                .taskAssignee(rater).singleResult().getId();
    }

    /** One round per report (the townships in turn), each report submitted by its secretary and accepted by org-dept, all through the engine REST. */
    private List<Long> reportsReadyForRating() {
        List<Long> reports = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            reports.add(DutyReviewTestSupport.openRoundThroughApi(http, jdbc, TOWNSHIPS.get(i % TOWNSHIPS.size()),
                    DutyReviewTestSupport.FIVE_REVIEWERS));
        }
        for (long report : reports) {
            String township = jdbc.sql("select township_code from duty_report where id = ?").param(report).query(String.class).single();
            http.completeTaskForm("secretary-" + township, task(report, TASK_SUBMIT_REPORT), Map.of(
                    VAR_THEME, Map.of("value", "服务科学发展、服务基层群众"),
                    VAR_ACHIEVEMENTS, Map.of("value", "实施六项民心工程，组织领导全覆盖。"),
                    VAR_PROBLEMS, Map.of("value", "部分嘎查村党组织活动载体单一。"),
                    VAR_NEXT_PLANS, Map.of("value", "深化星级评比，推进产业带头人示范工程。")));
            http.completeTaskForm("orgdept", task(report, TASK_PRE_REVIEW), Map.of(VAR_PRE_REVIEW_DECISION, Map.of("value", DECISION_ACCEPT)));
        }
        return reports;
    }

    private String task(long report, String taskKey) {
        return taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }
}
