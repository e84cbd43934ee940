package cn.excellence.dutyreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
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

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Http;
import cn.excellence.support.StartForm;

/**
 * A duty-review round opened through its start form (what Tasklist's 启动流程 posts): the townships ticked, all plenary
 * members or listed reviewers, the deadlines as days; recorded by the same first step as {@code POST /api/duty-review-rounds},
 * with the same refusals; a refused start saves nothing, and only org-dept may start it.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DutyReviewRoundStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    @Autowired
    DutyReviewRoundStartFormTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc) {
        this.http = new Http(port);
        this.startForm = http.startForm(DutyReviewProcess.ROUND_PROCESS, "orgdept");
        this.engine = engine;
        this.jdbc = jdbc;
    }

    private static LocalDate inDays(int days) {
        return LocalDate.now(WorkingDayCalendar.ZONE).plusDays(days);
    }

    @Test
    void orgDeptOpensARoundForTheTickedTownshipsWithListedReviewers() {
        LocalDate reportDue = inDays(7);
        ResponseEntity<JsonNode> started = startForm.submit("orgdept", form(2027, "2027年度苏木镇党委书记述职评议", "[\"xinan\",\"wulashan\"]", "LISTED",
                " plenary1，plenary2  plenary3\n", reportDue.toString(), inDays(14).toString()));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long roundId = ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), DutyReviewProcess.VAR_ROUND_ID)).longValue();
        Map<String, Object> round = jdbc.sql("select review_year, title, created_by, status from duty_review_round where id = ?").param(roundId)
                .query().singleRow();
        assertThat(round.values()).containsExactly(2027, "2027年度苏木镇党委书记述职评议", "orgdept", "OPEN");
        assertThat(jdbc.sql("select report_due from duty_review_round where id = ?").param(roundId).query(Timestamp.class).single().toInstant())
                .as("the chosen day at 17:00 Beijing time")
                .isEqualTo(reportDue.atTime(LocalTime.of(17, 0)).atZone(WorkingDayCalendar.ZONE).toInstant());
        assertThat(jdbc.sql("select township_code from duty_report where round_id = ? order by id").param(roundId).query(String.class).list())
                .containsExactly("xinan", "wulashan");
        assertThat(jdbc.sql("select user_id from duty_review_reviewer where round_id = ? order by user_id").param(roundId).query(String.class)
                .list()).containsExactly("plenary1", "plenary2", "plenary3");
        String instance = started.getBody().path("id").asText();
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("述职评议·2027年度苏木镇党委书记述职评议·#" + roundId);
        assertThat(engine.getRuntimeService().getVariables(instance)).as("the variables of a round the API opened")
                .doesNotContainKeys(DutyReviewProcess.VAR_CHOSEN_TOWNSHIPS, DutyReviewProcess.VAR_REVIEWER_SCOPE)
                .containsEntry(DutyReviewProcess.VAR_TOWNSHIPS, "xinan,wulashan").containsEntry(DutyReviewProcess.VAR_ROUND_ID, roundId);
        long xinan = jdbc.sql("select id from duty_report where round_id = ? and township_code = 'xinan'").param(roundId).query(Long.class).single();
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals(DutyReviewProcess.VAR_REPORT_ID, xinan).taskAssignee("secretary-xinan")
                .taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT).count()).isOne();
    }

    @Test
    void nothingTickedIsAllNineTownshipsAndAllPlenaryMembersIgnoreAnyListedAccount() {
        ResponseEntity<JsonNode> started = startForm.submit("orgdept2", form(2028, "2028年度述职评议", "[]", "ALL_PLENARY", "ghost",
                inDays(3).toString(), inDays(4).toString()));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long roundId = ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), DutyReviewProcess.VAR_ROUND_ID)).longValue();
        assertThat(jdbc.sql("select count(*) from duty_report where round_id = ?").param(roundId).query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("select user_id from duty_review_reviewer where round_id = ? order by user_id").param(roundId).query(String.class)
                .list()).containsExactly("plenary1", "plenary2", "plenary3", "plenary4", "plenary5");
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        String report = inDays(7).toString();
        String rating = inDays(14).toString();
        long before = saved();

        startForm.assertRefused(form(null, "述职评议", null, null, null, report, rating), 400, "请填写“评议年度”");
        startForm.assertRefused(form(1999, "述职评议", null, null, null, report, rating), 400, "“评议年度”不能小于 2000");
        startForm.assertRefused(form("二〇二七", "述职评议", null, null, null, report, rating), 400, "“评议年度”应为数字");
        startForm.assertRefused(form(2027, null, null, null, null, report, rating), 400, "请填写“标题”");
        startForm.assertRefused(form(2027, "述", null, null, null, report, rating), 400, "标题");
        startForm.assertRefused(form(2027, "述".repeat(201), null, null, null, report, rating), 400, "标题");
        startForm.assertRefused(form(2027, "述职评议", "[\"atlantis\"]", null, null, report, rating), 400, "“参加述职的苏木镇”的取值“atlantis”无效");
        startForm.assertRefused(form(2027, "述职评议", "\"wulashan\"", null, null, report, rating), 400, "“参加述职的苏木镇”应为一组选项");
        startForm.assertRefused(form(2027, "述职评议", "[\"wulashan\"", null, null, report, rating), 400, "不是有效的 JSON");
        startForm.assertRefused(form(2027, "述职评议", "[\"xinan\",\"xinan\"]", null, null, report, rating), 400, "重复");
        startForm.assertRefused(form(2027, "述职评议", null, "EVERYONE", null, report, rating), 400, "“评议人”的取值");
        startForm.assertRefused(form(2027, "述职评议", null, "LISTED", " ", report, rating), 400, "请填写“评议人账号”");
        startForm.assertRefused(form(2027, "述职评议", null, "LISTED", "plenary1, ghost", report, rating), 400, "评议人“ghost”不存在");
        startForm.assertRefused(form(2027, "述职评议", null, "LISTED", "plenary1\u0000", report, rating), 400, "控制字符");
        startForm.assertRefused(form(2027, "述职评议", null, null, null, null, rating), 400, "请填写“述职报告截止日期”");
        startForm.assertRefused(form(2027, "述职评议", null, null, null, report, null), 400, "请填写“评议截止日期”");
        startForm.assertRefused(form(2027, "述职评议", null, null, null, "2027-02-30", rating), 400, "述职报告截止时间");
        startForm.assertRefused(form(2027, "述职评议", null, null, null, "2020-01-01", rating), 400, "晚于当前时间");
        startForm.assertRefused(form(2027, "述职评议", null, null, null, report, report), 400, "评议截止时间应晚于述职报告截止时间");

        Map<String, Object> both = form(2027, "述职评议", "[\"xinan\"]", null, null, report, rating);
        both.put("townships", Map.of("value", "wulashan"));
        startForm.assertRefused(both, 400, "只用一种方式");

        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void onlyOrgDeptSeesAndStartsIt() {
        long before = saved();
        for (String user : List.of("secretary-wulashan", "plenary1", "supervisor1")) {
            ResponseEntity<JsonNode> refused = startForm.submit(user, form(2027, "述职评议", null, null, null, inDays(7).toString(), inDays(14).toString()));
            assertThat(refused.getStatusCode().value()).as(user + ": " + refused.getBody()).isEqualTo(403);
        }
        assertThat(saved()).isEqualTo(before);
        assertThat(http.startableProcessKeys("orgdept")).contains(DutyReviewProcess.ROUND_PROCESS);
        assertThat(http.startableProcessKeys("secretary-wulashan")).doesNotContain(DutyReviewProcess.ROUND_PROCESS);
        assertThat(http.startableProcessKeys("plenary1")).doesNotContain(DutyReviewProcess.ROUND_PROCESS);
    }

    /** The values as Tasklist sends them: the year untyped, the checklist as JSON, the dates as text (null: left empty). */
    static Map<String, Object> form(Object year, String title, String townships, String reviewerScope, String reviewers, String reportDue,
            String ratingDue) {
        Map<String, Object> variables = new HashMap<>();
        put(variables, "year", year);
        put(variables, "title", title);
        if (townships != null) {
            variables.put("chosenTownships", Map.of("value", townships, "type", "Json"));
        }
        put(variables, "reviewerScope", reviewerScope);
        put(variables, "reviewers", reviewers);
        put(variables, "reportDueDate", reportDue);
        put(variables, "ratingDueDate", ratingDue);
        return variables;
    }

    private static void put(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, Map.of("value", value));
        }
    }

    /** Rounds, reports, reviewers and round instances: a refusal leaves every one as it was. */
    private long saved() {
        return jdbc.sql("select (select count(*) from duty_review_round) + (select count(*) from duty_report)"
                + " + (select count(*) from duty_review_reviewer)").query(Long.class).single()
                + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DutyReviewProcess.ROUND_PROCESS).count();
    }
}
