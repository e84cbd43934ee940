package cn.excellence.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.StartForm;

/** 扶贫贴息贷款 started through its start form (what Tasklist's 启动流程 posts): the same application as the API makes, or nothing. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class LoanStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    @Autowired
    LoanStartFormTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc) {
        this.http = new Http(port);
        this.startForm = http.startForm("AssistanceLoan", "secretary-sanhu");
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Test
    void aSecretaryAppliesThroughTheStartFormAsThroughTheApi() {
        ResponseEntity<JsonNode> started = startForm.submit("secretary-sanhu", form("三湖村养殖专业合作社"));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long id = ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), "loanId")).longValue();
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("贴息贷款·三湖村养殖专业合作社·#" + id);
        Map<String, Object> row = jdbc.sql("select * from assistance_loan where id = ?").param(id).query().singleRow();
        assertThat(row).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW")
                .containsEntry("process_instance_id", started.getBody().path("id").asText());
        assertThat(((Number) row.get("requested_fen")).longValue()).isEqualTo(5_000_050);
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals("loanId", id).singleResult().getAssignee())
                .isEqualTo("secretary-wulashan");

        ResponseEntity<JsonNode> byApi = http.as("secretary-sanhu").post().uri("/api/assistance-loans").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("applicantKind", "COOPERATIVE", "applicantName", "三湖村种植专业合作社", "organizationCode", "wulashan-sanhu",
                        "amount", "50000.50", "termMonths", 12, "bank", "乌拉特前旗农村信用社", "purpose", "扩大养殖规模，带动贫困户增收。",
                        "householdsHelped", 15))
                .retrieve().toEntity(JsonNode.class);
        assertThat(byApi.getStatusCode().value()).isEqualTo(201);
        assertThat(variables(id).keySet()).isEqualTo(variables(byApi.getBody().path("id").asLong()).keySet());
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        long before = loans();

        Map<String, Object> longTerm = form("三湖村养殖专业合作社");
        longTerm.put("termMonths", Map.of("value", 121, "type", "Integer"));
        startForm.assertRefused(longTerm, 400, "贷款期限");
        Map<String, Object> leaderWithoutId = form("王建国");
        leaderWithoutId.put("applicantKind", Map.of("value", "INDUSTRY_LEADER", "type", "String"));
        startForm.assertRefused(leaderWithoutId, 400, "身份证号码无效");
        Map<String, Object> otherVillage = form("公田村合作社");
        otherVillage.put("organizationCode", Map.of("value", "xixiaozhao-gongtian", "type", "String"));
        startForm.assertRefused(otherVillage, 403, "只能为本组织及下级组织的申请人提出申请");

        assertThat(loans()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayApplyCanStartIt() {
        long before = loans();
        assertThat(startForm.submit("fund1", form("三湖村养殖专业合作社")).getStatusCode().value()).isEqualTo(403);
        assertThat(startForm.submit("orgdept", form("三湖村养殖专业合作社")).getStatusCode().value()).isEqualTo(403);
        assertThat(loans()).isEqualTo(before);
    }

    @Test
    void eachReviewOpensWithoutTheEarlierReviewersDecision() {
        Map<String, Object> large = form("三湖村肉羊养殖专业合作社");
        large.put("amount", Map.of("value", 300000, "type", "Integer"));
        String instance = startForm.submit("secretary-sanhu", large).getBody().path("id").asText();
        http.completeTaskForm("secretary-wulashan", taskOf(instance), Map.of("reviewDecision", Map.of("value", "APPROVE"),
                "siteVisitNotes", Map.of("value", "实地查看养殖圈舍，带动农户属实。")));

        JsonNode fund = http.formVariables("fund1", taskOf(instance));
        assertThat(fund.path("siteVisitNotes").path("value").asText()).as("the township's notes are shown").isNotBlank();
        assertThat(fund.path("reviewDecision").path("value").isNull()).as("the fund committee's decision is not pre-filled: %s", fund).isTrue();
        http.completeTaskForm("fund1", taskOf(instance), Map.of("reviewDecision", Map.of("value", "APPROVE"), "approvedAmount", Map.of("value", 250000),
                "subsidyRate", Map.of("value", 4), "subsidyPeriods", Map.of("value", 4), "reviewNote", Map.of("value", "同意贴息。")));

        JsonNode standing = http.formVariables("standing1", taskOf(instance));
        assertThat(standing.path("reviewDecision").path("value").isNull()).as("the standing committee's decision is not pre-filled: %s", standing)
                .isTrue();
        assertThat(standing.path("reviewNote").path("value").isNull()).as(String.valueOf(standing)).isTrue();
    }

    private String taskOf(String instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static Map<String, Object> form(String applicant) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantKind", Map.of("value", "COOPERATIVE", "type", "String"));
        variables.put("applicantName", Map.of("value", applicant, "type", "String"));
        variables.put("organizationCode", Map.of("value", "wulashan-sanhu", "type", "String"));
        variables.put("amount", Map.of("value", 50000.5, "type", "Double"));
        variables.put("termMonths", Map.of("value", 12, "type", "Integer"));
        variables.put("bank", Map.of("value", "乌拉特前旗农村信用社", "type", "String"));
        variables.put("purpose", Map.of("value", "扩大养殖规模，带动贫困户增收。", "type", "String"));
        variables.put("householdsHelped", Map.of("value", 15, "type", "Integer"));
        return variables;
    }

    private Map<String, Object> variables(long id) {
        return engine.getRuntimeService().getVariables(engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("loanId", id).processDefinitionKey("AssistanceLoan").singleResult().getId());
    }

    private long loans() {
        return jdbc.sql("select count(*) from assistance_loan").query(Long.class).single();
    }
}
