package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.web.ApiException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/** Every path of a nomination: eligibility, township review (return, reject), org-dept review, the campaign's decision. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + CAMPAIGN_PROCESS + "," + OBJECTION_PROCESS)
class NominationProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    JdbcClient jdbc;

    CommendationTestSupport flow;
    long campaignId;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new CommendationTestSupport(engine, campaigns, nominations, jdbc);
        campaignId = flow.openSourceCampaign();
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void aVillageNominationReturnedByTheTownshipIsRevisedCheckedAgainAndApproved() {
        long id = flow.nominateOrganization(CommendationTestSupport.SANHU, campaignId, "WUHAO_VILLAGE", "wulashan-sanhu");
        ProcessInstance nomination = flow.nominationProcess(id);
        assertThat(nomination).isWaitingAt(TASK_TOWNSHIP_REVIEW).task().isAssignedTo("secretary-wulashan");

        assertThatThrownBy(() -> flow.complete(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "RETURN"))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("审核意见说明");
        flow.complete(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "RETURN", VAR_REVIEW_NOTE, "事迹请补充具体数据。");
        assertThat(nomination).isWaitingAt(TASK_REVISE_NOMINATION).task().isAssignedTo("secretary-sanhu");
        assertThat(flow.status(id)).isEqualTo(NominationStatus.RETURNED);

        flow.complete(flow.task(String.valueOf(id), TASK_REVISE_NOMINATION), VAR_DEEDS, CommendationTestSupport.DEEDS + "全年发展党员3名，培训党员120人次。");
        assertThat(nomination).hasPassed(CHECK_ELIGIBILITY).isWaitingAt(TASK_TOWNSHIP_REVIEW);
        assertThat(nominations.nomination(id).deeds()).contains("120人次");
        flow.complete(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "APPROVE");
        flow.approveAtOrgDept(id);
        assertThat(nomination).isWaitingAt(AWAIT_CAMPAIGN_DECISION);
        assertThat(flow.status(id)).isEqualTo(NominationStatus.NOMINATED);

        engine.getRuntimeService().createMessageCorrelation(MESSAGE_CAMPAIGN_DECIDED).processInstanceVariableEquals(VAR_CAMPAIGN_ID, campaignId)
                .correlateAll();
        assertThat(nomination).isEnded().hasPassed(NOMINATION_DECIDED);
    }

    @Test
    void aTownshipsReturnNoteIsNotOfferedAgainAndIsClearedWhenTheRevisedNominationIsApproved() {
        long id = flow.nominateOrganization(CommendationTestSupport.SANHU, campaignId, "WUHAO_VILLAGE", "wulashan-sanhu");
        assertThat(engine.getTaskService().getVariablesLocal(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW).getId()))
                .containsExactly(entry("submissionChanges", "首次提交"));
        flow.complete(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "RETURN", VAR_REVIEW_NOTE, "事迹请补充具体数据。");
        assertThat(nominations.nomination(id).reviewNote()).isEqualTo("事迹请补充具体数据。");

        flow.complete(flow.task(String.valueOf(id), TASK_REVISE_NOMINATION), VAR_DEEDS, CommendationTestSupport.DEEDS + "全年培训党员120人次。");
        String review = flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW).getId();
        assertThat(engine.getTaskService().getVariablesLocal(review)).as("the returned deeds beside the revised ones")
                .containsOnly(entry("submissionChanges", "修改了：事迹"), entry("previousDeeds", CommendationTestSupport.DEEDS));
        assertThat(engine.getTaskService().getVariables(review, List.of(VAR_REVIEW_DECISION, VAR_REVIEW_NOTE)))
                .as("pre-filled in the township's form").containsEntry(VAR_REVIEW_DECISION, null).containsEntry(VAR_REVIEW_NOTE, null);
        engine.getTaskService().complete(review, Map.of(VAR_REVIEW_DECISION, "APPROVE"));

        assertThat(nominations.nomination(id).reviewNote()).isNull();
        assertThat(flow.status(id)).isEqualTo(NominationStatus.ORG_DEPT_REVIEW);
        assertThat(engine.getRuntimeService().getVariables(flow.nominationProcess(id).getId()))
                .as("nothing of the return left for org-dept").doesNotContainKeys("submissionChanges", "previousDeeds", "previousNotes");
    }

    @Test
    void theTownshipOrOrgDeptMayRejectANominationWithAReason() {
        long byTownship = flow.nominateOrganization(CommendationTestSupport.SANHU, campaignId, "WUHAO_VILLAGE", "wulashan-sanhu");
        flow.complete(flow.task(String.valueOf(byTownship), TASK_TOWNSHIP_REVIEW), VAR_REVIEW_DECISION, "REJECT", VAR_REVIEW_NOTE, "不符合推荐条件。");
        assertThat(flow.nominationProcess(byTownship)).isNull();
        assertThat(flow.status(byTownship)).isEqualTo(NominationStatus.REJECTED);

        long byOrgDept = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "baiyanhua");
        ProcessInstance nomination = flow.nominationProcess(byOrgDept);
        assertThat(nomination).isWaitingAt(TASK_ORG_DEPT_REVIEW).task().hasCandidateGroup("org-dept");
        assertThatThrownBy(() -> flow.complete(flow.task(String.valueOf(byOrgDept), TASK_ORG_DEPT_REVIEW), VAR_REVIEW_DECISION, "MAYBE"))
                .rootCause().isInstanceOf(TaskInputException.class);
        flow.complete(flow.task(String.valueOf(byOrgDept), TASK_ORG_DEPT_REVIEW), VAR_REVIEW_DECISION, "REJECT", VAR_REVIEW_NOTE, "本年度已获表彰。");
        assertThat(nomination).isEnded().hasPassed(REJECTED_BY_ORG_DEPT);
    }

    @Test
    void ineligibleNominationsEndWithTheirReasons() {
        long first = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "xinan");
        long second = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "xinan");
        assertThat(flow.status(first)).isEqualTo(NominationStatus.ORG_DEPT_REVIEW);
        assertThat(nominations.nomination(second).ineligibleReasons()).contains("已在本次活动中被推荐");

        long member = flow.memberWithPosition("VILLAGE_HEAD", "/banner/dashetai/");
        jdbc.sql("update party_member set good_standing = false where id = ?").param(member).update();
        long notInGoodStanding = flow.nominateMember(CommendationTestSupport.ORG_DEPT, campaignId, "EXCELLENT_VILLAGE_HEAD", member);
        assertThat(nominations.nomination(notInGoodStanding).ineligibleReasons()).contains("不在正常状态");

        long wrongType = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_VILLAGE", "mingan");
        assertThat(nominations.nomination(wrongType).ineligibleReasons()).contains("不符");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals(VAR_NOMINATION_ID, wrongType)
                .singleResult().getEndActivityId()).isEqualTo(INELIGIBLE);

        ProcessTestSupport.moveClock(Duration.ofDays(11));
        long late = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "mingan");
        assertThat(nominations.nomination(late).ineligibleReasons()).contains("推荐已截止");
    }

    @Test
    void aSecretaryCannotNominateOutsideTheirOrganizationNorWithBadInput() {
        long before = jdbc.sql("select count(*) from nomination").query(Long.class).single();
        assertThatThrownBy(() -> flow.nominateOrganization(CommendationTestSupport.SANHU, campaignId, "WUHAO_VILLAGE", "xixiaozhao-gongtian"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> nominations.nominate(new NominationRequest(campaignId, "WUHAO_VILLAGE", "wulashan-sanhu", null, "太短", null),
                CommendationTestSupport.SANHU)).hasMessageContaining("事迹");
        assertThatThrownBy(() -> nominations.nominate(new NominationRequest(campaignId, "NO_SUCH", "wulashan-sanhu", null,
                CommendationTestSupport.DEEDS, null), CommendationTestSupport.SANHU)).hasMessageContaining("类别");
        assertThatThrownBy(() -> nominations.nominate(new NominationRequest(campaignId, "WUHAO_VILLAGE", "wulashan-sanhu", 5L,
                CommendationTestSupport.DEEDS, null), CommendationTestSupport.SANHU)).hasMessageContaining("二者选一");
        assertThatThrownBy(() -> nominations.nominate(new NominationRequest(999_999L, "WUHAO_VILLAGE", "wulashan-sanhu", null,
                CommendationTestSupport.DEEDS, null), CommendationTestSupport.SANHU))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
        assertThat(jdbc.sql("select count(*) from nomination").query(Long.class).single()).as("nothing half saved").isEqualTo(before);
    }
}
