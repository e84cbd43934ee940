package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static cn.excellence.dutyreview.Rating.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.supervision.SupervisionProcess;

/** The source's scenario (6月24日): nine township secretaries report to the plenary, five reviewers rate. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
// the reports it starts, and the monthly supervision timer that fires as the clock moves (off in tests)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + REPORT_PROCESS + "," + SupervisionProcess.CYCLE_PROCESS)
class DutyReviewRoundProcessTests {

    /** Votes of plenary1..plenary4 per township; plenary5 misses the deadline everywhere. */
    static final Map<String, List<Rating>> VOTES = new LinkedHashMap<>();

    static {
        VOTES.put("wulashan", List.of(GOOD, GOOD, GOOD, GOOD));
        VOTES.put("baiyanhua", List.of(GOOD, GOOD, GOOD, FAIRLY_GOOD));
        VOTES.put("xinan", List.of(GOOD, FAIRLY_GOOD, FAIRLY_GOOD, AVERAGE));
        VOTES.put("xixiaozhao", List.of(GOOD, GOOD, FAIRLY_GOOD, AVERAGE));
        VOTES.put("xiaoshetai", List.of(GOOD, GOOD, GOOD, POOR));
        VOTES.put("xianfeng", List.of(GOOD, AVERAGE, AVERAGE, POOR));
        VOTES.put("mingan", List.of(GOOD, GOOD, FAIRLY_GOOD, AVERAGE));
        VOTES.put("dashetai", List.of(FAIRLY_GOOD, FAIRLY_GOOD, FAIRLY_GOOD, FAIRLY_GOOD));
        VOTES.put("eerdengbulage", List.of(GOOD, FAIRLY_GOOD, AVERAGE, POOR));
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    DutyReviewService rounds;
    @Autowired
    DutyReviewRepository repository;
    @Autowired
    DutyReviewQueries queries;
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

    @Test
    void nineSecretariesAreRatedRankedAndThePoorOnesRectify() {
        long roundId = flow.openRound(null, DutyReviewTestSupport.FIVE_REVIEWERS);
        ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals(VAR_ROUND_ID, roundId).processDefinitionKey(ROUND_PROCESS).singleResult();
        assertThat(round).isWaitingAt(CALL_DUTY_REPORTS);
        assertThat(round.getBusinessKey()).as("Cockpit's key").isEqualTo("述职评议·2010年度苏木镇党委书记专项述职·#" + roundId);
        ProcessInstance wulashan = flow.reportProcess(roundId, "wulashan");
        assertThat(wulashan.getBusinessKey()).isEqualTo("2010年述职·乌拉山镇党委·#" + flow.reportId(wulashan));
        assertThat(repository.reports(roundId)).hasSize(9);

        for (String township : VOTES.keySet()) {
            ProcessInstance report = flow.reportProcess(roundId, township);
            assertThat(report).isWaitingAt(TASK_SUBMIT_REPORT).task().isAssignedTo("secretary-" + township);
            flow.submitReport(report);
            if (township.equals("xinan")) {
                assertThat(flow.task(report, TASK_PRE_REVIEW, null).getName()).isEqualTo("组织部预审：新安镇党委");
                flow.preReview(report, DECISION_RETURN, "工作成效缺少具体数据，请补充后重新提交。");
                assertThat(report).hasPassed(TASK_PRE_REVIEW).isWaitingAt(TASK_SUBMIT_REPORT);
                assertThat(report).variables().containsEntry(VAR_RETURN_REASON, "工作成效缺少具体数据，请补充后重新提交。");
                flow.submitReport(report);
            }
            flow.preReview(report, DECISION_ACCEPT, null);
            assertThat(report).isWaitingAt(TASK_RATE_REPORT);
            List<Rating> votes = VOTES.get(township);
            for (int i = 0; i < votes.size(); i++) {
                flow.rate(report, "plenary" + (i + 1), votes.get(i));
            }
            assertThat(report).isWaitingAt(TASK_RATE_REPORT).task().isAssignedTo("plenary5");
        }

        ProcessTestSupport.moveClock(Duration.ofDays(14).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        ProcessInstance xianfeng = flow.reportProcess(roundId, "xianfeng");
        ProcessInstance eerdengbulage = flow.reportProcess(roundId, "eerdengbulage");
        assertThat(xianfeng).hasPassed(CHECK_QUORUM, TALLY_RATINGS).hasNotPassed(TASK_HANDLE_ESCALATION)
                .isWaitingAt(TASK_SUBMIT_RECTIFICATION)
                .task().isAssignedTo("secretary-xianfeng");
        assertThat(eerdengbulage).isWaitingAt(TASK_SUBMIT_RECTIFICATION);
        assertThat(reminders.recorded(xianfeng.getId())).contains("RATE_DUE_SOON:plenary5");

        DutyReviewQueries.RoundView view = queries.round(orgDept(), roundId);
        assertThat(view.resultsComplete()).isTrue();
        assertThat(view.ranking()).extracting(DutyReviewQueries.RankEntry::townshipCode).containsExactly(
                "baiyanhua", "dashetai", "wulashan", "mingan", "xiaoshetai", "xinan", "xixiaozhao", "eerdengbulage", "xianfeng");
        assertThat(view.ranking()).extracting(DutyReviewQueries.RankEntry::rank).containsExactly(1, 1, 1, 4, 4, 4, 4, 8, 9);
        assertThat(view.ranking()).extracting(DutyReviewQueries.RankEntry::grade).containsExactly(
                GOOD, GOOD, GOOD, FAIRLY_GOOD, FAIRLY_GOOD, FAIRLY_GOOD, FAIRLY_GOOD, POOR, POOR);
        assertThat(view.ranking().get(8).satisfaction()).isEqualByComparingTo(new BigDecimal("25.00"));
        assertThat(flow.reportOf(view.ranking().get(8).reportId()).votesCast()).isEqualTo(4);
        assertThat(flow.reportOf(view.ranking().get(0).reportId()).ratingClosedReason()).isEqualTo("QUORUM_AT_DEADLINE");

        flow.submitRectificationPlan(xianfeng);
        assertThat(round).isWaitingAt(CALL_DUTY_REPORTS);
        flow.submitRectificationPlan(eerdengbulage);
        assertThat(round).isEnded().hasPassed(CLOSE_ROUND);
        assertThat(repository.findRound(roundId).orElseThrow().status()).isEqualTo(DutyReviewRound.CLOSED);
        assertThat(flow.reportOf(view.ranking().get(8).reportId()).status()).isEqualTo(DutyReportStatus.RECTIFICATION_SUBMITTED);
    }

    @Test
    void aRoundForChosenTownshipsRunsOnlyTheirReports() {
        long roundId = flow.openRound(List.of("wulashan", "xinan"), List.of("plenary1"));
        assertThat(repository.reports(roundId)).extracting(DutyReport::townshipCode).containsExactly("wulashan", "xinan");
        assertThat(repository.findRound(roundId).orElseThrow().reviewers()).containsExactly("plenary1");
    }

    static cn.excellence.shared.security.CurrentUser orgDept() {
        return new cn.excellence.shared.security.CurrentUser("orgdept", List.of("org-dept"));
    }
}
