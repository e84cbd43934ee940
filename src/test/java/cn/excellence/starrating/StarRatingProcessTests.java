package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.shared.TaskInputException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/**
 * A community campaign (社区十星级) from org-dept's start to every member's recorded stars, each task worked by its real
 * user: one branch incomplete at first, returned by its reviewer and corrected, one member's stars adjusted, and during
 * 公示 one objection upheld (stars withdrawn, in the history with the reason) and one dismissed. Moving the clock past the
 * notice lets the monthly supervision timer fire too: that process is not this class's.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=SupervisionCycle")
class StarRatingProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    BranchRatingService ratings;
    @Autowired
    StarObjectionService objections;
    @Autowired
    StarCampaignService campaigns;
    @Autowired
    StarRatingRepository repository;
    @Autowired
    JdbcClient jdbc;

    StarRatingFlow flow;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new StarRatingFlow(engine, ratings, jdbc);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void aCommunityCampaignIsReturnedCorrectedNoticedObjectedAndRecorded() {
        long campaignId = flow.start(StarScale.COMMUNITY_TEN, null);
        ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS)
                .variableValueEquals(VAR_CAMPAIGN_ID, campaignId).singleResult();
        List<BranchRating> branches = flow.ratings(campaignId);
        assertThat(branches).hasSize(30).allSatisfy(r -> assertThat(r.secretary()).isEqualTo("secretary-community"));
        assertThat(campaign).isWaitingAt(CALL_BRANCH_RATINGS);

        BranchRating first = branches.get(0);
        StarCampaign settings = campaigns.campaign(campaignId);
        List<Criterion> items = settings.enteredCriteria();
        ProcessInstance branch = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BRANCH_PROCESS)
                .variableValueEquals(VAR_RATING_ID, first.id()).singleResult();
        assertThat(branch).isWaitingAt(TASK_ENTER_SCORES).task().isAssignedTo("secretary-community");
        assertThatThrownBy(() -> flow.complete(first.secretary(), flow.task(first.id(), TASK_ENTER_SCORES), VAR_SCORES_CHECKED, "CHECKED"))
                .hasRootCauseInstanceOf(TaskInputException.class).rootCause().hasMessageContaining("评分不完整");

        flow.enter(first, row -> StarRatingFlow.scored(row.memberId(), 60, items));
        flow.complete(first.secretary(), flow.task(first.id(), TASK_ENTER_SCORES), VAR_SCORES_CHECKED, "CHECKED");
        assertThat(branch).hasPassed(COMPUTE_STARS).isWaitingAt(TASK_PROPOSE_STARS);
        List<ScoreRow> sheet = ratings.sheet(first.id());
        assertThat(sheet).allSatisfy(r -> assertThat(r.points()).isEqualTo(80)).allSatisfy(r -> assertThat(r.stars()).isEqualTo(8));
        long adjusted = sheet.get(0).memberId();
        assertThatThrownBy(() -> flow.complete(first.secretary(), flow.task(first.id(), TASK_PROPOSE_STARS), VAR_ADJUSTMENTS, adjusted + ",10,成绩突出"))
                .rootCause().hasMessageContaining("最多上下调整 1 星");
        flow.complete(first.secretary(), flow.task(first.id(), TASK_PROPOSE_STARS), VAR_ADJUSTMENTS, adjusted + ",9,带领居民志愿服务成效突出");
        assertThatThrownBy(() -> flow.complete(first.reviewer(), flow.task(first.id(), TASK_TOWNSHIP_REVIEW), VAR_TOWNSHIP_DECISION, "RETURN"))
                .rootCause().hasMessageContaining("退回理由");
        flow.complete(first.reviewer(), flow.task(first.id(), TASK_TOWNSHIP_REVIEW), VAR_TOWNSHIP_DECISION, "RETURN", VAR_TOWNSHIP_NOTE,
                "第一名党员的服务居民得分偏高，请核实。");
        assertThat(branch).hasPassed(TASK_TOWNSHIP_REVIEW).isWaitingAt(TASK_ENTER_SCORES);
        assertThat(ratings.rating(first.id()).status()).isEqualTo(RatingStatus.RETURNED);
        assertThat(ratings.sheet(first.id()).get(0).itemScores()).as("the entries are kept").isEqualTo(sheet.get(0).itemScores());

        flow.enter(first, row -> StarRatingFlow.scored(row.memberId(), row.memberId() == adjusted ? 70 : 60, items));
        flow.submitAndConfirm(first);
        assertThat(branch).hasPassed(PUBLISH_NOTICE).isWaitingAt(NOTICE_PERIOD_ENDS);
        assertThat(ratings.sheet(first.id()).get(0).stars()).as("90 points: ten stars, the adjustment was dropped with the return").isEqualTo(10);

        long upheld = objections.file(first.id(), adjusted, "该党员长期不参加组织生活，不应评为十星。", null, "203.0.113.7");
        long dismissed = objections.file(first.id(), sheet.get(1).memberId(), "听说该党员服务不到位。", "13800000000", "203.0.113.7");
        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(branch).hasPassed(CHECK_OBJECTIONS).isWaitingAt(RECHECK_OBJECTIONS);

        verify(upheld, "UPHELD", "经核实，该党员全年仅参加两次组织生活。");
        verify(dismissed, "DISMISSED", "经走访居民，反映不实。");
        ProcessTestSupport.moveClock(Duration.ofHours(2));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(branch).hasPassed(RECORD_STARS).isEnded();

        for (BranchRating other : branches.subList(1, branches.size())) {
            flow.enter(other, row -> StarRatingFlow.scored(row.memberId(), 50, items));
            flow.submitAndConfirm(other);
        }
        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(campaign).hasPassed(PUBLISH_CAMPAIGN_RESULT).isEnded();
        assertThat(campaigns.campaign(campaignId).status()).isEqualTo(StarCampaign.PUBLISHED);

        List<MemberStar> history = repository.history(adjusted);
        assertThat(history).singleElement().satisfies(star -> {
            assertThat(star.status()).isEqualTo(MemberStar.WITHDRAWN);
            assertThat(star.stars()).isEqualTo(10);
            assertThat(star.reason()).contains("撤销").contains("仅参加两次组织生活");
        });
        assertThat(repository.history(sheet.get(1).memberId())).singleElement().satisfies(star -> {
            assertThat(star.status()).isEqualTo(MemberStar.CONFIRMED);
            assertThat(star.stars()).isEqualTo(8);
        });
    }

    @Test
    void theBranchCommitteeCannotProposeMoreThanTheQuotaAtEightStars() {
        long campaignId = flow.start(StarScale.COMMUNITY_TEN, 10);
        BranchRating branch = flow.ratings(campaignId).get(0);
        List<Criterion> items = campaigns.campaign(campaignId).enteredCriteria();
        flow.enter(branch, row -> StarRatingFlow.scored(row.memberId(), 60, items));
        flow.complete(branch.secretary(), flow.task(branch.id(), TASK_ENTER_SCORES), VAR_SCORES_CHECKED, "CHECKED");
        assertThatThrownBy(() -> flow.complete(branch.secretary(), flow.task(branch.id(), TASK_PROPOSE_STARS)))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("超过本次评比 10% 的比例上限");
        assertThat(ratings.rating(branch.id()).status()).as("nothing moved on").isEqualTo(RatingStatus.PROPOSING);
        assertThat(flow.task(branch.id(), TASK_PROPOSE_STARS)).isNotNull();
    }

    private void verify(long objectionId, String verdict, String note) {
        var task = engine.getTaskService().createTaskQuery().processDefinitionKey(OBJECTION_PROCESS)
                .processVariableValueEquals(VAR_OBJECTION_ID, objectionId).singleResult();
        assertThat(task.getName()).startsWith("核实异议：");
        flow.complete("orgdept", task, VAR_VERDICT, verdict, VAR_VERDICT_NOTE, note);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getEndActivityId()).isEqualTo(OBJECTION_VERIFIED);
    }
}
