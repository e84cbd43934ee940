package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.HashMap;
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

import cn.excellence.support.BasicAuthClient;

/** 评先推荐 started through its start form (what Tasklist's 启动流程 posts): the same nomination as the API makes, or nothing. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class NominationStartFormTests {

    private final BasicAuthClient http;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final CommendationTestSupport flow;
    private long campaignId;

    @Autowired
    NominationStartFormTests(@LocalServerPort int port, ProcessEngine engine, CampaignService campaigns, NominationService nominations,
            JdbcClient jdbc) {
        this.http = new BasicAuthClient(port);
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
        ResponseEntity<JsonNode> started = submit("secretary-sanhu", form(CommendationTestSupport.DEEDS));

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

        assertRefused(form("太短"), 400, "事迹");
        Map<String, Object> unknownCategory = form(CommendationTestSupport.DEEDS);
        unknownCategory.put("categoryCode", value("NOPE", "String"));
        assertRefused(unknownCategory, 400, "推荐类别");
        Map<String, Object> otherVillage = form(CommendationTestSupport.DEEDS);
        otherVillage.put("nomineeOrganizationCode", value("xixiaozhao-gongtian", "String"));
        assertRefused(otherVillage, 403, "只能推荐本组织及下级组织的对象");
        Map<String, Object> noCampaign = form(CommendationTestSupport.DEEDS);
        noCampaign.remove("campaignId");
        assertRefused(noCampaign, 400, "评先表彰活动编号");

        assertThat(nominations()).isEqualTo(before);
        assertThat(nominationProcesses()).isEqualTo(processes);
    }

    @Test
    void onlyThoseWhoMayNominateCanStartIt() {
        long before = nominations();
        assertThat(submit("fund1", form(CommendationTestSupport.DEEDS)).getStatusCode().value()).isEqualTo(403);
        assertThat(submit("plenary1", form(CommendationTestSupport.DEEDS)).getStatusCode().value()).isEqualTo(403);
        assertThat(nominations()).isEqualTo(before);
    }

    private void assertRefused(Map<String, Object> variables, int status, String message) {
        ResponseEntity<JsonNode> refused = submit("secretary-sanhu", variables);
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(status);
        assertThat(refused.getBody().path("message").asText()).contains(message);
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

    private ResponseEntity<JsonNode> submit(String user, Map<String, Object> variables) {
        return http.as(user).post().uri("/engine-rest/process-definition/key/{key}/submit-form", NOMINATION_PROCESS)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().toEntity(JsonNode.class);
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
