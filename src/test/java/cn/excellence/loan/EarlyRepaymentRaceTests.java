package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.fund.FundLedger;
import cn.excellence.support.Http;

/**
 * An early repayment at the very moment the subsidy timer job runs: another node's job executor has locked the
 * timer job (its revision moves on) while the fund committee's request cancels it. The request loses the race:
 * a 409 asking to try again, nothing saved, and trying again succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class EarlyRepaymentRaceTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    LoanService loans;
    @Autowired
    FundLedger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    /** The bound of every wait here: generous, for a busy machine; each wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anEarlyRepaymentMeetingTheSubsidyJobIsAConflictToTryAgainAndSavesNothing() throws Exception {
        LoanTestSupport flow = new LoanTestSupport(engine, loans);
        long id = flow.atFundReview("西小召镇肉牛养殖合作社");
        flow.approveTenThousandSubsidy(id);
        flow.complete(id, TASK_RECORD_BANK_LOAN, VAR_CONTRACT_NUMBER, "NX-2026-031", VAR_LOAN_DATE, LocalDate.now().toString(), VAR_PRINCIPAL,
                200000L);
        String process = engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(LoanProcess.VAR_LOAN_ID, id).singleResult()
                .getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(process).singleResult();
        long committedBefore = ledger.fund(LoanService.FUND).orElseThrow().committedFen();
        String path = "/api/assistance-loans/" + id + "/early-repayment";

        CountDownLatch jobLocked = new CountDownLatch(1);
        CountDownLatch jobDone = new CountDownLatch(1);
        Future<?> jobExecutor = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update ACT_RU_JOB set REV_ = REV_ + 1, LOCK_OWNER_ = 'node-2' where ID_ = ?").param(timer.getId()).update();
            jobLocked.countDown();
            await(jobDone);
        }));
        assertThat(jobLocked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Future<ResponseEntity<Map<String, Object>>> repayment = threads.submit(() -> new Http(port).post("fund1", path, Map.of()));
        waitUntilBlockedOrDone(repayment);
        jobDone.countDown();
        jobExecutor.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        ResponseEntity<Map<String, Object>> raced = repayment.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(raced.getStatusCode()).as(String.valueOf(raced.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(raced.getBody()).containsEntry("detail", "此刻正在支付该贷款的本期贴息，提前还款未登记，请稍后重试。");
        assertThat(loans.loan(id)).as("nothing saved").extracting(Loan::status, Loan::repaidOn).containsExactly(LoanStatus.REPAYING, null);
        assertThat(ledger.entry("loan:" + id + ":release")).isEmpty();
        assertThat(ledger.fund(LoanService.FUND).orElseThrow().committedFen()).isEqualTo(committedBefore);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process).taskDefinitionKey(TASK_RECORD_EARLY_REPAYMENT).count())
                .isOne();

        ResponseEntity<Map<String, Object>> again = new Http(port).post("fund1", path, Map.of());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("status", "REPAID_EARLY");
        assertThat(ledger.entry("loan:" + id + ":release").orElseThrow().amountFen()).isEqualTo(1_000_000L);
        assertThat(ledger.fund(LoanService.FUND).orElseThrow().committedFen()).isEqualTo(committedBefore - 1_000_000L);
    }

    /** Until the request waits for the job's row lock (or has already answered). */
    private void waitUntilBlockedOrDone(Future<?> request) throws Exception {
        String product;
        try (java.sql.Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        String blocked = product.contains("PostgreSQL") ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.currentTimeMillis() + PATIENCE.toMillis();
        while (!request.isDone() && jdbc.sql(blocked).query(Long.class).single() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
