package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

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
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_PRE_REVIEW_DECISION, decision);
        variables.put(VAR_RETURN_REASON, reason);
        engine.getTaskService().complete(task.getId(), variables);
    }

    void rate(ProcessInstance instance, String reviewer, Rating rating) {
        Task task = task(instance, TASK_RATE_REPORT, reviewer);
        engine.getTaskService().complete(task.getId(), Map.of(VAR_RATING, rating.name(), VAR_RATING_COMMENT, "评议意见：" + rating.label()));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    void submitRectificationPlan(ProcessInstance instance) {
        Task task = task(instance, TASK_SUBMIT_RECTIFICATION, null);
        engine.getTaskService().complete(task.getId(), Map.of(VAR_RECTIFICATION_PLAN, "召开专题民主生活会，逐条制定整改措施并限期落实。"));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }
}
