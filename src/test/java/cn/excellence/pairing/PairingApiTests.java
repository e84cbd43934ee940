package cn.excellence.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

/**
 * Pairing through HTTP as the real users: bad input on every endpoint gives a Chinese 4xx and saves nothing; who sees what;
 * the dispute path worked in Tasklist's way (the engine's task form) by the village's and the helper's secretaries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PairingApiTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Http http() {
        return new Http(port);
    }

    private long pair(String helper, String village) {
        ResponseEntity<Map<String, Object>> created = http().post("orgdept", "/api/pairing/pairs",
                Map.of("helperCode", helper, "villageCode", village, "fromYear", 2010));
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> refused, int status, String message) {
        assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(status);
        assertThat(String.valueOf(refused.getBody().get("detail"))).contains(message);
    }

    private ResponseEntity<Map<String, Object>> fulfil(String user, long pair, Map<String, String> fields, String fileName, byte[] file) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (file != null) {
            form.add("evidence", new ByteArrayResource(file) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        return http().as(user).post().uri("/api/pairing/pairs/" + pair + "/fulfilments").contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(form).retrieve().toEntity(OBJECT);
    }

    private static Map<String, String> funds(String amount, String description) {
        return Map.of("date", "2010-06-29", "kind", "FUNDS", "amount", amount, "description", description);
    }

    private long fulfilments() {
        return jdbc.sql("select count(*) from pairing_fulfilment").query(Long.class).single()
                + jdbc.sql("select count(*) from pairing_evidence").query(Long.class).single();
    }

    @Test
    void pairsAreMadeByOrgDeptBetweenAHelperAndAVillageOnce() {
        Http http = http();
        pair("organs-b03", "wulashan-sanhu");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "wulashan-sanhu", "fromYear", 2010)),
                409, "已经结对");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "nowhere", "villageCode", "wulashan-sanhu", "fromYear", 2010)),
                400, "找不到组织");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "nowhere", "fromYear", 2010)),
                400, "找不到组织");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "xinan-v02", "villageCode", "wulashan-sanhu", "fromYear", 2010)),
                400, "不能作为帮扶单位");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "organs-b04", "fromYear", 2010)),
                400, "不能作为结对嘎查村");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "xinan-v04", "fromYear", 1990)),
                400, "结对起始年度");
        assertRefused(http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "xinan-v04")), 400, "结对起始年度");
        assertRefused(http.post("secretary-organs", "/api/pairing/pairs", Map.of("helperCode", "organs-b03", "villageCode", "xinan-v04",
                "fromYear", 2010)), 403, "旗委组织部");
        assertThat(jdbc.sql("select count(*) from pairing_pair where helper_code = 'organs-b03'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void commitmentsAndFulfilmentRefuseBadInputAndSaveNothing() {
        Http http = http();
        long pair = pair("organs-b05", "wulashan-sanhu");
        String commitments = "/api/pairing/pairs/" + pair + "/commitments/2010";
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("funds", "-5"), MediaType.APPLICATION_JSON), 400, "应大于零");
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("funds", "100.123"), MediaType.APPLICATION_JSON), 400, "两位小数");
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("funds", "12345678901"), MediaType.APPLICATION_JSON), 400, "不能超过");
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("funds", "十万"), MediaType.APPLICATION_JSON), 400, "应为金额");
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("projects", List.of("项".repeat(101))),
                MediaType.APPLICATION_JSON), 400, "最多 100 个字");
        assertRefused(http.exchange("secretary-organs", HttpMethod.PUT, commitments, Map.of("projects", List.of()), MediaType.APPLICATION_JSON),
                400, "至少填写一项承诺");
        assertRefused(http.exchange("secretary-sanhu", HttpMethod.PUT, commitments, Map.of("funds", "100"), MediaType.APPLICATION_JSON), 403, "帮扶单位");
        assertRefused(http.exchange("secretary-xinan", HttpMethod.PUT, commitments, Map.of("funds", "100"), MediaType.APPLICATION_JSON), 404, "找不到编号为");
        assertThat(jdbc.sql("select count(*) from pairing_commitment where pair_id = ?").param(pair).query(Long.class).single()).isZero();
        ResponseEntity<Map<String, Object>> committed = http.exchange("secretary-organs", HttpMethod.PUT, commitments,
                Map.of("funds", "80000.50", "projects", List.of("修建村级活动场所"), "information", List.of("提供市场信息")), MediaType.APPLICATION_JSON);
        assertThat(committed.getStatusCode().value()).as("%s", committed.getBody()).isEqualTo(200);

        long before = fulfilments();
        assertRefused(fulfil("secretary-organs", pair, funds("0", "拨付资金"), null, null), 400, "应大于零");
        assertRefused(fulfil("secretary-organs", pair, funds("10.001", "拨付资金"), null, null), 400, "两位小数");
        assertRefused(fulfil("secretary-organs", pair, funds("12345678901", "拨付资金"), null, null), 400, "不能超过");
        assertRefused(fulfil("secretary-organs", pair, funds("100", "长".repeat(501)), null, null), 400, "最多 500 个字");
        assertRefused(fulfil("secretary-organs", pair, Map.of("date", "2010-13-01", "kind", "FUNDS", "amount", "100", "description", "拨付资金"),
                null, null), 400, "履行日期");
        assertRefused(fulfil("secretary-organs", pair, Map.of("date", "2010-06-29", "kind", "GIFT", "description", "拨付资金"), null, null),
                400, "履行类别");
        assertRefused(fulfil("secretary-organs", pair, Map.of("date", "2010-06-29", "kind", "PROJECT", "amount", "100", "description", "引进项目"),
                null, null), 400, "只有资金类");
        assertRefused(fulfil("secretary-organs", pair, funds("100", "拨付资金"), "凭证.png", "<script>alert(1)</script>".getBytes()), 400,
                "不是 JPEG、PNG 或 PDF");
        byte[] large = Arrays.copyOf(PDF, EvidenceFiles.MAX_BYTES + 1);
        ResponseEntity<Map<String, Object>> tooLarge = fulfil("secretary-organs", pair, funds("100", "拨付资金"), "凭证.pdf", large);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(String.valueOf(tooLarge.getBody().get("detail"))).containsAnyOf("过大", "最多");
        assertRefused(fulfil("secretary-sanhu", pair, funds("100", "拨付资金"), null, null), 403, "帮扶单位");
        assertRefused(fulfil("secretary-xinan", pair, funds("100", "拨付资金"), null, null), 404, "找不到编号为");
        assertThat(fulfilments()).as("nothing half saved").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from act_ru_task where task_def_key_ = 'Task_ConfirmReceipt'").query(Long.class).single()).isZero();
    }

    @Test
    void theVillageDisputesInTasklistAndTheHelperCorrectsAndTheVillageConfirms() {
        Http http = http();
        long pair = pair("organs-b06", "wulashan-sanhu");
        ResponseEntity<Map<String, Object>> recorded = fulfil("secretary-organs", pair, funds("12000", "拨付村道硬化资金"), "拨款凭证.pdf", PDF);
        assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
        List<Map<String, Object>> records = (List<Map<String, Object>>) recorded.getBody().get("fulfilments");
        assertThat(records).hasSize(1);
        Map<String, Object> fulfilment = records.get(0);
        String process = fulfilment.get("processInstanceId").toString();
        Map<String, Object> evidence = ((List<Map<String, Object>>) fulfilment.get("evidence")).get(0);
        assertThat(evidence.get("contentType")).isEqualTo("application/pdf");
        ResponseEntity<byte[]> file = http.as("secretary-sanhu").get().uri("/api/pairing/fulfilments/" + fulfilment.get("id") + "/evidence/"
                + evidence.get("id")).retrieve().toEntity(byte[].class);
        assertThat(file.getBody()).isEqualTo(PDF);
        assertThat(http.as("secretary-xinan").get().uri("/api/pairing/fulfilments/" + fulfilment.get("id") + "/evidence/" + evidence.get("id"))
                .retrieve().toEntity(byte[].class).getStatusCode().value()).isEqualTo(404);

        String confirm = taskId("secretary-sanhu", "Task_ConfirmReceipt", process);
        ResponseEntity<JsonNode> noNote = http.submitTaskForm("secretary-sanhu", confirm, Map.of("receipt", Map.of("value", "DISPUTED")));
        Http.assertRefused(noNote, 400, "异议说明");
        ResponseEntity<JsonNode> badChoice = http.submitTaskForm("secretary-sanhu", confirm, Map.of("receipt", Map.of("value", "MAYBE")));
        assertThat(badChoice.getStatusCode().value()).isEqualTo(400);
        http.completeTaskForm("secretary-sanhu", confirm, Map.of("receipt", Map.of("value", "DISPUTED"),
                "receiptNote", Map.of("value", "实际收到 10000 元。")));

        String explain = taskId("secretary-organs", "Task_ExplainFulfilment", process);
        assertThat(http.formVariables("secretary-organs", explain).path("receiptNote").path("value").asText()).isEqualTo("实际收到 10000 元。");
        Http.assertRefused(http.submitTaskForm("secretary-organs", explain, Map.of("explanation", Map.of("value", "有误"),
                "correctedAmount", Map.of("value", "-1"))), 400, "应大于零");
        http.completeTaskForm("secretary-organs", explain, Map.of("explanation", Map.of("value", "登记有误，实拨 10000 元。"),
                "correctedAmount", Map.of("value", "10000")));

        String again = taskId("secretary-sanhu", "Task_ConfirmReceipt", process);
        assertThat(http.formVariables("secretary-sanhu", again).path("explanation").path("value").asText()).contains("实拨 10000 元");
        http.completeTaskForm("secretary-sanhu", again, Map.of("receipt", Map.of("value", "CONFIRMED")));
        Map<String, Object> detail = http.get("secretary-sanhu", "/api/pairing/pairs/" + pair + "?year=2010").getBody();
        Map<String, Object> progress = (Map<String, Object>) detail.get("progress");
        assertThat(new java.math.BigDecimal(progress.get("confirmedFunds").toString())).isEqualByComparingTo("10000");
        Map<String, Object> record = ((List<Map<String, Object>>) detail.get("fulfilments")).get(0);
        assertThat(record.get("status")).isEqualTo("CONFIRMED");
        assertThat(record.get("disputeNote")).isEqualTo("实际收到 10000 元。");

        List<Map<String, Object>> cases = (List<Map<String, Object>>) http.get("secretary-sanhu", "/api/workbench/cases?kind=PAIRING").getBody()
                .get("content");
        assertThat(cases).anySatisfy(c -> assertThat(c.get("status")).isEqualTo("CONFIRMED"));
    }

    private String taskId(String user, String key, String process) {
        JsonNode tasks = http().as(user).get().uri("/engine-rest/task?taskDefinitionKey=" + key + "&assignee=" + user + "&maxResults=10&processInstanceId="
                + process).retrieve().body(JsonNode.class);
        assertThat(tasks.isArray()).as("%s", tasks).isTrue();
        assertThat(tasks.size()).as("open %s of %s", key, user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
