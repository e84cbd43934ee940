package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.StartForm;

/** 批量救助 started through its start form (what Tasklist's 启动流程 posts): the same batch as the API opens, the same refusals, or nothing. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefBatchStartFormTests {

    private final Http http;
    private final StartForm startForm;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final ReliefBatchService batches;

    @Autowired
    ReliefBatchStartFormTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc, ReliefBatchService batches) {
        this.http = new Http(port);
        this.startForm = http.startForm("HardshipReliefBatch", "orgdept");
        this.engine = engine;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Test
    void orgDeptOpensABatchThroughTheStartFormAsThroughTheApiAndItPays() {
        ResponseEntity<JsonNode> started = startForm.submit("orgdept", form("七一慰问建国前老党员", "PRE1949_VETERANS", null, null, "600.50", null));

        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        long id = batchId(started);
        assertThat(started.getBody().path("businessKey").asText()).as("Cockpit's key").isEqualTo("批量救助·七一慰问建国前老党员·#" + id);
        Map<String, Object> batch = jdbc.sql("select * from relief_batch where id = ?").param(id).query().singleRow();
        assertThat(batch).containsEntry("created_by", "orgdept").containsEntry("title", "七一慰问建国前老党员");
        assertThat(((Number) batch.get("amount_fen")).longValue()).isEqualTo(60_050);
        assertThat(variables(id)).as("the variables of a batch the API opened").isEqualTo(Map.of("batchId", id));

        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        ReliefBatchView paid = batches.progress(id);
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.paid()).isEqualTo(23);
        assertThat(jdbc.sql("select count(*), count(distinct reference) from fund_ledger where fund_code = 'HARDSHIP_RELIEF' and amount_fen = 60050")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(23L, 23L);
    }

    @Test
    void aListAndAnAgeRuleAreTypedInTheForm() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'xinan%' order by id limit 3").query(Long.class).list();
        ResponseEntity<JsonNode> list = startForm.submit("orgdept", form("因灾困难党员慰问", "LIST", null,
                members.get(0) + "\n" + members.get(1) + "，" + members.get(2) + "\n", "300", null));
        ResponseEntity<JsonNode> elderly = startForm.submit("orgdept2", form("农牧民老党员慰问", "ELDERLY_FARMERS", "2010-07-01", null, "50", null));

        assertThat(list.getStatusCode().value()).as(String.valueOf(list.getBody())).isEqualTo(200);
        assertThat(jdbc.sql("select member_id from relief_batch_item where batch_id = ? order by member_id")
                .param(batchId(list)).query(Long.class).list()).isEqualTo(members);
        assertThat(elderly.getStatusCode().value()).as(String.valueOf(elderly.getBody())).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from relief_batch_item where batch_id = ?")
                .param(batchId(elderly)).query(Long.class).single()).isEqualTo(1257L);
    }

    @Test
    void aBatchLikeAnEarlierOneIsRefusedAsByTheApiUnlessItNamesTheOneItRepeats() {
        ResponseEntity<JsonNode> first = startForm.submit("orgdept", form("春节慰问建国前老党员", "PRE1949_VETERANS", null, null, "1000", null));
        String id = String.valueOf(batchId(first));
        long before = batchCount();
        long instances = instanceCount();

        ResponseEntity<JsonNode> again = startForm.submit("orgdept2", form("再发一次", "PRE1949_VETERANS", null, null, "1000.00", null));

        assertThat(again.getStatusCode().value()).as(String.valueOf(again.getBody())).isEqualTo(409);
        assertThat(again.getBody().path("message").asText()).contains("与批量救助 " + id + "（春节慰问建国前老党员", "为免重复发放已拒绝");
        assertThat(batchCount()).isEqualTo(before);
        assertThat(instanceCount()).isEqualTo(instances);

        ResponseEntity<JsonNode> api = http.as("orgdept").post().uri("/api/relief-batches").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", "接口再发", "rule", "PRE1949_VETERANS", "amount", "1000")).retrieve().toEntity(JsonNode.class);
        assertThat(api.getStatusCode().value()).isEqualTo(409);
        assertThat(api.getBody().path("detail").asText()).isEqualTo(again.getBody().path("message").asText());

        ResponseEntity<JsonNode> repeat = startForm.submit("orgdept", form("春节慰问建国前老党员（第二次）", "PRE1949_VETERANS", null, null, "1000", id));
        assertThat(repeat.getStatusCode().value()).as(String.valueOf(repeat.getBody())).isEqualTo(200);
        assertThat(batchId(repeat)).isNotEqualTo(Long.parseLong(id));
    }

    @Test
    void aRefusedStartSavesNothingAndSaysWhyInChinese() {
        long before = batchCount();
        long instances = instanceCount();

        startForm.assertRefused(form("短", "PRE1949_VETERANS", null, null, "100", null), 400, "标题");
        startForm.assertRefused(form("慰问", "EVERYONE", null, null, "100", null), 400, "发放对象");
        startForm.assertRefused(form("慰问", null, null, null, "100", null), 400, "请选择“发放对象”");
        startForm.assertRefused(form("慰问", "PRE1949_VETERANS", null, null, "0", null), 400, "每人金额");
        startForm.assertRefused(form("慰问", "PRE1949_VETERANS", null, null, "100000001", null), 400, "每人金额");
        startForm.assertRefused(form("慰问", "PRE1949_VETERANS", null, null, null, null), 400, "每人金额");
        startForm.assertRefused(form("慰问", "ELDERLY_FARMERS", null, null, "100", null), 400, "基准日期");
        startForm.assertRefused(form("慰问", "ELDERLY_FARMERS", "2010-13-01", null, "100", null), 400, "基准日期");
        startForm.assertRefused(form("慰问", "LIST", null, null, "100", null), 400, "按此规则选出 0 人");
        startForm.assertRefused(form("慰问", "LIST", null, "12, 张三", "100", null), 400, "“党员编号名单”中的“张三”不是党员编号");
        startForm.assertRefused(form("慰问", "LIST", null, "999999999", "100", null), 400, "名单中有 1 个党员编号不存在");
        startForm.assertRefused(form("慰问", "PRE1949_VETERANS", null, null, "100", "0"), 400, "再次发放所依据的批次编号");
        startForm.assertRefused(form("慰问", "PRE1949_VETERANS", null, null, "100", "5"), 409, "不能作为再次发放的依据");

        assertThat(batchCount()).isEqualTo(before);
        assertThat(instanceCount()).isEqualTo(instances);
    }

    @Test
    void onlyOrgDeptCanStartIt() {
        long before = batchCount();
        for (String user : List.of("secretary-sanhu", "secretary-wulashan", "fund1")) {
            assertThat(startForm.submit(user, form("慰问建国前老党员", "PRE1949_VETERANS", null, null, "100", null)).getStatusCode().value()).as(user)
                    .isEqualTo(403);
        }
        assertThat(batchCount()).isEqualTo(before);
    }

    /** The values as Tasklist sends them: text, the date as text, numbers as Double (null: the field left empty). */
    private static Map<String, Object> form(String title, String rule, String referenceDate, String memberIds, String amount, String repeatOf) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", Map.of("value", title, "type", "String"));
        if (rule != null) {
            variables.put("rule", Map.of("value", rule, "type", "String"));
        }
        if (referenceDate != null) {
            variables.put("referenceDate", Map.of("value", referenceDate, "type", "String"));
        }
        if (memberIds != null) {
            variables.put("memberIds", Map.of("value", memberIds, "type", "String"));
        }
        if (amount != null) {
            variables.put("amount", Map.of("value", new BigDecimal(amount).doubleValue(), "type", "Double"));
        }
        if (repeatOf != null) {
            variables.put("repeatOf", Map.of("value", Long.valueOf(repeatOf), "type", "Long"));
        }
        return variables;
    }

    private long batchId(ResponseEntity<JsonNode> started) {
        return ((Number) engine.getRuntimeService().getVariable(started.getBody().path("id").asText(), "batchId")).longValue();
    }

    private Map<String, Object> variables(long id) {
        return engine.getRuntimeService().getVariables(engine.getRuntimeService().createProcessInstanceQuery()
                .variableValueEquals("batchId", id).processDefinitionKey("HardshipReliefBatch").singleResult().getId());
    }

    private long batchCount() {
        return jdbc.sql("select count(*) from relief_batch").query(Long.class).single();
    }

    private long instanceCount() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("HardshipReliefBatch").count();
    }
}
