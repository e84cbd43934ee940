package cn.excellence.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * 发起月度督查 through its start form (what Tasklist's 启动流程 posts): the same cycle as {@code POST /api/supervision-cycles}
 * starts, through the same message, with the same refusals; a refused request saves nothing, and only org-dept may ask.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class SupervisionCycleRequestFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    @Autowired
    SupervisionCycleRequestFormTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc) {
        this.http = new Http(port);
        this.startForm = http.startForm(SupervisionProcess.REQUEST_PROCESS, "orgdept");
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Test
    void orgDeptRequestsACycleThroughTheStartFormAndItRunsAsOneTheApiStarted() {
        LocalDate due = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(10);
        ResponseEntity<JsonNode> started = startForm.submit("orgdept", form("2032-01", due.toString(), "[\"linhai-chem\",\"organs\"]", 2, "KIND", 7));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long cycleId = cycleId(started);
        Map<String, Object> cycle = jdbc.sql("select period, sample_size, seed, strata, created_by, status from supervision_cycle where id = ?")
                .param(cycleId).query().singleRow();
        assertThat(cycle.values()).containsExactly("2032-01", 2, 7L, "KIND", "orgdept", "RUNNING");
        assertThat(jdbc.sql("select report_due from supervision_cycle where id = ?").param(cycleId).query(Timestamp.class).single().toInstant())
                .as("the chosen day at 17:00 Beijing time").isEqualTo(due.atTime(LocalTime.of(17, 0)).atZone(WorkingDayCalendar.ZONE).toInstant());
        assertThat(jdbc.sql("select unit_code from supervision_report where cycle_id = ? order by unit_code").param(cycleId).query(String.class)
                .list()).containsExactly("linhai-chem", "organs");
        assertThat(jdbc.sql("select count(*) from spot_check where cycle_id = ?").param(cycleId).query(Long.class).single()).isEqualTo(2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SupervisionProcess.CYCLE_PROCESS)
                .variableValueEquals(SupervisionProcess.VAR_CYCLE_ID, cycleId).singleResult().getBusinessKey())
                .as("Cockpit's key of the cycle").isEqualTo("月度督查·2032-01·#" + cycleId);
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key of the request").isEqualTo("发起月度督查·2032-01·#" + cycleId);
        HistoricProcessInstance request = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(started.getBody().path("id").asText()).singleResult();
        assertThat(request.getStartUserId()).isEqualTo("orgdept");
        assertThat(request.getEndActivityId()).isEqualTo(SupervisionProcess.REQUEST_DONE);
    }

    @Test
    void whatTheFormLeavesOpenTakesTheApisDefaults() {
        ResponseEntity<JsonNode> started = startForm.submit("orgdept2", form("2032-02", LocalDate.now(WorkingDayCalendar.ZONE).plusDays(5).toString(), "[]",
                null, null, null));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long cycleId = cycleId(started);
        assertThat(jdbc.sql("select count(*) from supervision_report where cycle_id = ?").param(cycleId).query(Long.class).single())
                .as("all 22 Party committees").isEqualTo(22);
        assertThat(jdbc.sql("select sample_size, strata from supervision_cycle where id = ?").param(cycleId).query().singleRow().values())
                .containsExactly(10, "NONE");
    }

    @Test
    void aSecondCycleForTheSameMonthIsRefusedWhicheverWayItWasStarted() {
        Map<String, Object> api = SupervisionApiTests.body("2032-03");
        assertThat(http.as("orgdept").post().uri("/api/supervision-cycles").contentType(MediaType.APPLICATION_JSON).body(api).retrieve()
                .toBodilessEntity().getStatusCode().value()).isEqualTo(201);
        long before = saved();

        startForm.assertRefused(form("2032-03", LocalDate.now(WorkingDayCalendar.ZONE).plusDays(5).toString(), null, null, null, null), 400, "2032-03 的督查已经开始，不能重复发起");

        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void aRefusedRequestSavesNothingAndSaysWhyInChinese() {
        String due = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(5).toString();
        long before = saved();

        startForm.assertRefused(form(null, due, null, null, null, null), 400, "请填写“督查月份”");
        startForm.assertRefused(form("2032-13", due, null, null, null, null), 400, "督查月份");
        startForm.assertRefused(form("七月", due, null, null, null, null), 400, "督查月份");
        startForm.assertRefused(form("2032-0\u00001", due, null, null, null, null), 400, "控制字符");
        startForm.assertRefused(form("2032-04", null, null, null, null, null), 400, "请填写“汇报截止日期”");
        startForm.assertRefused(form("2032-04", "2032-02-30", null, null, null, null), 400, "“汇报截止日期”应为日期");
        startForm.assertRefused(form("2032-04", "2020-01-01", null, null, null, null), 400, "晚于当前时间");
        startForm.assertRefused(form("2032-04", due, "[\"atlantis\"]", null, null, null), 400, "“责任单位”的取值“atlantis”无效");
        startForm.assertRefused(form("2032-04", due, "{\"linhai-chem\":true}", null, null, null), 400, "“责任单位”应为一组选项");
        startForm.assertRefused(form("2032-04", due, "linhai-chem", null, null, null), 400, "不是有效的 JSON");
        startForm.assertRefused(form("2032-04", due, "[\"organs\",\"organs\"]", null, null, null), 400, "重复");
        startForm.assertRefused(form("2032-04", due, null, 0, null, null), 400, "“抽查数量”不能小于 1");
        startForm.assertRefused(form("2032-04", due, null, 101, null, null), 400, "“抽查数量”不能大于 100");
        startForm.assertRefused(form("2032-04", due, null, 2.5, null, null), 400, "“抽查数量”应为整数");
        startForm.assertRefused(form("2032-04", due, null, null, "ALL", null), 400, "抽样方式");
        startForm.assertRefused(form("2032-04", due, null, null, null, -1), 400, "随机种子");
        startForm.assertRefused(form("2032-04", due, null, null, null, "abc"), 400, "随机种子");

        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void onlyOrgDeptSeesAndStartsIt() {
        String due = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(5).toString();
        long before = saved();
        for (String user : List.of("secretary-organs", "supervisor1", "secretary-wulashan", "admin")) {
            ResponseEntity<JsonNode> refused = startForm.submit(user, form("2032-05", due, null, null, null, null));
            assertThat(refused.getStatusCode().value()).as(user + ": " + refused.getBody()).isEqualTo(403);
        }
        assertThat(saved()).isEqualTo(before);
        assertThat(http.startableProcessKeys("orgdept")).contains(SupervisionProcess.REQUEST_PROCESS).doesNotContain(SupervisionProcess.CYCLE_PROCESS);
        assertThat(http.startableProcessKeys("supervisor1")).doesNotContain(SupervisionProcess.REQUEST_PROCESS);
        assertThat(http.startableProcessKeys("secretary-organs")).doesNotContain(SupervisionProcess.REQUEST_PROCESS);
    }

    /** The values as Tasklist sends them: text, the date as text, the checklist as JSON, numbers untyped (null: left empty). */
    static Map<String, Object> form(String period, String reportDueDate, String units, Object sampleSize, String strata, Object seed) {
        Map<String, Object> variables = new HashMap<>();
        put(variables, "period", period);
        put(variables, "reportDueDate", reportDueDate);
        if (units != null) {
            variables.put("units", Map.of("value", units, "type", "Json"));
        }
        put(variables, "sampleSize", sampleSize);
        put(variables, "strata", strata);
        put(variables, "seed", seed);
        return variables;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, Map.of("value", value));
        }
    }

    /** Cycles, reports, spot checks and both processes' instances: a refusal leaves every one as it was. */
    private long saved() {
        return jdbc.sql("select (select count(*) from supervision_cycle) + (select count(*) from supervision_report)"
                + " + (select count(*) from spot_check)").query(Long.class).single()
                + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SupervisionProcess.REQUEST_PROCESS).count()
                + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SupervisionProcess.CYCLE_PROCESS).count();
    }

    /** The cycle a request started: the request's variable. */
    private long cycleId(ResponseEntity<JsonNode> started) {
        return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(started.getBody().path("id").asText())
                .variableName(SupervisionProcess.VAR_CYCLE_ID).singleResult().getValue()).longValue();
    }
}
