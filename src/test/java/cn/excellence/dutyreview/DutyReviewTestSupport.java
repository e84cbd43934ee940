package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** Steps of the duty-review flow as a test drives them: the same calls Tasklist makes, without the HTTP. */
class DutyReviewTestSupport {

    static final List<String> FIVE_REVIEWERS = List.of("plenary1", "plenary2", "plenary3", "plenary4", "plenary5");

    private final ProcessEngine engine;
    private final DutyReviewService rounds;
    private final DutyReviewRepository repository;

    DutyReviewTestSupport(ProcessEngine engine, DutyReviewService rounds, DutyReviewRepository repository) {
        this.engine = engine;
        this.rounds = rounds;
        this.repository = repository;
    }

    /** Opens a round for one township through the API, as 组织部 (orgdept) does; the id of the township's report. */
    static long openRoundThroughApi(Http http, JdbcClient jdbc, String township, List<String> reviewers) {
        Map<String, Object> body = DutyReviewApiTests.roundBody();
        body.put("townships", List.of(township));
        body.put("reviewers", reviewers);
        ResponseEntity<Map<String, Object>> round = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return jdbc.sql("select id from duty_report where round_id = ? and township_code = ?")
                .params(((Number) round.getBody().get("id")).longValue(), township).query(Long.class).single();
    }

    long openRound(List<String> townships, List<String> reviewers) {
        Date now = ClockUtil.getCurrentTime();
        return rounds.startRound(new RoundRequest(2010, "2010年度苏木镇党委书记专项述职", townships, reviewers,
                new Date(now.getTime() + Duration.ofDays(7).toMillis()), new Date(now.getTime() + Duration.ofDays(14).toMillis())));
    }

    ProcessInstance reportProcess(long roundId, String township) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REPORT_PROCESS).list().stream()
                .filter(pi -> {
                    DutyReport report = reportOf(reportId(pi));
                    return report.roundId() == roundId && report.townshipCode().equals(township);
                })
                .findFirst().orElseThrow();
    }

    /** The report a DutyReport process runs on: its variable (the business key is for people). */
    long reportId(ProcessInstance instance) {
        return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(VAR_REPORT_ID).singleResult().getValue()).longValue();
    }

    DutyReport reportOf(long id) {
        return repository.findReport(id).orElseThrow();
    }

    Task task(ProcessInstance instance, String taskKey, String assignee) {
        var query = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey);
        return assignee == null ? query.singleResult() : query.taskAssignee(assignee).singleResult();
    }

    void submitReport(ProcessInstance instance) {
        Task task = task(instance, TASK_SUBMIT_REPORT, null);
        engine.getTaskService().complete(task.getId(), Map.of(VAR_THEME, "服务科学发展、服务基层群众",
                VAR_ACHIEVEMENTS, "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。",
                VAR_PROBLEMS, "部分嘎查村党组织活动载体单一，党员参与度不够均衡。",
                VAR_NEXT_PLANS, "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。"));
    }

    void preReview(ProcessInstance instance, String decision, String reason) {
        Task task = task(instance, TASK_PRE_REVIEW, null);
        engine.getTaskService().complete(task.getId(), ProcessTestSupport.variables(VAR_PRE_REVIEW_DECISION, decision, VAR_RETURN_REASON, reason));
    }

    void rate(ProcessInstance instance, String reviewer, Rating rating) {
        Task task = task(instance, TASK_RATE_REPORT, reviewer);
        ProcessTestSupport.complete(engine, task.getId(), VAR_RATING, rating.name(), VAR_RATING_COMMENT, "评议意见：" + rating.label());
    }

    void submitRectificationPlan(ProcessInstance instance) {
        Task task = task(instance, TASK_SUBMIT_RECTIFICATION, null);
        ProcessTestSupport.complete(engine, task.getId(), VAR_RECTIFICATION_PLAN, "召开专题民主生活会，逐条制定整改措施并限期落实。");
    }
}
