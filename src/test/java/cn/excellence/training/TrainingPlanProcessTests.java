package cn.excellence.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.StartForm;

/**
 * 培训计划: a township secretary proposes a course (through the API or Tasklist's start form), org-dept approves it in
 * Tasklist and the course is scheduled, or rejects it with a reason; refused input saves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class TrainingPlanProcessTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Http http;
    StartForm startForm;

    @BeforeEach
    void setUp() {
        init(engine);
        http = new Http(port);
        startForm = http.startForm(TrainingPlanProcess.PROCESS, "secretary-wulashan");
    }

    @Test
    void aTownshipsPlanApprovedByOrgDeptBecomesAScheduledCourse() {
        ResponseEntity<Map<String, Object>> proposed = http.post("secretary-wulashan", "/api/training/courses",
                TrainingFiles.course("设施农业技术培训", "2010-03-15", "16", "INDUSTRY_LEADER", "wulashan"));
        assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
        assertThat(proposed.getBody()).containsEntry("status", "PROPOSED").containsEntry("statusLabel", "待组织部审批");
        long course = ((Number) proposed.getBody().get("id")).longValue();
        ProcessInstance plan = plan(course);
        assertThat(plan).isWaitingAt(TrainingPlanProcess.TASK_APPROVE).task().hasCandidateGroup("org-dept");
        assertThat(TrainingFiles.upload(http, "secretary-wulashan", course, false, TrainingFiles.sheet(java.util.List.of()))
                .getStatusCode().value()).as("no attendance before approval").isEqualTo(409);

        String task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult().getId();
        assertThat(http.formVariables("orgdept", task).path("courseSummary").path("value").asText())
                .contains("2010-03-15", "镇党校", "16.0 学时", "产业带头人");
        http.completeTaskForm("orgdept", task, decision("APPROVE", null));

        assertThat(plan).isEnded().hasPassed(TrainingPlanProcess.END_SCHEDULED);
        assertThat(http.get("secretary-wulashan", "/api/training/courses/" + course).getBody().get("course").toString())
                .contains("status=SCHEDULED");
        assertThat(cases("secretary-wulashan")).filteredOn(c -> ((Number) c.get("id")).longValue() == course).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("kindLabel", "党员培训").containsEntry("statusLabel", "已开设")
                        .containsEntry("processInstanceId", plan.getId()));
        assertThat(cases("secretary-xinan")).noneMatch(c -> ((Number) c.get("id")).longValue() == course);
    }

    @Test
    void orgDeptRejectsAPlanStartedInTasklistOnlyWithAReason() {
        ResponseEntity<JsonNode> started = startForm.submit("secretary-wulashan", form("农牧民党员冬季培训", "2010-12-01", "2010-12-03", 24.5,
                "FARMER_HERDER"));
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        assertThat(started.getBody().path("businessKey").asText()).startsWith("培训计划·农牧民党员冬季培训·#");
        String instance = started.getBody().path("id").asText();
        long course = ((Number) engine.getRuntimeService().getVariable(instance, TrainingPlanProcess.VAR_COURSE_ID)).longValue();
        assertThat(http.get("secretary-wulashan", "/api/training/courses/" + course).getBody().get("course").toString())
                .contains("organizerCode=wulashan", "hours=24.5", "status=PROPOSED");
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

        Http.assertRefused(http.submitTaskForm("orgdept", task, decision("REJECT", null)), 400, "意见说明");
        Http.assertRefused(http.submitTaskForm("secretary-wulashan", task, decision("APPROVE", null)), 403, "");
        http.completeTaskForm("orgdept", task, decision("REJECT", "与旗委组织部冬训安排重复，请合并。"));

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndActivityId())
                .isEqualTo(TrainingPlanProcess.END_REJECTED);
        assertThat(http.get("secretary-wulashan", "/api/training/courses/" + course).getBody().get("course").toString())
                .contains("status=REJECTED", "decisionNote=与旗委组织部冬训安排重复，请合并。");
    }

    @Test
    void aRefusedPlanSavesNothingAndSaysWhyInChinese() {
        long before = plans();
        startForm.assertRefused(form("培", "2010-05-10", "2010-05-11", 8.0, "OTHER"), 400, "培训主题");
        startForm.assertRefused(form("党员培训", "2010-05-10", "2010-05-09", 8.0, "OTHER"), 400, "结束日期");
        startForm.assertRefused(form("党员培训", "2010-05-10", "2010-05-11", 0.0, "OTHER"), 400, "学时");
        startForm.assertRefused(form("党员培训", "2010-05-10", "2010-05-11", 200.5, "OTHER"), 400, "学时");
        startForm.assertRefused(form("党员培训", "2010-05-10", "2010-05-11", 8.25, "OTHER"), 400, "学时");
        startForm.assertRefused(form("党员培训", "2010-05-10", "2010-05-11", 8.0, "PARTY_SCHOOL"), 400, "培训类别");
        startForm.assertRefused(form("党员培训", "1999-05-10", "1999-05-11", 8.0, "OTHER"), 400, "开始日期");
        Map<String, Object> elsewhere = form("党员培训", "2010-05-10", "2010-05-11", 8.0, "OTHER");
        elsewhere.put("organizerCode", Map.of("value", "xixiaozhao", "type", "String"));
        startForm.assertRefused(elsewhere, 404, "找不到组织");
        assertThat(startForm.submit("secretary-sanhu", form("党员培训", "2010-05-10", "2010-05-11", 8.0, "OTHER")).getStatusCode().value())
                .as("a village secretary does not start plans").isEqualTo(403);
        assertThat(plans()).isEqualTo(before);
        assertThat(http.post("secretary-wulashan", "/api/training/courses", TrainingFiles.course("党员培训", "2010-05-10", "8", "OTHER", "xinan"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(http.post("secretary-sanhu", "/api/training/courses", TrainingFiles.course("党员培训", "2010-05-10", "8", "OTHER", null))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(plans()).isEqualTo(before);
    }

    /** 我的事项 of the kind TRAINING, as the workbench lists them. */
    @SuppressWarnings("unchecked")
    private java.util.List<Map<String, Object>> cases(String user) {
        ResponseEntity<Map<String, Object>> page = http.get(user, "/api/workbench/cases?size=200&kind=TRAINING");
        assertThat(page.getStatusCode().value()).as(String.valueOf(page.getBody())).isEqualTo(200);
        return (java.util.List<Map<String, Object>>) page.getBody().get("content");
    }

    private long plans() {
        return http.getList("orgdept", "/api/training/courses").getBody().size();
    }

    private ProcessInstance plan(long course) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TrainingPlanProcess.PROCESS)
                .variableValueEquals(TrainingPlanProcess.VAR_COURSE_ID, course).singleResult();
    }

    private static Map<String, Object> decision(String decision, String note) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TrainingPlanProcess.VAR_DECISION, Map.of("value", decision, "type", "String"));
        if (note != null) {
            variables.put(TrainingPlanProcess.VAR_NOTE, Map.of("value", note, "type", "String"));
        }
        return variables;
    }

    private static Map<String, Object> form(String topic, String start, String end, double hours, String category) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("topic", Map.of("value", topic, "type", "String"));
        variables.put("place", Map.of("value", "乌拉山镇党校", "type", "String"));
        variables.put("startDate", Map.of("value", start, "type", "String"));
        variables.put("endDate", Map.of("value", end, "type", "String"));
        variables.put("hours", Map.of("value", hours, "type", "Double"));
        variables.put("category", Map.of("value", category, "type", "String"));
        return variables;
    }
}
