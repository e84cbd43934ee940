package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.ApplicationStarts;
import cn.excellence.support.Http;

/**
 * One gate for models, inside the engine: the modeler's API, the engine REST and the Java API that
 * start-up deployment uses refuse the same models with the same problems, deploy and audit the same
 * good ones; and a model already stored cannot run code either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ModelGateTests {

    static final String REFLECTION = "${''.getClass().forName('java.lang.System').getMethod('getProperty', ''.getClass()).invoke(null, 'user.dir')}";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** A valid model: a service task whose expression reads a variable, then org-dept's task. */
    static String model(String key, String serviceExpression) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(key).name("闸门试验").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started")
                .serviceTask("Task_Greet").name("问候").camundaExpression(serviceExpression).camundaResultVariable("greeted")
                .userTask("Task_Check").name("核对").camundaCandidateGroups("org-dept").camundaFormRef("DutyReportPreReviewForm")
                .camundaFormRefBinding("latest")
                .endEvent("EndEvent_Done").done());
    }

    static String startFormModel(String form) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess("GateStartForm").name("闸门试验").camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_Started").camundaFormRef(form).camundaFormRefBinding("latest")
                .endEvent("EndEvent_Done").done());
    }

    /** A refused model and a part of the reason it must be refused for. */
    record Bad(byte[] xml, String reason) {
        Bad(String xml, String reason) {
            this(xml.getBytes(StandardCharsets.UTF_8), reason);
        }
    }

    static Map<String, Bad> badModels() {
        String good = model("GateTrial", "${greeting}");
        String body = good.substring(good.indexOf("?>") + 2);
        Map<String, Bad> bad = new LinkedHashMap<>();
        bad.put("reflection in an expression", new Bad(model("GateTrial", REFLECTION), "表达式只能调用这些方法"));
        bad.put("Runtime.exec", new Bad(model("GateTrial", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/x')}"), "表达式只能调用这些方法"));
        bad.put("a bean's method", new Bad(model("GateTrial", "${fundLedger.book('POVERTY_LOAN_SUBSIDY', 1, 'x')}"), "表达式只能调用这些方法"));
        bad.put("engine object", new Bad(model("GateTrial", "${execution.processEngineServices.runtimeService}"), "引擎对象“execution”"));
        bad.put("Java class", new Bad(good.replace("camunda:expression=\"${greeting}\"", "camunda:class=\"java.lang.ProcessBuilder\""), "不允许直接引用 Java 类"));
        bad.put("generated id", new Bad(good.replace("Task_Check", "Activity_0x1y2z3"), "Activity_0x1y2z3"));
        bad.put("unknown form", new Bad(good.replace("DutyReportPreReviewForm", "NoSuchForm"), "NoSuchForm"));
        bad.put("unknown start form", new Bad(startFormModel("NoSuchStartForm"), "NoSuchStartForm"));
        bad.put("javascript script task", new Bad(scriptTask(good, "javascript", "java.lang.System.exit(1)"), "不允许脚本任务"));
        bad.put("juel script task", new Bad(scriptTask(good, "juel", "${''.getClass()}"), "不允许脚本任务"));
        bad.put("groovy condition", new Bad(good.replaceFirst(
                "(<sequenceFlow [^>]*sourceRef=\"Task_Greet\"[^>]*)/>", "$1><conditionExpression xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\" language=\"groovy\">true</conditionExpression></sequenceFlow>"), "不允许脚本（groovy）"));
        bad.put("DOCTYPE XXE", new Bad("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + body, "DOCTYPE"));
        bad.put("billion laughs", new Bad("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + body.replace("问候", "&c;"), "DOCTYPE"));
        bad.put("UTF-16 XXE", new Bad(("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + body).getBytes(StandardCharsets.UTF_16), "DOCTYPE"));
        return bad;
    }

    private static String scriptTask(String good, String language, String script) {
        return good.replaceFirst("<serviceTask ([^>]*)camunda:expression=\"\\$\\{greeting}\"([^>]*)>", "<scriptTask $1 scriptFormat=\"" + language + "\" $2>")
                .replaceFirst("</serviceTask>", Matcher.quoteReplacement("<script>" + script.replace("'", "&apos;") + "</script></scriptTask>"))
                .replaceFirst("camunda:resultVariable=\"greeted\"", "");
    }

    @Test
    void aModelThatFailsTheGateIsRefusedTheSameWayOnEveryPathAndNothingIsDeployed() {
        long before = engine.getRepositoryService().createDeploymentQuery().count();
        for (Map.Entry<String, Bad> bad : badModels().entrySet()) {
            String name = bad.getKey();
            byte[] xml = bad.getValue().xml();
            JsonNode validated = upload("/api/admin/process-models/validate", "file", xml).getBody();
            ResponseEntity<JsonNode> modeler = upload("/api/admin/process-models", "file", xml);
            ResponseEntity<JsonNode> rest = upload("/engine-rest/deployment/create", "data", xml);
            ParseException javaApi = (ParseException) catchThrowable(() -> engine.getRepositoryService().createDeployment()
                    .addInputStream("gate.bpmn", new java.io.ByteArrayInputStream(xml)).deploy());

            assertThat(validated.path("valid").asBoolean(true)).as(name).isFalse();
            assertThat(modeler.getStatusCode().value()).as(name).isEqualTo(400);
            assertThat(rest.getStatusCode().value()).as(name + ": " + rest.getBody()).isEqualTo(400);
            List<String> messages = validated.path("problems").findValuesAsText("message");
            assertThat(messages).as(name).isNotEmpty().allSatisfy(m -> assertThat(m).containsPattern("\\p{IsHan}"));
            assertThat(rest.getBody().path("details").findValuesAsText("message")).as(name).containsExactlyElementsOf(messages);
            assertThat(javaApi.getResorceReports().get(0).getErrors()).extracting(p -> p.getMessage()).as(name)
                    .containsExactlyElementsOf(messages);
            assertThat(String.join(" ", messages)).as(name).contains(bad.getValue().reason());
            assertThat(rest.getBody().toString()).as(name).doesNotContain(System.getProperty("user.dir"));
        }
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void theEngineRestNamesTheRefusedElement() {
        ResponseEntity<JsonNode> rest = upload("/engine-rest/deployment/create", "data",
                model("GateTrial", REFLECTION).getBytes(StandardCharsets.UTF_8));

        assertThat(rest.getBody().path("type").asText()).isEqualTo("ParseException");
        JsonNode problem = rest.getBody().path("details").path("gate.bpmn").path("errors").get(0);
        assertThat(problem.path("mainElementId").asText()).isEqualTo("Task_Greet");
        assertThat(problem.path("message").asText()).contains("表达式只能调用这些方法");
    }

    @Test
    void aGoodModelDeploysTheSameWayOnEveryPathAndEachDeploymentIsAudited() {
        String model = model("GateGood", "${greeting}");
        byte[] xml = model.getBytes(StandardCharsets.UTF_8);

        assertThat(upload("/api/admin/process-models", "file", xml).getStatusCode().value()).isEqualTo(201);
        assertThat(upload("/engine-rest/deployment/create", "data", xml).getStatusCode().value()).isEqualTo(200);
        engine.getRepositoryService().createDeployment().addString("gate.bpmn", model.replace("${greeting}", "${greeting2}")).deploy();

        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("GateGood").count()).isEqualTo(3);
        assertThat(jdbc.sql("select version, deployed_by, source, changes from model_deployment_audit where process_key = 'GateGood' order by version")
                .query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)).list())
                .containsExactly("1|admin|excellence-modeler|首个版本", "2|admin|引擎 API|元素没有变化", "3|系统|启动部署|修改 Task_Greet");
        assertThat(jdbc.sql("select count(*) from model_deployment_audit where process_key = 'DutyReport' and deployed_by = '系统'")
                .query(Long.class).single()).as("start-up deployment is audited").isEqualTo(1);
    }

    @Test
    void aStoredModelWithCodeInAnExpressionCannotRunIt() {
        ProcessDefinition definition = deployAndTamper("GateStored", "${greeting}", REFLECTION);

        ResponseEntity<JsonNode> started = start(definition);

        assertThat(started.getStatusCode().value()).as(started.getBody().toString()).isEqualTo(400);
        assertThat(started.getBody().path("message").asText()).contains("不予执行");
        assertThat(started.getBody().toString()).doesNotContain(System.getProperty("user.dir"));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId()).count()).isZero();
    }

    @Test
    void aStoredModelWithAScriptCannotRunIt() {
        String good = model("GateScript", "${greeting}");
        ProcessDefinition definition = deployAndTamperXml("GateScript", good, scriptTask(good, "juel", "${greeting}"));

        ResponseEntity<JsonNode> started = start(definition);

        assertThat(started.getStatusCode().value()).as(started.getBody().toString()).isEqualTo(400);
        assertThat(started.getBody().path("message").asText()).contains("服务器不执行脚本");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId()).count()).isZero();
    }

    @Test
    void atRunTimeNamesResolveToVariablesAndDelegatesOnlyAndValuesOfferNoProperties() {
        for (String expression : List.of("${fundLedger}", "${greeting.class}", "${greeting.bytes}", "${dutyReviewService == null}")) {
            ProcessDefinition definition = deploy("GateRuntime", model("GateRuntime", expression));
            ResponseEntity<JsonNode> started = start(definition);
            assertThat(started.getStatusCode().is2xxSuccessful()).as(expression + ": " + started.getBody()).isFalse();
            assertThat(started.getStatusCode().value()).as(expression).isLessThan(600);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definition.getId()).count())
                    .as(expression).isZero();
        }
        ProcessDefinition plain = deploy("GateRuntime", model("GateRuntime", "${greeting.length() > 2 && greeting.contains('好')}"));
        assertThat(start(plain).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aUserTaskKeepsTheRulesOfItsFormWhicheverClientCompletesIt() {
        ProcessDefinition definition = deploy("GateForm", model("GateForm", "${greeting}"));
        assertThat(start(definition).getStatusCode().value()).isEqualTo(200);
        String taskId = engine.getTaskService().createTaskQuery().processDefinitionId(definition.getId()).singleResult().getId();

        Map<String, String> refusals = Map.of(
                "{}", "请选择“预审意见”",
                "{\"preReviewDecision\":{\"value\":\"MAYBE\"}}", "“预审意见”的取值“MAYBE”无效",
                "{\"preReviewDecision\":{\"value\":\"RETURN\"},\"returnReason\":{\"value\":\"" + "长".repeat(2001) + "\"}}",
                "“退回理由（退回时必填）”最多 2000 个字");
        refusals.forEach((variables, message) -> {
            ResponseEntity<JsonNode> refused = complete(taskId, variables);
            assertThat(refused.getStatusCode().value()).as(variables).isEqualTo(400);
            assertThat(refused.getBody().path("message").asText()).as(variables).contains(message);
        });
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);

        assertThat(complete(taskId, "{\"preReviewDecision\":{\"value\":\"ACCEPT\"}}").getStatusCode().value()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void aStartThroughTheStartFormKeepsTheFormsRulesAStartByTheApplicationHasItsRecord() {
        ProcessDefinition definition = deploy("GateStartForm", startFormModel("DutyReportPreReviewForm"));

        ResponseEntity<JsonNode> refused = submitStartForm(definition, "{\"variables\":{\"preReviewDecision\":{\"value\":\"MAYBE\"}}}");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("“预审意见”的取值“MAYBE”无效");
        assertThat(submitStartForm(definition, "{\"variables\":{\"preReviewDecision\":{\"value\":\"ACCEPT\"}}}").getStatusCode().value())
                .isEqualTo(200);
        assertThat(submitStartForm(definition, "{\"businessKey\":\"7\",\"variables\":{}}").getStatusCode().value())
                .as("a client's business key does not make its start the application's").isEqualTo(400);
        assertThat(ApplicationStarts.run(() -> engine.getRuntimeService().startProcessInstanceById(definition.getId(), "应用·#7")).getBusinessKey())
                .as("started by the application's service, with the record it has saved").isEqualTo("应用·#7");
    }

    private ResponseEntity<JsonNode> submitStartForm(ProcessDefinition definition, String body) {
        return http.as("admin").post().uri("/engine-rest/process-definition/{id}/submit-form", definition.getId())
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> complete(String taskId, String variables) {
        return http.as("orgdept").post().uri("/engine-rest/task/{id}/submit-form", taskId).contentType(MediaType.APPLICATION_JSON)
                .body("{\"variables\":" + variables + "}").retrieve().toEntity(JsonNode.class);
    }

    private ProcessDefinition deployAndTamper(String key, String expression, String replacement) {
        String xml = model(key, expression);
        return deployAndTamperXml(key, xml, xml.replace(expression, replacement.replace("'", "&apos;")));
    }

    /** Deploys a valid model, then changes its stored XML behind the engine's back (as a model stored before the gate would be). */
    private ProcessDefinition deployAndTamperXml(String key, String xml, String tampered) {
        ProcessDefinition definition = deploy(key, xml);
        int updated = jdbc.sql("update ACT_GE_BYTEARRAY set BYTES_ = ? where DEPLOYMENT_ID_ = ? and NAME_ = ?")
                .params(tampered.getBytes(StandardCharsets.UTF_8), definition.getDeploymentId(), definition.getResourceName()).update();
        assertThat(updated).isEqualTo(1);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache().discardProcessDefinitionCache();
        return definition;
    }

    private ProcessDefinition deploy(String key, String xml) {
        String id = engine.getRepositoryService().createDeployment().addString(key + ".bpmn", xml).deploy().getId();
        return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
    }

    private ResponseEntity<JsonNode> start(ProcessDefinition definition) {
        return http.as("admin").post().uri("/engine-rest/process-definition/{id}/start", definition.getId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("greeting", Map.of("value", "你好", "type", "String")))).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String path, String part, byte[] xml) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "gate");
        parts.add(part, new ByteArrayResource(xml) {
            @Override
            public String getFilename() {
                return "gate.bpmn";
            }
        });
        return http.as("admin").post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JsonNode.class);
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the deployment to be refused");
    }
}
