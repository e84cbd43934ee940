package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.Fund;
import cn.excellence.fund.FundLedger;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * A batch whose payment is stuck (支付受阻): the relief fund runs short in the middle of a slice, the slice fails on every
 * try, the batch says so and why; org-dept frees the money and retries; the batch completes, each member paid once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefBatchRetryTests {

    private static final long AMOUNT_FEN = 30_000;

    final Http http;
    final ProcessEngine engine;
    final JdbcClient jdbc;
    final FundLedger ledger;

    @Autowired
    ReliefBatchRetryTests(@LocalServerPort int port, ProcessEngine engine, JdbcClient jdbc, FundLedger ledger) {
        this.http = new Http(port);
        this.engine = engine;
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Test
    void aBatchStuckForWantOfMoneyShowsWhyAndOrgDeptRetriesItAfterFreeingTheMoney() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'xianfeng%' order by id desc limit 5")
                .query(Long.class).list();
        long held = leaveAvailable(ledger, 2 * AMOUNT_FEN);
        long id = ((Number) http.post("orgdept", "/api/relief-batches", Map.of("title", "重试测试慰问", "rule", "LIST", "memberIds", members,
                "amount", "300")).getBody().get("id")).longValue();

        int failures = runJobsUntilStuck(engine.getManagementService());

        assertThat(failures).as("the failing slice is tried the engine's three times").isEqualTo(3);
        Map<String, Object> stuck = http.get("orgdept", "/api/relief-batches/" + id).getBody();
        assertThat(stuck).containsEntry("status", "BLOCKED").containsEntry("paid", 2).containsEntry("pending", 3);
        assertThat((String) stuck.get("blockedReason")).contains("救助基金可用余额不足", "3 人尚未支付", "重试");
        assertThat((List<Map<String, Object>>) http.get("fund1", "/api/relief-batches").getBody().get("content")).first()
                .satisfies(newest -> assertThat(newest).containsEntry("id", (int) id).containsEntry("status", "BLOCKED"));

        assertThat(http.post("secretary-sanhu", "/api/relief-batches/" + id + "/retry", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> byFundCommittee = http.post("fund1", "/api/relief-batches/" + id + "/retry", Map.of());
        assertThat(byFundCommittee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) byFundCommittee.getBody().get("detail")).contains("只有旗委组织部");
        assertThat(http.post("orgdept", "/api/relief-batches/999999/retry", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post("orgdept", "/api/relief-batches/abc/retry", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(engine.getManagementService().createJobQuery().noRetriesLeft().count()).as("a refused retry changes nothing").isOne();

        ledger.release(ReliefService.FUND, held, "test:free-relief-" + id, "test", "测试：释放", "test");
        ResponseEntity<Map<String, Object>> retried = http.post("orgdept", "/api/relief-batches/" + id + "/retry", Map.of());
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "PAYING").containsEntry("blockedReason", null);
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(http.get("orgdept", "/api/relief-batches/" + id).getBody()).containsEntry("status", "PAID").containsEntry("paid", 5);
        assertThat(jdbc.sql("select count(*), count(distinct idempotency_key), sum(amount_fen) from fund_ledger where description = ?")
                .param("批量救助 " + id).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single())
                .containsExactly(5L, 5L, 5 * AMOUNT_FEN);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        ResponseEntity<Map<String, Object>> again = http.post("orgdept", "/api/relief-batches/" + id + "/retry", Map.of());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) again.getBody().get("detail")).contains("已全部支付", "无需重试");
    }

    /** Reserves all of the relief fund but {@code available} (money committed elsewhere); returns what it reserved. */
    static long leaveAvailable(FundLedger ledger, long available) {
        Fund fund = ledger.fund(ReliefService.FUND).orElseThrow();
        long held = fund.availableFen() - available;
        ledger.reserve(ReliefService.FUND, held, "test:hold-relief-" + System.nanoTime(), "test", "测试：预留", "test");
        return held;
    }

    /** Runs jobs as the job executor would, a failing one until it has no retries left; returns how many runs failed. */
    static int runJobsUntilStuck(ManagementService management) {
        int failures = 0;
        for (List<Job> due = management.createJobQuery().executable().list(); !due.isEmpty(); due = management.createJobQuery().executable().list()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    failures++;
                }
            }
        }
        return failures;
    }
}
