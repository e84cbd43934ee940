package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.Http;
import cn.excellence.support.StartForm;

/** 困难党员救助 started through its start form (what Tasklist's 启动流程 posts): the same application as the API makes, or nothing. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final ReliefService reliefs;

    @Autowired
    ReliefStartFormTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc, ReliefService reliefs) {
        this.http = new Http(port);
        this.startForm = http.startForm("HardshipRelief", "secretary-sanhu");
        this.engine = engine;
        this.jdbc = jdbc;
        this.reliefs = reliefs;
    }

    @Test
    void aSecretaryAppliesThroughTheStartFormAsThroughTheApi() {
        ResponseEntity<JsonNode> started = startForm.submit("secretary-sanhu", form(member("wulashan-sanhu"), "因病致困，申请救助。", "500.50"));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long id = ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), "reliefId")).longValue();
        Map<String, Object> row = jdbc.sql("select * from hardship_relief where id = ?").param(id).query().singleRow();
        String name = jdbc.sql("select name from party_member where id = ?").param(row.get("member_id")).query(String.class).single();
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("困难救助·" + name + "·#" + id);
        assertThat(row).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW");
        assertThat(((Number) row.get("amount_fen")).longValue()).isEqualTo(50_050);
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals("reliefId", id).singleResult().getAssignee())
                .isEqualTo("secretary-wulashan");

        long byApi = reliefs.apply(new ReliefService.ReliefRequest(member("wulashan-sanhu"), "因病致困，申请救助。", new BigDecimal("500.50")),
                new CurrentUser("secretary-sanhu", List.of("village-secretary")));
        Map<String, Object> throughApi = variables(byApi);
        throughApi.put(ReliefService.VAR_RELIEF_ID, Long.valueOf(id));
        assertThat(variables(id)).isEqualTo(throughApi);
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        long before = reliefs();
        long member = member("wulashan-sanhu");

        startForm.assertRefused(form(member, "短", "500"), 400, "申请理由");
        startForm.assertRefused(form(member, "因病致困，申请救助。", "10000.01"), 400, "救助金额");
        startForm.assertRefused(form(member, "因病致困，申请救助。", "0"), 400, "救助金额");
        startForm.assertRefused(form(member("xixiaozhao%"), "因病致困，申请救助。", "500"), 403, "只能为本组织及下级组织的党员申请救助");
        startForm.assertRefused(form(999_999_999L, "因病致困，申请救助。", "500"), 404, "党员 999999999 不存在");

        assertThat(reliefs()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayApplyCanStartIt() {
        long before = reliefs();
        assertThat(startForm.submit("fund1", form(member("wulashan-sanhu"), "因病致困，申请救助。", "500")).getStatusCode().value()).isEqualTo(403);
        assertThat(startForm.submit("orgdept", form(member("wulashan-sanhu"), "因病致困，申请救助。", "500")).getStatusCode().value()).isEqualTo(403);
        assertThat(reliefs()).isEqualTo(before);
    }

    @Test
    void orgDeptsApprovalOpensWithoutTheTownshipsDecision() {
        String instance = startForm.submit("secretary-sanhu", form(member("wulashan-sanhu"), "因灾致困，申请救助。", "600")).getBody().path("id").asText();
        String township = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        http.completeTaskForm("secretary-wulashan", township, Map.of("reviewDecision", Map.of("value", "APPROVE"),
                "reviewNote", Map.of("value", "情况属实，同意救助。")));

        String orgDept = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        JsonNode form = http.formVariables("orgdept", orgDept);
        assertThat(form.path("memberName").path("value").asText()).isNotBlank();
        assertThat(form.path("reviewDecision").path("value").isNull()).as("org-dept's decision is not pre-filled: %s", form).isTrue();
        assertThat(form.path("reviewNote").path("value").isNull()).as(String.valueOf(form)).isTrue();
    }

    private static Map<String, Object> form(long memberId, String reason, String amount) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("memberId", Map.of("value", memberId, "type", "Long"));
        variables.put("reason", Map.of("value", reason, "type", "String"));
        variables.put("amount", Map.of("value", Double.valueOf(amount), "type", "Double"));
        return variables;
    }

    private long member(String organization) {
        return jdbc.sql("select min(id) from party_member where organization_code like ?").param(organization).query(Long.class).single();
    }

    private Map<String, Object> variables(long id) {
        return engine.getRuntimeService().getVariables(engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("reliefId", id).processDefinitionKey("HardshipRelief").singleResult().getId());
    }

    private long reliefs() {
        return jdbc.sql("select count(*) from hardship_relief").query(Long.class).single();
    }
}
