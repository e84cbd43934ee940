package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import cn.excellence.support.Http;

/** Administrators validate, deploy, compare and migrate process models; nobody else may, and bad models never reach the engine. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@SuppressWarnings("unchecked")
class ProcessModelApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String path, String xml) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "model.bpmn";
            }
        });
        return http.as(user).post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
    }

    static String version(int v) {
        var builder = Bpmn.createExecutableProcess("AdminTrial").name("试用流程").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_TrialStarted")
                .userTask("Task_First").name(v == 1 ? "第一步" : "第一步（新）").camundaCandidateGroups("org-dept")
                .camundaFormRef("DutyReportPreReviewForm").camundaFormRefBinding("latest");
        BpmnModelInstance model = v == 1
                ? builder.userTask("Task_Second").name("第二步").camundaCandidateGroups("org-dept").camundaFormRef("DutyReportPreReviewForm")
                        .camundaFormRefBinding("latest").endEvent("EndEvent_TrialDone").done()
                : builder.userTask("Task_Third").name("第三步").camundaCandidateGroups("org-dept").camundaFormRef("DutyReportPreReviewForm")
                        .camundaFormRefBinding("latest").endEvent("EndEvent_TrialDone").done();
        return Bpmn.convertToString(model);
    }

    /** Version 1 with its user tasks turned into JavaScript script tasks. */
    static String withScriptTask() {
        return version(1).replace("<userTask", "<scriptTask scriptFormat=\"javascript\"").replace("</userTask>", "</scriptTask>");
    }

    private long deployments() {
        return engine.getRepositoryService().createDeploymentQuery().count();
    }

    @Test
    void badModelsAreRefusedWithTheElementNamedAndNeverReachTheEngine() {
        long before = deployments();
        String good = version(1);
        Map<String, String> bad = Map.of(
                "XXE", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + good.substring(good.indexOf("?>") + 2),
                "script task", withScriptTask(),
                "missing form", good.replace("DutyReportPreReviewForm", "NoSuchForm"),
                "unknown delegate", good.replace("<userTask id=\"Task_Second\"", "<serviceTask camunda:delegateExpression=\"${noSuchDelegate}\" id=\"Task_Second\"")
                        .replaceFirst("</userTask>(\\s*<sequenceFlow[^>]*>\\s*)*\\s*<endEvent", "</serviceTask><endEvent"),
                "not BPMN", "hello, 这不是模型");
        for (Map.Entry<String, String> model : bad.entrySet()) {
            ResponseEntity<Map<String, Object>> validated = upload("admin", "/api/admin/process-models/validate", model.getValue());
            ResponseEntity<Map<String, Object>> deployed = upload("admin", "/api/admin/process-models", model.getValue());
            assertThat(deployed.getStatusCode()).as(model.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((List<?>) deployed.getBody().get("problems")).as(model.getKey()).isNotEmpty();
            assertThat(validated.getBody()).as(model.getKey()).containsEntry("valid", false);
        }
        assertThat(upload("admin", "/api/admin/process-models", bad.get("missing form")).getBody().toString()).contains("Task_First", "NoSuchForm");
        assertThat(upload("admin", "/api/admin/process-models/validate", bad.get("script task")).getBody().toString()).contains("脚本任务");
        assertThat(deployments()).isEqualTo(before);
    }

    @Test
    void onlyThePlatformAdministratorMayDeployThroughAnyPath() {
        for (String user : List.of("orgdept", "secretary-wulashan", "fund1")) {
            assertThat(upload(user, "/api/admin/process-models", version(1)).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(upload(user, "/api/admin/process-models/validate", version(1)).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.get("orgdept", "/api/admin/process-models/DutyReport/versions").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theModelerIsOfferedTheProcessesTheirXmlAndWhatAModelMayReference() {
        assertThat(http.getList("admin", "/api/admin/process-models").getBody())
                .anySatisfy(p -> assertThat(p).containsEntry("key", "DutyReport").containsEntry("name", "苏木镇党委书记述职"));
        Map<String, Object> catalog = http.get("admin", "/api/admin/process-models/catalog").getBody();
        assertThat((List<String>) catalog.get("forms")).contains("DutyReportSubmitForm", "CommendationApproveForm");
        assertThat((List<Map<String, Object>>) catalog.get("delegates"))
                .contains(Map.of("expression", "${submitDutyReportListener}", "kind", "任务监听器"));
        ResponseEntity<String> xml = http.as("admin").get().uri("/api/admin/process-models/DutyReport/versions/1/xml").retrieve()
                .toEntity(String.class);
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xml.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
        assertThat(xml.getBody()).contains("id=\"DutyReport\"", "Task_SubmitDutyReport");
        assertThat(xml.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        assertThat(xml.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");
        ResponseEntity<Map<String, Object>> missing = http.get("admin", "/api/admin/process-models/DutyReport/versions/99/xml");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().toString()).contains("没有第 99 版");
        assertThat(http.get("admin", "/api/admin/process-models/DutyReport/versions/abc/xml").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        for (String path : List.of("/api/admin/process-models", "/api/admin/process-models/catalog",
                "/api/admin/process-models/DutyReport/versions/1/xml", "/api/admin/process-models/DutyReport/deployments")) {
            assertThat(http.get("orgdept", path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void aNewVersionIsDeployedComparedAndRunningInstancesMoveWhereTheyCan() {
        ResponseEntity<Map<String, Object>> first = upload("admin", "/api/admin/process-models", version(1));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody()).containsEntry("version", 1);
        ProcessInstance atFirst = engine.getRuntimeService().startProcessInstanceByKey("AdminTrial");
        ProcessInstance atSecond = engine.getRuntimeService().startProcessInstanceByKey("AdminTrial");
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(atSecond.getId()).singleResult().getId(),
                Map.of("preReviewDecision", "ACCEPT"));

        ResponseEntity<Map<String, Object>> second = upload("admin", "/api/admin/process-models", version(2));
        assertThat(second.getBody()).containsEntry("version", 2);
        assertThat((String) second.getBody().get("changes")).contains("Task_Third", "Task_Second", "Task_First");
        assertThat(http.getList("admin", "/api/admin/process-models/AdminTrial/deployments").getBody())
                .extracting(d -> d.get("version"), d -> d.get("deployedBy")).containsExactly(tuple(2, "admin"), tuple(1, "admin"));

        List<Map<String, Object>> versions = http.getList("admin", "/api/admin/process-models/AdminTrial/versions").getBody();
        assertThat(versions).extracting(v -> v.get("runningInstances")).containsExactly(2, 0);
        Map<String, Object> diff = http.get("admin", "/api/admin/process-models/AdminTrial/diff?from=1&to=2").getBody();
        assertThat((List<String>) diff.get("added")).contains("Task_Third");
        assertThat((List<String>) diff.get("removed")).contains("Task_Second");
        assertThat((List<String>) diff.get("changed")).contains("Task_First");

        Map<String, Object> preview = http.post("admin", "/api/admin/process-models/AdminTrial/migration/preview",
                Map.of("fromVersion", 1, "toVersion", 2)).getBody();
        assertThat((List<String>) preview.get("movable")).containsExactly(atFirst.getId());
        assertThat((Map<String, String>) preview.get("blocked")).containsOnlyKeys(atSecond.getId());
        assertThat(((Map<String, String>) preview.get("blocked")).get(atSecond.getId())).contains("Task_Second");

        http.post("admin", "/api/admin/process-models/AdminTrial/migration", Map.of("fromVersion", 1, "toVersion", 2));
        String v2 = (String) second.getBody().get("processDefinitionId");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(atFirst.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(atSecond.getId()).singleResult()
                .getProcessDefinitionId()).isNotEqualTo(v2);
        assertThat(http.post("admin", "/api/admin/process-models/AdminTrial/migration", Map.of("fromVersion", 2, "toVersion", 2))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("admin", "/api/admin/process-models/AdminTrial/diff?from=1&to=9").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
