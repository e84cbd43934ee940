package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Http;
import cn.excellence.support.StartForm;

/**
 * 评先表彰活动 started through its start form (what Tasklist's 启动流程 posts, numbers as Double, the date as text):
 * the same campaign as {@code POST /api/commendation-campaigns} opens, the same refusals in Chinese, or nothing.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class CampaignStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final CommendationTestSupport flow;

    @Autowired
    CampaignStartFormTests(@LocalServerPort int port, ProcessEngine engine, CampaignService campaigns, NominationService nominations,
            JdbcClient jdbc) {
        this.http = new Http(port);
        this.startForm = http.startForm(CAMPAIGN_PROCESS, "orgdept");
        this.engine = engine;
        this.jdbc = jdbc;
        this.flow = new CommendationTestSupport(engine, campaigns, nominations, jdbc);
    }

    @Test
    void orgDeptOpensACampaignThroughTheStartFormAsThroughTheApi() {
        LocalDate deadline = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(10);
        Map<String, Object> variables = form("2026年“七一”创先争优表彰", deadline.toString());
        variables.put("quotaWuhaoVillage", number(12));
        variables.put("quotaCooperativePartyOrg", number(0));

        ResponseEntity<JsonNode> started = startForm.submit("orgdept", variables);

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        String processInstanceId = started.getBody().path("id").asText();
        Map<String, Object> row = jdbc.sql("select * from commendation_campaign where process_instance_id = ?").param(processInstanceId)
                .query().singleRow();
        long id = ((Number) row.get("id")).longValue();
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("评先表彰·2026年“七一”创先争优表彰·#" + id);
        assertThat(row).containsEntry("created_by", "orgdept").containsEntry("campaign_year", 2026).containsEntry("notice_working_days", 5)
                .containsEntry("status", "NOMINATING").containsEntry("title", "2026年“七一”创先争优表彰");
        Campaign campaign = flow.campaigns.campaign(id);
        assertThat(campaign.nominationDeadline()).as("nominations close at the end of the day, Beijing time")
                .isEqualTo(deadline.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant().minusSeconds(1));
        assertThat(campaign.categories()).extracting(Campaign.Category::code, Campaign.Category::quota).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WUHAO_TOWNSHIP", 3), org.assertj.core.groups.Tuple.tuple("WUHAO_VILLAGE", 12),
                org.assertj.core.groups.Tuple.tuple("EXCELLENT_VILLAGE_SECRETARY", 9),
                org.assertj.core.groups.Tuple.tuple("EXCELLENT_VILLAGE_HEAD", 9));
        assertThat(campaign.categories()).filteredOn(c -> c.code().startsWith("EXCELLENT")).allSatisfy(c -> assertThat(c.awardFen()).isEqualTo(400_000L));
        ProcessInstance process = flow.campaignProcess(id);
        assertThat(process.getId()).isEqualTo(processInstanceId);
        assertThat(engine.getRuntimeService().getActiveActivityIds(processInstanceId)).containsExactly(NOMINATION_DEADLINE);

        long byApi = flow.openSourceCampaign();
        assertThat(variables(flow.campaignProcess(id)).keySet()).isEqualTo(variables(flow.campaignProcess(byApi)).keySet());
        assertThat(variables(process)).containsEntry(VAR_CAMPAIGN_ID, id).containsEntry(VAR_NOMINATION_DEADLINE,
                java.util.Date.from(campaign.nominationDeadline()));

        JsonNode view = http.as("orgdept").get().uri("/api/commendation-campaigns/{id}", id).retrieve().body(JsonNode.class);
        assertThat(view.path("categories")).hasSize(4);
    }

    @Test
    void leftAtItsDefaultsTheFormOpensTheSourcesCategories() {
        Map<String, Object> variables = form("2026年表彰", LocalDate.now(WorkingDayCalendar.ZONE).plusDays(3).toString());
        variables.remove("noticeWorkingDays");
        variables.put("quotaWuhaoTownship", Map.of("type", "Null"));

        ResponseEntity<JsonNode> started = startForm.submit("orgdept2", variables);

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        Campaign campaign = flow.campaigns.campaign(campaignId(started));
        assertThat(campaign.categories()).extracting(Campaign.Category::quota).containsExactly(3, 9, 2, 9, 9);
        assertThat(campaign.noticeWorkingDays()).isEqualTo(5);
    }

    @Test
    void aStartByKeyWithTheApisVariablesStillOpensACampaign() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("year", Map.of("value", 2026, "type", "Integer"));
        variables.put("title", Map.of("value", "按流程键发起的表彰", "type", "String"));
        variables.put(VAR_NOMINATION_DEADLINE, Map.of("value", OffsetDateTime.now().plusDays(5)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")), "type", "Date"));
        variables.put("categories", Map.of("value",
                "[{\"code\":\"A1\",\"name\":\"优秀共产党员\",\"quota\":54,\"nomineeFilter\":\"ANY_MEMBER\"}]", "type", "String"));

        ResponseEntity<JsonNode> started = http.as("orgdept").post().uri("/engine-rest/process-definition/key/{key}/start", CAMPAIGN_PROCESS)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().toEntity(JsonNode.class);

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        Campaign campaign = flow.campaigns.campaign(campaignId(started));
        assertThat(campaign.categories()).extracting(Campaign.Category::name, Campaign.Category::quota)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("优秀共产党员", 54));
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        long before = campaigns();
        long processes = campaignProcesses();
        String deadline = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(10).toString();

        startForm.assertRefused(without(form("表彰", deadline), "year"), 400, "年度");
        startForm.assertRefused(with(form("表彰", deadline), "year", number(1999)), 400, "“年度”不能小于 2000");
        startForm.assertRefused(with(form("表彰", deadline), "year", number(2026.5)), 400, "“年度”应为整数");
        startForm.assertRefused(without(form("表彰", deadline), "title"), 400, "请填写“标题”");
        startForm.assertRefused(form("表", deadline), 400, "标题");
        startForm.assertRefused(form("表".repeat(201), deadline), 400, "标题");
        startForm.assertRefused(without(form("表彰", deadline), VAR_NOMINATION_DEADLINE), 400, "请填写“推荐截止日期”");
        startForm.assertRefused(form("表彰", "下周五"), 400, "“推荐截止日期”应为日期");
        startForm.assertRefused(form("表彰", LocalDate.now(WorkingDayCalendar.ZONE).minusDays(1).toString()), 400, "须晚于当前时间");
        startForm.assertRefused(with(form("表彰", deadline), "noticeWorkingDays", number(0)), 400, "公示期");
        startForm.assertRefused(with(form("表彰", deadline), "noticeWorkingDays", number(31)), 400, "公示期");
        startForm.assertRefused(with(form("表彰", deadline), "quotaWuhaoTownship", number(-1)), 400, "“五个好”苏木镇党委名额");
        startForm.assertRefused(with(form("表彰", deadline), "quotaWuhaoVillage", number(1001)), 400, "“五个好”嘎查村党组织名额");
        startForm.assertRefused(with(form("表彰", deadline), "quotaExcellentVillageHead", number(1.5)), 400, "“优秀嘎查村主任名额”应为整数");
        Map<String, Object> noCategory = form("表彰", deadline);
        CampaignStartListener.QUOTA_FIELDS.values().forEach(field -> noCategory.put(field, number(0)));
        startForm.assertRefused(noCategory, 400, "请至少为一个类别填写名额");
        startForm.assertRefused(with(form("表彰", deadline), "categories", Map.of("value", "不是 JSON", "type", "String")), 400, "JSON 数组");

        assertThat(campaigns()).isEqualTo(before);
        assertThat(campaignProcesses()).isEqualTo(processes);
    }

    @Test
    void onlyOrgDeptCanStartIt() {
        long before = campaigns();
        String deadline = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(10).toString();
        for (String user : List.of("secretary-sanhu", "secretary-wulashan", "standing1", "fund1")) {
            assertThat(startForm.submit(user, form("2026年表彰", deadline)).getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(http.startableProcessKeys(user)).as(user).doesNotContain(CAMPAIGN_PROCESS);
        }
        assertThat(http.startableProcessKeys("orgdept")).contains(CAMPAIGN_PROCESS);
        assertThat(campaigns()).isEqualTo(before);
    }

    /** The form as Tasklist posts it, with its defaults: the source's quotas and a 5-day notice. */
    private static Map<String, Object> form(String title, String deadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("year", number(2026));
        variables.put("title", Map.of("value", title, "type", "String"));
        variables.put(VAR_NOMINATION_DEADLINE, Map.of("value", deadline, "type", "String"));
        variables.put("noticeWorkingDays", number(5));
        List<Integer> quotas = new ArrayList<>(List.of(3, 9, 2, 9, 9));
        CampaignStartListener.QUOTA_FIELDS.values().forEach(field -> variables.put(field, number(quotas.remove(0))));
        return variables;
    }

    private static Map<String, Object> number(double value) {
        return Map.of("value", value, "type", "Double");
    }

    private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        variables.put(name, value);
        return variables;
    }

    private static Map<String, Object> without(Map<String, Object> variables, String name) {
        variables.remove(name);
        return variables;
    }

    private Map<String, Object> variables(ProcessInstance instance) {
        return engine.getRuntimeService().getVariables(instance.getId());
    }

    private long campaignProcesses() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CAMPAIGN_PROCESS).count();
    }

    private long campaigns() {
        return jdbc.sql("select count(*) from commendation_campaign").query(Long.class).single();
    }

    private long campaignId(ResponseEntity<JsonNode> started) {
        return ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), VAR_CAMPAIGN_ID)).longValue();
    }
}
