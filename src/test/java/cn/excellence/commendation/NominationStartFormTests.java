package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
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

/** 评先推荐 started through its start form (what Tasklist's 启动流程 posts): the same nomination as the API makes, or nothing. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class NominationStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final CommendationTestSupport flow;
    private long campaignId;

    @Autowired
    NominationStartFormTests(@LocalServerPort int port, ProcessEngine engine, CampaignService campaigns, NominationService nominations,
            JdbcClient jdbc) {
        this.http = new Http(port);
        this.startForm = http.startForm(NOMINATION_PROCESS, "secretary-sanhu");
        this.engine = engine;
        this.jdbc = jdbc;
        this.flow = new CommendationTestSupport(engine, campaigns, nominations, jdbc);
    }

    @BeforeEach
    void openCampaign() {
        campaignId = flow.openSourceCampaign();
    }

    @Test
    void aSecretaryNominatesThroughTheStartFormAsThroughTheApi() {
        ResponseEntity<JsonNode> started = startForm.submit("secretary-sanhu", form(CommendationTestSupport.DEEDS));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String processInstanceId = started.getBody().path("id").asText();
        Map<String, Object> row = jdbc.sql("select * from nomination where process_instance_id = ?").param(processInstanceId).query().singleRow();
        long id = ((Number) row.get("id")).longValue();
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("评先推荐·乌拉山镇三湖村党支部·#" + id);
        assertThat(row).containsEntry("nominated_by", "secretary-sanhu").containsEntry("nominating_org_code", "wulashan-sanhu")
                .containsEntry("status", "TOWNSHIP_REVIEW");
        assertThat(flow.task(String.valueOf(id), TASK_TOWNSHIP_REVIEW).getAssignee()).isEqualTo("secretary-wulashan");

        long byApi = flow.nominateOrganization(CommendationTestSupport.SANHU, flow.openSourceCampaign(), "WUHAO_VILLAGE", "wulashan-sanhu");
        assertThat(variables(flow.nominationProcess(id)).keySet()).isEqualTo(variables(flow.nominationProcess(byApi)).keySet());
        assertThat(variables(flow.nominationProcess(id))).containsEntry(VAR_NOMINATION_ID, id).containsEntry(VAR_CAMPAIGN_ID, campaignId)
                .containsEntry(VAR_NOMINATED_BY, "secretary-sanhu");
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        long before = nominations();
        long processes = nominationProcesses();

        startForm.assertRefused(form("太短"), 400, "事迹");
        Map<String, Object> unknownCategory = form(CommendationTestSupport.DEEDS);
        unknownCategory.put("categoryCode", value("NOPE", "String"));
        startForm.assertRefused(unknownCategory, 400, "推荐类别");
        Map<String, Object> otherVillage = form(CommendationTestSupport.DEEDS);
        otherVillage.put("nomineeOrganizationCode", value("xixiaozhao-gongtian", "String"));
        startForm.assertRefused(otherVillage, 403, "只能推荐本组织及下级组织的对象");
        Map<String, Object> noCampaign = form(CommendationTestSupport.DEEDS);
        noCampaign.remove("campaignId");
        startForm.assertRefused(noCampaign, 400, "评先表彰活动编号");

        assertThat(nominations()).isEqualTo(before);
        assertThat(nominationProcesses()).isEqualTo(processes);
    }

    /** One refusal, one exception type: the API's problem detail and the start form's engine error carry the same 400 and message. */
    @Test
    void aRefusedNominationReadsTheSameThroughTheApiAndTheStartForm() {
        long before = nominations();
        Map<String, Object> noNominee = Map.of("campaignId", campaignId, "categoryCode", "WUHAO_VILLAGE", "deeds", CommendationTestSupport.DEEDS);
        ResponseEntity<JsonNode> byApi = http.as("secretary-sanhu").post().uri("/api/nominations").contentType(MediaType.APPLICATION_JSON)
                .body(noNominee).retrieve().toEntity(JsonNode.class);
        Map<String, Object> form = form(CommendationTestSupport.DEEDS);
        form.remove("nomineeOrganizationCode");
        ResponseEntity<JsonNode> byStartForm = startForm.submit("secretary-sanhu", form);

        assertThat(byApi.getStatusCode().value()).as(String.valueOf(byApi.getBody())).isEqualTo(400);
        assertThat(byApi.getBody().path("status").asInt()).isEqualTo(400);
        assertThat(byApi.getBody().path("detail").asText()).contains("请指定一个推荐对象");
        assertThat(byStartForm.getStatusCode().value()).as(String.valueOf(byStartForm.getBody())).isEqualTo(400);
        assertThat(byStartForm.getBody().path("type").asText()).isEqualTo("TaskInputException");
        assertThat(byStartForm.getBody().path("message").asText()).isEqualTo(byApi.getBody().path("detail").asText());
        assertThat(nominations()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayNominateCanStartIt() {
        long before = nominations();
        assertThat(startForm.submit("fund1", form(CommendationTestSupport.DEEDS)).getStatusCode().value()).isEqualTo(403);
        assertThat(startForm.submit("plenary1", form(CommendationTestSupport.DEEDS)).getStatusCode().value()).isEqualTo(403);
        assertThat(nominations()).isEqualTo(before);
    }

    /** Both reviews share their variable names; each opens empty, also the township's second look after a revision. */
    @Test
    void eachReviewOpensWithoutTheEarlierReviewersDecision() {
        ResponseEntity<JsonNode> started = startForm.submit("secretary-sanhu", form(CommendationTestSupport.DEEDS));
        String id = String.valueOf(engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), VAR_NOMINATION_ID));

        http.completeTaskForm("secretary-wulashan", flow.task(id, TASK_TOWNSHIP_REVIEW).getId(), Map.of("reviewDecision", value("RETURN", "String"),
                "reviewNote", value("请补充带领群众增收的具体数据。", "String")));
        JsonNode revise = http.formVariables("secretary-sanhu", flow.task(id, TASK_REVISE_NOMINATION).getId());
        assertThat(revise.path("reviewNote").path("value").asText()).as("the nominator reads the reason").isEqualTo("请补充带领群众增收的具体数据。");
        http.completeTaskForm("secretary-sanhu", flow.task(id, TASK_REVISE_NOMINATION).getId(), Map.of("deeds",
                value(CommendationTestSupport.DEEDS + "带动农牧民人均增收 1200 元。", "String")));

        JsonNode again = http.formVariables("secretary-wulashan", flow.task(id, TASK_TOWNSHIP_REVIEW).getId());
        assertThat(again.path("reviewDecision").path("value").isNull()).as(String.valueOf(again)).isTrue();
        assertThat(again.path("reviewNote").path("value").isNull()).as(String.valueOf(again)).isTrue();
        http.completeTaskForm("secretary-wulashan", flow.task(id, TASK_TOWNSHIP_REVIEW).getId(), Map.of("reviewDecision", value("APPROVE", "String"),
                "reviewNote", value("同意推荐。", "String")));

        JsonNode orgDept = http.formVariables("orgdept", flow.task(id, TASK_ORG_DEPT_REVIEW).getId());
        assertThat(orgDept.path("nomineeName").path("value").asText()).isNotBlank();
        assertThat(orgDept.path("reviewDecision").path("value").isNull()).as("org-dept's decision is not pre-filled: %s", orgDept).isTrue();
        assertThat(orgDept.path("reviewNote").path("value").isNull()).as(String.valueOf(orgDept)).isTrue();
        http.completeTaskForm("orgdept", flow.task(id, TASK_ORG_DEPT_REVIEW).getId(), Map.of("reviewDecision", value("APPROVE", "String")));
        assertThat(flow.status(Long.parseLong(id))).isEqualTo(NominationStatus.NOMINATED);

        String instance = started.getBody().path("id").asText();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inbox = (List<Map<String, Object>>) http.get("secretary-sanhu", "/api/inbox?size=200").getBody().get("content");
        assertThat(inbox).filteredOn(e -> "RESULT".equals(e.get("kind")) && ("/workbench/#/cases/" + instance).equals(e.get("link")))
                .as("办结: the approval, not the return, is told to the nominator").singleElement()
                .satisfies(e -> assertThat((String) e.get("title")).startsWith("推荐已获同意："));
    }

    private Map<String, Object> form(String deeds) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignId", value(campaignId, "Integer"));
        variables.put("categoryCode", value("WUHAO_VILLAGE", "String"));
        variables.put("nomineeOrganizationCode", value("wulashan-sanhu", "String"));
        variables.put("deeds", value(deeds, "String"));
        return variables;
    }

    private static Map<String, Object> value(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private Map<String, Object> variables(ProcessInstance instance) {
        return engine.getRuntimeService().getVariables(instance.getId());
    }

    private long nominationProcesses() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NOMINATION_PROCESS).count();
    }

    private long nominations() {
        return jdbc.sql("select count(*) from nomination").query(Long.class).single();
    }
}
