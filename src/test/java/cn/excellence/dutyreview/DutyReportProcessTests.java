package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.shared.TaskInputException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.supervision.SupervisionProcess;

/** Every path through DutyReport: reminders, returns, quorum, escalation, grades, rectification, bad input. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
// the round it belongs to, and the monthly supervision timer that fires as the clock moves (off in tests)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + ROUND_PROCESS + "," + SupervisionProcess.CYCLE_PROCESS)
class DutyReportProcessTests {

    static final List<String> THREE_REVIEWERS = List.of("plenary1", "plenary2", "plenary3");

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    DutyReviewService rounds;
    @Autowired
    DutyReviewRepository repository;
    @Autowired
    ReminderService reminders;

    DutyReviewTestSupport flow;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new DutyReviewTestSupport(engine, rounds, repository);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ProcessInstance reportInRating(String township) {
        long roundId = flow.openRound(List.of(township), THREE_REVIEWERS);
        ProcessInstance report = flow.reportProcess(roundId, township);
        flow.submitReport(report);
        flow.preReview(report, DECISION_ACCEPT, null);
        return report;
    }

    private void passRatingDeadline() {
        ProcessTestSupport.moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    @Test
    void secretaryIsRemindedBeforeAndAfterTheReportDeadline() {
        long roundId = flow.openRound(List.of("wulashan"), THREE_REVIEWERS);
        ProcessInstance report = flow.reportProcess(roundId, "wulashan");

        ProcessTestSupport.moveClock(Duration.ofDays(6).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(reminders.recorded(report.getId())).containsExactly("SUBMIT_DUE_SOON:secretary-wulashan");
        assertThat(report).hasPassed(SUBMIT_REMINDER).isWaitingAt(TASK_SUBMIT_REPORT);

        ProcessTestSupport.moveClock(Duration.ofDays(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(reminders.recorded(report.getId()))
                .containsExactly("SUBMIT_DUE_SOON:secretary-wulashan", "SUBMIT_OVERDUE:secretary-wulashan");
        assertThat(report).hasPassed(SUBMIT_OVERDUE).isWaitingAt(TASK_SUBMIT_REPORT);
    }

    @Test
    void ratingBelowQuorumIsEscalatedAndReopenedForTheMissingReviewers() {
        ProcessInstance report = reportInRating("xinan");
        flow.rate(report, "plenary1", Rating.GOOD);
        passRatingDeadline();

        assertThat(report).isWaitingAt(TASK_HANDLE_ESCALATION).task().hasCandidateGroup("org-dept");
        assertThat(flow.reportOf(flow.reportId(report)).status()).isEqualTo(DutyReportStatus.ESCALATED);
        complete(TASK_HANDLE_ESCALATION, report, Map.of(VAR_ESCALATION_DECISION, ESCALATION_REOPEN,
                VAR_NEW_RATING_DUE, LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
                        .plusDays(3).withNano(0).toString()));

        assertThat(report).hasPassed(REOPEN_RATING).isWaitingAt(TASK_RATE_REPORT);
        assertThat(taskService.createTaskQuery().processInstanceId(report.getId()).list())
                .extracting(Task::getAssignee).containsExactlyInAnyOrder("plenary2", "plenary3");
        flow.rate(report, "plenary2", Rating.FAIRLY_GOOD);
        flow.rate(report, "plenary3", Rating.GOOD);

        assertThat(report).isEnded().hasPassed(DETERMINE_GRADE, REPORT_RATED);
        DutyReport result = flow.reportOf(flow.reportId(report));
        assertThat(result.grade()).isEqualTo(Rating.GOOD);
        assertThat(result.votesCast()).isEqualTo(3);
        assertThat(result.ratingClosedReason()).isEqualTo("ALL_RATED");
    }

    @Test
    void aReopenedRatingReadsInRatingUntilTheNewDeadline() {
        ProcessInstance report = reportInRating("xiaoshetai");
        flow.rate(report, "plenary1", Rating.GOOD);
        passRatingDeadline();
        complete(TASK_HANDLE_ESCALATION, report, Map.of(VAR_ESCALATION_DECISION, ESCALATION_REOPEN,
                VAR_NEW_RATING_DUE, LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
                        .plusDays(3).withNano(0).toString()));

        assertThat(flow.reportOf(flow.reportId(report)).status()).isEqualTo(DutyReportStatus.IN_RATING);
        ProcessTestSupport.moveClock(Duration.ofDays(2).plusHours(23));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(flow.reportOf(flow.reportId(report)).status()).as("a day before the new deadline").isEqualTo(DutyReportStatus.IN_RATING);
        assertThat(report).isWaitingAt(TASK_RATE_REPORT);

        ProcessTestSupport.moveClock(Duration.ofHours(1).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(flow.reportOf(flow.reportId(report)).status()).as("the new deadline passed, still one vote of three")
                .isEqualTo(DutyReportStatus.ESCALATED);
        assertThat(report).isWaitingAt(TASK_HANDLE_ESCALATION);
    }

    @Test
    void aReturnReasonIsNotOfferedAgainToTheReviewerAndIsClearedWhenTheRevisedReportIsAccepted() {
        long roundId = flow.openRound(List.of("eerdengbulage"), THREE_REVIEWERS);
        ProcessInstance report = flow.reportProcess(roundId, "eerdengbulage");
        assertThat(flow.task(report, TASK_SUBMIT_REPORT, null).getName()).isEqualTo("提交述职报告");
        flow.submitReport(report);
        flow.preReview(report, DECISION_RETURN, "工作成效请补充具体数据。");
        assertThat(flow.reportOf(flow.reportId(report)).returnReason()).isEqualTo("工作成效请补充具体数据。");
        assertThat(flow.task(report, TASK_SUBMIT_REPORT, null).getName()).as("a returned report looks returned in the task list")
                .isEqualTo("修改后重新提交述职报告（已被退回）");

        flow.submitReport(report);
        Task preReview = flow.task(report, TASK_PRE_REVIEW, null);
        assertThat(taskService.getVariable(preReview.getId(), VAR_RETURN_REASON)).as("pre-filled in the reviewer's form").isNull();
        taskService.complete(preReview.getId(), Map.of(VAR_PRE_REVIEW_DECISION, DECISION_ACCEPT));

        DutyReport accepted = flow.reportOf(flow.reportId(report));
        assertThat(accepted.returnReason()).isNull();
        assertThat(accepted.returnCount()).isEqualTo(1);
        assertThat(accepted.status()).isEqualTo(DutyReportStatus.IN_RATING);
    }

    @Test
    void orgDeptMayTallyTheVotesInHandWhenTheQuorumIsMissed() {
        ProcessInstance report = reportInRating("mingan");
        flow.rate(report, "plenary1", Rating.POOR);
        passRatingDeadline();

        complete(TASK_HANDLE_ESCALATION, report, Map.of(VAR_ESCALATION_DECISION, ESCALATION_TALLY));

        assertThat(report).hasPassed(TALLY_RATINGS).isWaitingAt(TASK_SUBMIT_RECTIFICATION).task().isAssignedTo("secretary-mingan");
        DutyReport result = flow.reportOf(flow.reportId(report));
        assertThat(result.grade()).isEqualTo(Rating.POOR);
        assertThat(result.satisfaction()).isEqualByComparingTo("0");
        assertThat(result.ratingClosedReason()).isEqualTo("TALLIED_BY_ORG_DEPT");
        assertThat(result.status()).isEqualTo(DutyReportStatus.RECTIFYING);
    }

    @Test
    void escalationWithoutVotesOrWithAPastDeadlineIsRefused() {
        ProcessInstance report = reportInRating("dashetai");
        passRatingDeadline();

        assertThatThrownBy(() -> complete(TASK_HANDLE_ESCALATION, report, Map.of(VAR_ESCALATION_DECISION, ESCALATION_TALLY)))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("尚无任何评议票");
        assertThatThrownBy(() -> complete(TASK_HANDLE_ESCALATION, report,
                Map.of(VAR_ESCALATION_DECISION, ESCALATION_REOPEN, VAR_NEW_RATING_DUE, "2001-01-01T00:00")))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("应晚于当前时间");
        assertThatThrownBy(() -> complete(TASK_HANDLE_ESCALATION, report,
                Map.of(VAR_ESCALATION_DECISION, ESCALATION_REOPEN, VAR_NEW_RATING_DUE, "下周一")))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("格式不正确");
        assertThat(report).isWaitingAt(TASK_HANDLE_ESCALATION);
    }

    @Test
    void badInputIsRefusedAndLeavesTheTaskOpenWithNothingSaved() {
        long roundId = flow.openRound(List.of("baiyanhua"), THREE_REVIEWERS);
        ProcessInstance report = flow.reportProcess(roundId, "baiyanhua");
        Map<String, Object> missing = new HashMap<>(Map.of(VAR_THEME, "主题", VAR_PROBLEMS, "存在的问题存在的问题", VAR_NEXT_PLANS, "下步打算下步打算下步打算"));
        assertRefused(TASK_SUBMIT_REPORT, report, missing, "请填写“工作成效”");
        missing.put(VAR_ACHIEVEMENTS, "很".repeat(100_000));
        assertRefused(TASK_SUBMIT_REPORT, report, missing, "最多 3000 个字");
        missing.put(VAR_ACHIEVEMENTS, 12345L);
        assertRefused(TASK_SUBMIT_REPORT, report, missing, "应为文字");
        assertThat(flow.reportOf(flow.reportId(report)).status()).isEqualTo(DutyReportStatus.AWAITING_REPORT);
        assertThat(flow.reportOf(flow.reportId(report)).achievements()).isNull();

        flow.submitReport(report);
        assertRefused(TASK_PRE_REVIEW, report, Map.of(VAR_PRE_REVIEW_DECISION, DECISION_RETURN), "请填写“退回理由”");
        assertRefused(TASK_PRE_REVIEW, report, Map.of(VAR_PRE_REVIEW_DECISION, "MAYBE"), "“预审意见”的取值“MAYBE”无效");
        flow.preReview(report, DECISION_ACCEPT, null);

        Task rating = flow.task(report, TASK_RATE_REPORT, "plenary1");
        assertThatThrownBy(() -> taskService.complete(rating.getId(), Map.of(VAR_RATING, "EXCELLENT", VAR_RATING_COMMENT, "好")))
                .rootCause().hasMessageContaining("取值“EXCELLENT”无效");
        assertThatThrownBy(() -> taskService.complete(rating.getId(), Map.of(VAR_RATING, "GOOD")))
                .rootCause().hasMessageContaining("请填写“评议意见”");
        assertThat(repository.ratings(flow.reportId(report))).isEmpty();
        assertThat(flow.task(report, TASK_RATE_REPORT, "plenary1")).isNotNull();
    }

    @Test
    void aRectificationPlanMustBeWritten() {
        ProcessInstance report = reportInRating("xianfeng");
        flow.rate(report, "plenary1", Rating.POOR);
        flow.rate(report, "plenary2", Rating.AVERAGE);
        flow.rate(report, "plenary3", Rating.FAIRLY_GOOD);
        assertThat(report).isWaitingAt(TASK_SUBMIT_RECTIFICATION);
        assertRefused(TASK_SUBMIT_RECTIFICATION, report, Map.of(VAR_RECTIFICATION_PLAN, "  "), "请填写“整改方案”");
        flow.submitRectificationPlan(report);
        assertThat(report).isEnded().hasPassed(RECTIFICATION_SUBMITTED);
    }

    private void assertRefused(String taskKey, ProcessInstance report, Map<String, Object> variables, String message) {
        assertThatThrownBy(() -> complete(taskKey, report, variables))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining(message);
        assertThat(report).isWaitingAt(taskKey);
    }

    private void complete(String taskKey, ProcessInstance report, Map<String, Object> variables) {
        ProcessTestSupport.complete(engine, flow.task(report, taskKey, null).getId(), variables);
    }

    private static long businessKey(ProcessInstance instance) {
        return Long.parseLong(instance.getBusinessKey());
    }
}
