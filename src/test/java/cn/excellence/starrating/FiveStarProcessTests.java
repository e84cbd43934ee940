package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;
import static cn.excellence.starrating.FiveStarTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.supervision.SupervisionProcess;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/**
 * 五星级支部 as its users work it (engine REST as Tasklist posts it, authorizations on): nominated, reviewed, spot-checked by
 * supervision's own SpotCheck process, awarded or refused; reviewed each year, kept or revoked, with the reason in the history.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + SupervisionProcess.SPOT_CHECK_PROCESS)
class FiveStarProcessTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    private Http http;
    private FiveStarTestSupport flow;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        flow = new FiveStarTestSupport(http, engine, jdbc);
    }

    @Test
    void aBranchThatPassesItsSpotCheckWithFindingsRectifiedIsAwardedTheStar() {
        long id = flow.nominated("secretary-wulashan", "wulashan-sanhu", 2026);
        String process = instanceOf(id);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process).singleResult().getBusinessKey())
                .isEqualTo("五星级支部·乌拉山镇三湖村党支部·#" + id);
        JsonNode review = http.formVariables("orgdept", flow.task(id, TASK_ORG_DEPT_REVIEW).getId());
        assertThat(review.path(VAR_BRANCH_NAME).path("value").asText()).isEqualTo("乌拉山镇三湖村党支部");
        assertThat(review.path(VAR_REASONS).path("value").asText()).isEqualTo(FiveStarTestSupport.REASONS);

        flow.review(id, "ACCEPT", null);
        long spotCheck = flow.spotCheckOf(id);
        assertThat(flow.status(id)).isEqualTo("CHECKING");
        assertThat(jdbc.sql("select purpose from spot_check where id = ?").param(spotCheck).query(String.class).single()).isEqualTo("2026年五星级支部核验");
        flow.inspect(spotCheck, 18, "党员活动室未挂牌");
        assertThat(flow.starred("wulashan-sanhu")).as("not before the finding is rectified and verified").isFalse();
        flow.rectifyAndAccept(spotCheck, "secretary-sanhu");

        assertThat(flow.starred("wulashan-sanhu")).isTrue();
        assertThat(flow.status(id)).isEqualTo("AWARDED");
        assertThat(ended(process)).isEqualTo(STAR_AWARDED);
        assertThat(history("wulashan-sanhu")).singleElement().satisfies(e -> assertThat(e).containsEntry("event", "AWARDED")
                .containsEntry("reason", "2026年核验抽查得分 90 分，达到 80 分，发现的 1 个问题已整改核验").containsEntry("year", 2026));
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu", 2027, FiveStarTestSupport.REASONS), 409, "已是五星级支部");
    }

    @Test
    void aBranchThatFailsItsSpotCheckIsRefusedWithTheScoreAsTheReason() {
        String branch = flow.branchesOf("wulashan").get(1);
        long id = flow.nominated("secretary-wulashan", branch, 2026);
        flow.review(id, "ACCEPT", "材料齐全，安排核验。");
        flow.inspect(flow.spotCheckOf(id), 12, null);

        assertThat(flow.starred(branch)).isFalse();
        assertThat(flow.status(id)).isEqualTo("REFUSED");
        assertThat(ended(instanceOf(id))).isEqualTo(STAR_REFUSED);
        assertThat(history(branch)).singleElement().satisfies(e -> assertThat(e).containsEntry("event", "REFUSED")
                .containsEntry("reason", "2026年核验抽查得分 60 分，低于 80 分"));
        Http.assertRefused(flow.nominate("secretary-wulashan", branch, 2026, FiveStarTestSupport.REASONS), 409, "每年只能推荐一次");
    }

    @Test
    void aReturnedNominationIsRevisedResubmittedAndThenRefusedWithReasons() {
        String branch = flow.branchesOf("wulashan").get(2);
        long id = flow.nominated("secretary-wulashan", branch, 2026);
        ResponseEntity<JsonNode> noReason = http.submitTaskForm("orgdept", flow.task(id, TASK_ORG_DEPT_REVIEW).getId(),
                Map.of(VAR_DECISION, value("RETURN", "String")));
        Http.assertRefused(noReason, 400, "初审说明");

        flow.review(id, "RETURN", "请补充支部带富项目的具体数据。");
        assertThat(flow.status(id)).isEqualTo("RETURNED");
        var revise = flow.task(id, TASK_REVISE_NOMINATION);
        assertThat(revise.getAssignee()).as("back to the nominator").isEqualTo("secretary-wulashan");
        assertThat(http.formVariables("secretary-wulashan", revise.getId()).path(VAR_COMMENT).path("value").asText())
                .isEqualTo("请补充支部带富项目的具体数据。");
        http.completeTaskForm("secretary-wulashan", revise.getId(), Map.of(VAR_REASONS, value(FiveStarTestSupport.REASONS + "全村年增收 120 万元。", "String")));

        JsonNode again = http.formVariables("orgdept", flow.task(id, TASK_ORG_DEPT_REVIEW).getId());
        assertThat(again.path(VAR_DECISION).path("value").isNull()).as(String.valueOf(again)).isTrue();
        assertThat(again.path(VAR_REASONS).path("value").asText()).endsWith("全村年增收 120 万元。");
        flow.review(id, "REFUSE", "该支部本年度发生违纪问题。");

        assertThat(flow.status(id)).isEqualTo("REFUSED");
        assertThat(ended(instanceOf(id))).isEqualTo(NOMINATION_REFUSED);
        assertThat(history(branch)).singleElement().satisfies(e -> assertThat(e).containsEntry("event", "REFUSED")
                .containsEntry("reason", "组织部初审未通过：该支部本年度发生违纪问题。").containsEntry("recordedBy", "orgdept"));
    }

    /** The acceptance point: a 五星级 branch that fails its annual spot check loses its star, with the reason in its history. */
    @Test
    void theAnnualReviewRevokesTheStarOfABranchThatFailsAndKeepsTheOneThatPasses() {
        List<String> branches = flow.branchesOf("wulashan");
        String failing = branches.get(3);
        String passing = branches.get(4);
        flow.award("secretary-wulashan", failing, 2026);
        flow.award("orgdept", passing, 2026);

        Http.assertRefused(http.submitStartForm("secretary-wulashan", REVIEW_PROCESS, Map.of(VAR_YEAR, value(2027, "Integer"))), 403, "");
        ResponseEntity<JsonNode> opened = http.submitStartForm("orgdept", REVIEW_PROCESS, Map.of(VAR_YEAR, value(2027, "Integer")));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(200);
        String process = opened.getBody().path("id").asText();
        long reviewId = ((Number) engine.getRuntimeService().getVariable(process, VAR_REVIEW_ID)).longValue();
        Http.assertRefused(http.submitStartForm("orgdept", REVIEW_PROCESS, Map.of(VAR_YEAR, value(2027, "Integer"))), 409, "已经发起");

        Map<String, Long> checks = jdbc.sql("select organization_code, spot_check_id from five_star_review_check where review_id = ?")
                .param(reviewId).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(checks).as("every branch that holds the star").containsKeys(failing, passing)
                .hasSize(jdbc.sql("select count(*) from five_star_branch where starred = true").query(Integer.class).single());
        checks.forEach((branch, spotCheck) -> {
            if (branch.equals(failing)) {
                flow.inspect(spotCheck, 12, "三会一课记录不全");
                flow.rectifyAndAccept(spotCheck, "secretary-wulashan");
            } else {
                flow.inspect(spotCheck, 18, null);
            }
        });

        assertThat(flow.starred(failing)).isFalse();
        assertThat(flow.starred(passing)).isTrue();
        assertThat(history(failing)).extracting(e -> e.get("event")).containsExactly("AWARDED", "REVOKED");
        assertThat(history(failing).get(1)).containsEntry("reason", "2027年复核抽查得分 60 分，低于 80 分").containsEntry("year", 2027);
        assertThat(history(passing)).extracting(e -> e.get("event")).containsExactly("AWARDED", "KEPT");
        assertThat(history(passing).get(1)).containsEntry("reason", "2027年复核抽查得分 90 分，达到 80 分");
        assertThat(jdbc.sql("select status from five_star_review where id = ?").param(reviewId).query(String.class).single()).isEqualTo("CLOSED");
        assertThat(ended(process)).isEqualTo(REVIEW_CLOSED);
        assertThat(branchCodes("secretary-wulashan")).contains(passing).doesNotContain(failing);
    }

    @Test
    void orgDeptRevokesAStarDirectlyWithTheReasonRecorded() {
        String branch = flow.branchesOf("wulashan").get(5);
        flow.award("secretary-wulashan", branch, 2026);
        String path = "/api/five-star/branches/" + branch + "/revocation";

        assertThat(http.post("secretary-wulashan", path, Map.of("reason", "测试township撤销")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map<String, Object>> blank = http.post("orgdept", path, Map.of("reason", " "));
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getBody().get("detail").toString()).contains("撤销理由");
        assertThat(flow.starred(branch)).isTrue();

        ResponseEntity<Map<String, Object>> revoked = http.post("orgdept", path, Map.of("reason", "支部书记严重违纪，经旗委研究撤销。"));
        assertThat(revoked.getStatusCode().value()).as(String.valueOf(revoked.getBody())).isEqualTo(200);
        assertThat(revoked.getBody()).containsEntry("fiveStar", false);
        assertThat(flow.starred(branch)).isFalse();
        assertThat(history(branch)).extracting(e -> e.get("event")).containsExactly("AWARDED", "REVOKED");
        assertThat(history(branch).get(1)).containsEntry("reason", "组织部撤销：支部书记严重违纪，经旗委研究撤销。").containsEntry("recordedBy", "orgdept");

        ResponseEntity<Map<String, Object>> again = http.post("orgdept", path, Map.of("reason", "支部书记严重违纪，经旗委研究撤销。"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("detail").toString()).contains("不是五星级支部");
    }

    private String instanceOf(long nominationId) {
        return jdbc.sql("select process_instance_id from five_star_nomination where id = ?").param(nominationId).query(String.class).single();
    }

    /** The end event the finished process instance reached. */
    private String ended(String processInstanceId) {
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("noneEndEvent")
                .list().stream().map(HistoricActivityInstance::getActivityId).filter(a -> !a.equals("EndEvent_BranchReviewed")).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(String branch) {
        ResponseEntity<Map<String, Object>> history = http.get("orgdept", "/api/five-star/branches/" + branch + "/history");
        assertThat(history.getStatusCode().value()).isEqualTo(200);
        return (List<Map<String, Object>>) history.getBody().get("events");
    }

    private List<Object> branchCodes(String user) {
        return http.getList(user, "/api/five-star/branches").getBody().stream().map(b -> b.get("organizationCode")).toList();
    }
}
