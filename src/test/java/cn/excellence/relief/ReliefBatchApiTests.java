package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** Relief batches through the API: sent twice, retried after a lost response, repeated on purpose, listed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefBatchApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aReliefBatchSentThreeTimesIsOneBatchAndPaysEachVeteranOnce() {
        Map<String, Object> body = Map.of("title", "七一慰问建国前老党员", "rule", "PRE1949_VETERANS", "amount", "800");

        ResponseEntity<Map<String, Object>> first = http.post("orgdept", "/api/relief-batches", body);
        ResponseEntity<Map<String, Object>> second = http.post("orgdept", "/api/relief-batches", body);
        ResponseEntity<Map<String, Object>> third = http.post("orgdept2", "/api/relief-batches", Map.of("title", "再发一次", "rule",
                "PRE1949_VETERANS", "amount", "800.00"));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Object id = first.getBody().get("id");
        for (ResponseEntity<Map<String, Object>> repeated : List.of(second, third)) {
            assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat((String) repeated.getBody().get("detail")).contains("与批量救助 " + id, "repeatOf");
        }
        assertThat(jdbc.sql("select count(*) from relief_batch where amount_fen = 80000").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*), count(distinct reference) from fund_ledger where fund_code = 'HARDSHIP_RELIEF' and amount_fen = 80000")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(23L, 23L);
        assertThat(http.get("orgdept", "/api/relief-batches/" + id).getBody()).containsEntry("paid", 23).containsEntry("status", "PAID");
    }

    @Test
    void theSameListAgainIsPaidOnlyWhenTheRequestNamesTheBatchItRepeats() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'xianfeng%' order by id limit 4")
                .query(Long.class).list();
        Map<String, Object> body = new HashMap<>(Map.of("title", "春节慰问困难党员", "rule", "LIST", "memberIds", members, "amount", "300"));
        Object first = http.post("orgdept", "/api/relief-batches", body).getBody().get("id");
        List<Long> reversed = new ArrayList<>(members);
        Collections.reverse(reversed);
        body.put("memberIds", reversed);

        assertThat(http.post("orgdept", "/api/relief-batches", body).getStatusCode()).as("the same list in another order")
                .isEqualTo(HttpStatus.CONFLICT);
        body.put("repeatOf", first);
        ResponseEntity<Map<String, Object>> repeat = http.post("orgdept", "/api/relief-batches", body);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getBody().get("id")).isNotEqualTo(first);
        assertThat(http.post("orgdept", "/api/relief-batches", body).getStatusCode()).as("repeatOf names an older round")
                .isEqualTo(HttpStatus.CONFLICT);
        body.put("memberIds", members.subList(0, 3));
        assertThat(http.post("orgdept", "/api/relief-batches", body).getStatusCode()).as("repeatOf names a different list")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aClientRetryingAfterALostResponseGetsTheSameBatchAndFindsItInTheList() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'dashetai%' order by id limit 3")
                .query(Long.class).list();
        Map<String, Object> body = Map.of("title", "因灾困难党员慰问", "rule", "LIST", "memberIds", members, "amount", "500");
        String key = UUID.randomUUID().toString();

        ResponseEntity<Map<String, Object>> lost = http.post("orgdept", "/api/relief-batches", body, "Idempotency-Key", key);
        ResponseEntity<Map<String, Object>> retried = http.post("orgdept", "/api/relief-batches", body, "Idempotency-Key", key);
        ResponseEntity<Map<String, Object>> otherBody = http.post("orgdept", "/api/relief-batches",
                Map.of("title", "因灾困难党员慰问（改）", "rule", "LIST", "memberIds", members, "amount", "500"), "Idempotency-Key", key);

        assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("id", lost.getBody().get("id")).containsEntry("members", 3);
        assertThat(otherBody.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) otherBody.getBody().get("detail")).contains("Idempotency-Key 已用于批量救助 " + lost.getBody().get("id"));
        assertThat(http.post("orgdept", "/api/relief-batches", body, "Idempotency-Key", "x".repeat(101)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        Map<String, Object> page = http.get("orgdept", "/api/relief-batches?page=0&size=5").getBody();
        assertThat((List<Map<String, Object>>) page.get("content")).first().satisfies(newest -> assertThat(newest)
                .containsEntry("id", lost.getBody().get("id")).containsEntry("title", "因灾困难党员慰问").containsEntry("pending", 3));
        assertThat(http.get("fund1", "/api/relief-batches").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-sanhu", "/api/relief-batches").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("orgdept", "/api/relief-batches?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
