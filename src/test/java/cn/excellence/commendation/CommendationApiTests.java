package cn.excellence.commendation;

import cn.excellence.shared.web.PublicSubmissions;
import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** The commendation API and the public notice as clients use them, with real security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class CommendationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    JdbcClient jdbc;

    Http http;
    CommendationTestSupport flow;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        flow = new CommendationTestSupport(engine, campaigns, nominations, jdbc);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    /** Objections of earlier tests leave this machine's hourly quota to the next test. */
    @AfterEach
    void ageThisMachinesObjections() {
        jdbc.sql("update objection set created_at = ? where client_address = '127.0.0.1'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).update();
    }

    static Map<String, Object> campaignBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年七一表彰");
        body.put("nominationDeadline", OffsetDateTime.now().plusDays(10).toString());
        return body;
    }

    @Test
    void orgDeptOpensACampaignWithTheSourcesCategories() {
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/commendation-campaigns", campaignBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<Map<String, Object>>) response.getBody().get("categories")).extracting(c -> c.get("quota"))
                .containsExactly(3, 9, 2, 9, 9);
        assertThat(response.getBody()).containsEntry("noticeWorkingDays", 5).containsEntry("status", "NOMINATING");
        assertThat(http.post("secretary-wulashan", "/api/commendation-campaigns", campaignBody()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @CsvSource({"year,1800,2000 到 2100", "title,'',标题", "noticeWorkingDays,0,1 到 30", "nominationDeadline,昨天,JSON",
            "categories,'[{\"code\":\"bad code\",\"name\":\"类别\",\"quota\":1,\"nomineeFilter\":\"ANY_MEMBER\"}]',类别代码",
            "categories,'[{\"code\":\"A1\",\"name\":\"类别\",\"quota\":0,\"nomineeFilter\":\"ANY_MEMBER\"}]',名额",
            "categories,'[{\"code\":\"A1\",\"name\":\"类别\",\"quota\":1,\"nomineeFilter\":\"ALIENS\"}]',评选对象",
            "categories,'[{\"code\":\"A1\",\"name\":\"类别\",\"quota\":1,\"nomineeFilter\":\"ANY_MEMBER\",\"awardYuan\":-5}]',奖励金额",
            "categories,'[{\"code\":\"A1\",\"name\":\"类别\",\"quota\":1,\"nomineeFilter\":\"ANY_MEMBER\",\"awardYuan\":1.005}]',奖励金额"})
    void openingACampaignWithBadInputIsRefusedAndSavesNothing(String field, String value, String message) throws Exception {
        long before = jdbc.sql("select count(*) from commendation_campaign").query(Long.class).single();
        Map<String, Object> body = campaignBody();
        body.put(field, value.startsWith("[") ? new com.fasterxml.jackson.databind.ObjectMapper().readValue(value, List.class)
                : field.equals("year") || field.equals("noticeWorkingDays") ? (Object) Integer.valueOf(value) : value);

        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/commendation-campaigns", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains(message);
        assertThat(jdbc.sql("select count(*) from commendation_campaign").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void nominationsThroughTheApiAreCheckedAndScopedToTheSecretarysOrganization() {
        long campaignId = flow.openSourceCampaign();
        Map<String, Object> body = new HashMap<>(Map.of("campaignId", campaignId, "categoryCode", "WUHAO_VILLAGE",
                "nomineeOrganizationCode", "wulashan-sanhu", "deeds", CommendationTestSupport.DEEDS));

        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/nominations", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("status", "TOWNSHIP_REVIEW");
        Object id = created.getBody().get("id");

        assertThat(http.get("secretary-wulashan", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-xinan", "/api/nominations/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((List<?>) http.get("secretary-gongtian", "/api/commendation-campaigns/" + campaignId).getBody().get("nominations")).isEmpty();

        body.put("nomineeOrganizationCode", "xixiaozhao-gongtian");
        assertThat(http.post("secretary-sanhu", "/api/nominations", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        body.put("nomineeOrganizationCode", "wulashan-sanhu");
        body.put("deeds", "<b>短</b>");
        assertThat(http.post("secretary-sanhu", "/api/nominations", body).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        body.put("deeds", "长".repeat(100_000));
        assertThat(http.post("secretary-sanhu", "/api/nominations", body).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        body.put("campaignId", "abc");
        assertThat(http.post("secretary-sanhu", "/api/nominations", body).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post(null, "/api/nominations", body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private long campaignOnNotice() {
        long campaignId = flow.openSourceCampaign();
        long wulashan = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "wulashan");
        long mingan = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "mingan");
        flow.approveAtOrgDept(wulashan);
        flow.approveAtOrgDept(mingan);
        jdbc.sql("update nomination set deeds = ? where id = ?").params("<script>alert('公示')</script>带领群众发展产业，成效显著，群众满意。", wulashan).update();
        ProcessTestSupport.moveClock(Duration.ofDays(10).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        flow.complete(flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES), VAR_SELECTED, "[\"" + wulashan + "\"]");
        flow.complete(flow.task(String.valueOf(campaignId), TASK_APPROVE_LIST), VAR_APPROVAL_DECISION, "APPROVE");
        return campaignId;
    }

    @Test
    void thePublicReadsTheNoticeWithoutLoginAndSeesOnlyWhatANoticeShows() {
        long campaignId = campaignOnNotice();

        List<Map<String, Object>> notices = http.getList(null, "/api/public/notices").getBody();
        Map<String, Object> notice = notices.stream().filter(n -> ((Number) n.get("id")).longValue() == campaignId).findFirst().orElseThrow();
        assertThat(notice).containsKeys("title", "publishedAt", "endsAt").containsEntry("open", true);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) notice.get("entries");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e).containsOnlyKeys("nominationId", "name", "organization", "category", "deedsSummary");
            assertThat(e).containsEntry("name", "乌拉山镇党委");
            assertThat((String) e.get("deedsSummary")).startsWith("<script>alert('公示')</script>");
        });
        assertThat(http.get(null, "/api/public/notices/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get(null, "/api/commendation-campaigns/" + campaignId).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get(null, "/api/honours").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void objectionsAreValidatedRateLimitedAndRefusedOnceTheNoticeCloses() {
        long campaignId = campaignOnNotice();
        long onNotice = jdbc.sql("select id from nomination where campaign_id = ? and status = 'ON_NOTICE'").param(campaignId)
                .query(Long.class).single();
        long notSelected = jdbc.sql("select id from nomination where campaign_id = ? and status = 'NOT_SELECTED'").param(campaignId)
                .query(Long.class).single();
        String path = "/api/public/notices/" + campaignId + "/objections";

        assertThat(http.post(null, path, Map.of("nominationId", onNotice, "reason", "短")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post(null, path, Map.of("nominationId", onNotice, "reason", "长".repeat(100_000))).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post(null, path, Map.of("nominationId", notSelected, "reason", "反映该人选的问题。")).getBody().get("detail"))
                .isEqualTo("该对象不在本次公示名单中。");
        assertThat(http.post(null, path, Map.of("reason", "没有指明对象的异议。")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post(null, path, Map.of("nominationId", "x1", "reason", "类型错误的异议。")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.post(null, "/api/public/notices/999999/objections", Map.of("nominationId", onNotice, "reason", "不存在的公示。"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        for (long i = 0; i < PublicSubmissions.MAX_PER_HOUR; i++) {
            ResponseEntity<Map<String, Object>> filed = http.post(null, path,
                    Map.of("nominationId", onNotice, "reason", "<img src=x onerror=alert(1)>反映问题第" + i + "条", "contact", "张三"));
            assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        ResponseEntity<Map<String, Object>> tooMany = http.post(null, path, Map.of("nominationId", onNotice, "reason", "再反映一条问题。"));
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_VERIFY_OBJECTION).count())
                .isEqualTo(jdbc.sql("select count(*) from objection where status = 'OPEN'").query(Long.class).single());

        ProcessTestSupport.moveClock(Duration.ofDays(10));
        ResponseEntity<Map<String, Object>> late = http.post(null, path, Map.of("nominationId", onNotice, "reason", "公示结束后的异议。"));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) late.getBody().get("detail")).contains("公示期已结束");
    }

    @Test
    void anObjectorWhoHitTheRateLimitCannotGetPastItWithANewForwardedForHeader() {
        long campaignId = campaignOnNotice();
        long onNotice = jdbc.sql("select id from nomination where campaign_id = ? and status = 'ON_NOTICE'").param(campaignId)
                .query(Long.class).single();
        String path = "/api/public/notices/" + campaignId + "/objections";
        Map<String, Object> objection = Map.of("nominationId", onNotice, "reason", "反映该人选的问题。");
        for (int i = 0; i < PublicSubmissions.MAX_PER_HOUR; i++) {
            assertThat(http.post(null, path, objection).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(http.post(null, path, objection).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        long objections = jdbc.sql("select count(*) from objection").query(Long.class).single();

        for (String forgedAddress : List.of("10.1.2.3", "192.168.8.8", "172.16.0.9", "203.0.113.9")) {
            ResponseEntity<String> forged = http.anonymous().post().uri(path).contentType(MediaType.APPLICATION_JSON)
                    .header("X-Forwarded-For", forgedAddress).body(objection).retrieve().toEntity(String.class);
            assertThat(forged.getStatusCode()).as(forgedAddress).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(jdbc.sql("select count(*) from objection").query(Long.class).single()).isEqualTo(objections);
        assertThat(jdbc.sql("select count(*) from objection where client_address <> '127.0.0.1'").query(Long.class).single()).isZero();
    }

    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

    /** What Tasklist posts for a Camunda Form checklist: the type and valueInfo of the variable it loaded, the value as JSON text. */
    private ResponseEntity<Map<String, Object>> submitChecklistAsTasklistDoes(String user, String taskId, String key, List<Long> ids) {
        Map<String, Object> loaded = http.get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").getBody();
        Map<String, Object> variable = new HashMap<>();
        variable.put("type", ((Map<?, ?>) loaded.get(key)).get("type"));
        variable.put("valueInfo", ((Map<?, ?>) loaded.get(key)).get("valueInfo"));
        variable.put("value", ids.stream().map(id -> "\"" + id + "\"").toList().toString().replace(" ", ""));
        return http.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", Map.of(key, variable)));
    }

    @Test
    void orgDeptSelectsNomineesWithTasklistsChecklistAndTheQuotaStillHolds() {
        long campaignId = flow.openSourceCampaign();
        List<Long> townships = List.of("wulashan", "xinan", "mingan", "dashetai").stream()
                .map(t -> flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", t)).toList();
        townships.forEach(flow::approveAtOrgDept);
        ProcessTestSupport.moveClock(Duration.ofDays(10).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        String select = flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES).getId();

        ResponseEntity<Map<String, Object>> tooMany = submitChecklistAsTasklistDoes("orgdept", select, VAR_SELECTED, townships);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooMany.getBody().get("message")).contains("名额为 3 名，已选 4 名");

        ResponseEntity<Map<String, Object>> withinQuota = submitChecklistAsTasklistDoes("orgdept", select, VAR_SELECTED,
                townships.subList(0, 3));
        assertThat(withinQuota.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(flow.task(String.valueOf(campaignId), TASK_APPROVE_LIST)).isNotNull();
        assertThat(townships).extracting(flow::status).containsExactly(NominationStatus.SELECTED, NominationStatus.SELECTED,
                NominationStatus.SELECTED, NominationStatus.NOMINATED);
    }

    @Test
    void tasksRefuseMissingReasonsThroughTheEngineRestAndHonoursRefuseBadIds() {
        long campaignId = flow.openSourceCampaign();
        long wulashan = flow.nominateOrganization(CommendationTestSupport.ORG_DEPT, campaignId, "WUHAO_TOWNSHIP", "wulashan");
        flow.approveAtOrgDept(wulashan);
        ProcessTestSupport.moveClock(Duration.ofDays(10).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        String select = flow.task(String.valueOf(campaignId), TASK_SELECT_NOMINEES).getId();
        assertThat(http.post("orgdept", "/engine-rest/task/" + select + "/complete", variables(VAR_SELECTED, "abc")).getBody())
                .containsEntry("status", 400);
        assertThat(http.post("orgdept", "/engine-rest/task/" + select + "/complete", variables(VAR_SELECTED, "[\"" + wulashan + "\"]"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String approve = flow.task(String.valueOf(campaignId), TASK_APPROVE_LIST).getId();
        assertThat(http.post("orgdept", "/engine-rest/task/" + approve + "/complete", variables(VAR_APPROVAL_DECISION, "APPROVE"))
                .getStatusCode()).as("only the standing committee approves").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> noReason = http.post("standing1", "/engine-rest/task/" + approve + "/complete",
                variables(VAR_APPROVAL_DECISION, "SEND_BACK"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noReason.getBody().get("message")).contains("退回理由");
        assertThat(http.post("standing1", "/engine-rest/task/" + approve + "/complete", variables(VAR_APPROVAL_DECISION, "APPROVE"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        long objection = jdbc.sql("select count(*) from objection").query(Long.class).single();
        http.post(null, "/api/public/notices/" + campaignId + "/objections", Map.of("nominationId", wulashan, "reason", "反映的具体问题。"));
        String verify = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_VERIFY_OBJECTION)
                .processVariableValueEquals(VAR_OBJECTION_ID, jdbc.sql("select max(id) from objection").query(Long.class).single())
                .singleResult().getId();
        assertThat(jdbc.sql("select count(*) from objection").query(Long.class).single()).isEqualTo(objection + 1);
        assertThat(http.post("orgdept", "/engine-rest/task/" + verify + "/complete", variables(VAR_VERDICT, "UPHELD")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(flow.status(wulashan)).isEqualTo(NominationStatus.ON_NOTICE);

        assertThat(http.get("orgdept", "/api/honours?year=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("orgdept", "/api/honours/999999/certificate.pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Finding 6 of issue 10: zero-width spaces, BOM and direction marks are no text; NUL and control characters are refused. */
    static final String INVISIBLE = "\u200B\uFEFF\u200F".repeat(10);

    @Test
    void deedsOfInvisibleOrControlCharactersAreRefusedAndNothingIsSaved() {
        long campaignId = flow.openSourceCampaign();
        Map<String, Object> body = new HashMap<>(Map.of("campaignId", campaignId, "categoryCode", "WUHAO_VILLAGE",
                "nomineeOrganizationCode", "wulashan-sanhu"));
        long before = jdbc.sql("select count(*) from nomination").query(Long.class).single();

        body.put("deeds", INVISIBLE);
        ResponseEntity<Map<String, Object>> invisible = http.post("secretary-sanhu", "/api/nominations", body);
        body.put("deeds", CommendationTestSupport.DEEDS + "\u0000");
        ResponseEntity<Map<String, Object>> nul = http.post("secretary-sanhu", "/api/nominations", body);

        assertThat(invisible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invisible.getBody()).containsEntry("detail", "请填写“事迹”。");
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody()).containsEntry("detail", "“事迹”含有不可见的控制字符，请删除后重试。");
        assertThat(jdbc.sql("select count(*) from nomination").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void objectionsOfInvisibleOrControlCharactersAreRefusedAndNothingIsSaved() {
        long campaignId = campaignOnNotice();
        long onNotice = jdbc.sql("select id from nomination where campaign_id = ? and status = 'ON_NOTICE'").param(campaignId)
                .query(Long.class).single();
        String path = "/api/public/notices/" + campaignId + "/objections";
        long before = jdbc.sql("select count(*) from objection").query(Long.class).single();
        long verifications = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_VERIFY_OBJECTION).count();

        ResponseEntity<Map<String, Object>> invisible = http.post(null, path, Map.of("nominationId", onNotice, "reason", INVISIBLE));
        ResponseEntity<Map<String, Object>> nul = http.post(null, path, Map.of("nominationId", onNotice, "reason", "反映的具体问题\u0000。"));
        ResponseEntity<Map<String, Object>> nulContact = http.post(null, path, Map.of("nominationId", onNotice, "reason", "反映的具体问题。",
                "contact", "\u0000"));

        assertThat(invisible.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invisible.getBody()).containsEntry("detail", "请填写“异议内容”。");
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nul.getBody()).containsEntry("detail", "“异议内容”含有不可见的控制字符，请删除后重试。");
        assertThat(nulContact.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("select count(*) from objection").query(Long.class).single()).isEqualTo(before);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_VERIFY_OBJECTION).count()).isEqualTo(verifications);
    }
}
