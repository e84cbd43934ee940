package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.Fund;
import cn.excellence.fund.FundLedger;
import cn.excellence.support.EmbeddedPostgresConfiguration;
import cn.excellence.support.Http;

/**
 * The fund is never over-committed, on PostgreSQL, with many threads: 200 fund-committee approvals
 * racing through the engine REST for 10,000-yuan subsidies against the 1,000,000-yuan fund.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.tomcat.threads.max=64")
@ActiveProfiles(profiles = {"postgres", "test"})
@Import(EmbeddedPostgresConfiguration.class)
@DirtiesContext
class FundConcurrencyPostgresTests {

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

    @Test
    void twoHundredApprovalsReserveExactlyOneHundredSubsidies() throws Exception {
        LoanTestSupport flow = new LoanTestSupport(engine, loans);
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long id = flow.atFundReview("合作社" + i);
            tasks.add(flow.task(id, TASK_FUND_REVIEW).getId());
        }
        Http http = new Http(port);
        Map<String, Object> approval = Map.of("variables", Map.of(VAR_REVIEW_DECISION, Map.of("value", "APPROVE"),
                VAR_APPROVED_AMOUNT, Map.of("value", 200000), VAR_SUBSIDY_RATE, Map.of("value", 5), VAR_SUBSIDY_PERIODS, Map.of("value", 4)));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpStatus>> results = new ArrayList<>();
        for (String task : tasks) {
            Callable<HttpStatus> approve = () -> {
                start.await();
                return HttpStatus.valueOf(http.post("fund1", "/engine-rest/task/" + task + "/complete", approval).getStatusCode().value());
            };
            results.add(pool.submit(approve));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_RECORD_BANK_LOAN).count()).isEqualTo(100);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_FUND_SHORTAGE).count()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from assistance_loan where status = 'WAITING_FOR_FUNDS' and decline_reason like '%不足本笔所需%'")
                .query(Long.class).single()).isEqualTo(100);
        Fund fund = ledger.fund(LoanService.FUND).orElseThrow();
        assertThat(fund.committedFen()).isEqualTo(100_000_000L);
        assertThat(ledger.ledgerTotals(LoanService.FUND)[0]).isEqualTo(100_000_000L);
        assertThat(fund.availableFen()).isZero();
    }

    @Test
    void reliefBatchesSentManyTimesAtOnceOpenOneBatchEach() throws Exception {
        Http http = new Http(port);
        Map<String, Object> veterans = Map.of("title", "建国前老党员慰问金", "rule", "PRE1949_VETERANS", "amount", "600");
        Map<String, Object> elderly = Map.of("title", "农牧民老党员合作医疗", "rule", "ELDERLY_FARMERS", "referenceDate", "2010-07-01",
                "amount", "20");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Map.Entry<HttpStatus, Object>>> keyed = new ArrayList<>();
        List<Future<Map.Entry<HttpStatus, Object>>> unkeyed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keyed.add(pool.submit(() -> {
                start.await();
                var response = http.post("orgdept", "/api/relief-batches", veterans, "Idempotency-Key", "veterans-2026");
                return Map.entry(HttpStatus.valueOf(response.getStatusCode().value()), response.getBody().getOrDefault("id", ""));
            }));
            unkeyed.add(pool.submit(() -> {
                start.await();
                var response = http.post("orgdept", "/api/relief-batches", elderly);
                return Map.entry(HttpStatus.valueOf(response.getStatusCode().value()), response.getBody().getOrDefault("id", ""));
            }));
        }
        start.countDown();
        List<Map.Entry<HttpStatus, Object>> keyedResults = new ArrayList<>();
        List<HttpStatus> unkeyedStatuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            keyedResults.add(keyed.get(i).get());
            unkeyedStatuses.add(unkeyed.get(i).get().getKey());
        }
        pool.shutdown();

        assertThat(keyedResults).extracting(Map.Entry::getKey).containsOnly(HttpStatus.CREATED, HttpStatus.OK).containsOnlyOnce(HttpStatus.CREATED);
        assertThat(keyedResults).extracting(Map.Entry::getValue).containsOnly(keyedResults.get(0).getValue());
        assertThat(unkeyedStatuses).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT).containsOnlyOnce(HttpStatus.CREATED);
        assertThat(jdbc.sql("select count(*) from relief_batch").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void randomAmountsFromManyThreadsNeverDriveAvailableBelowZero() throws Exception {
        String fund = "VILLAGE_CADRE_SUBSIDY";
        Fund before = ledger.fund(fund).orElseThrow();
        Random random = new Random(7);
        AtomicLong booked = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            long amount = 1 + random.nextInt(200_000_00);
            String key = "random:" + i;
            results.add(pool.submit(() -> {
                if (ledger.reserve(fund, amount, key, "random", "随机预留", "test") == FundLedger.Outcome.BOOKED) {
                    booked.addAndGet(amount);
                }
            }));
        }
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        Fund after = ledger.fund(fund).orElseThrow();
        assertThat(after.availableFen()).isNotNegative();
        assertThat(after.committedFen() - before.committedFen()).isEqualTo(booked.get());
        assertThat(ledger.ledgerTotals(fund)[0]).isEqualTo(after.committedFen());
        assertThat(booked.get()).isLessThanOrEqualTo(before.availableFen());
    }

    @Test
    void theSamePaymentAskedTwiceAtOncePaysOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<FundLedger.Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                try {
                    return ledger.pay("HARDSHIP_RELIEF", 100_000, false, "relief:duplicate", "test", "慰问金", "test");
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    return FundLedger.Outcome.ALREADY_BOOKED;
                }
            }));
        }
        List<FundLedger.Outcome> outcomes = new ArrayList<>();
        for (Future<FundLedger.Outcome> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce(FundLedger.Outcome.BOOKED);
        assertThat(jdbc.sql("select count(*) from fund_ledger where idempotency_key = 'relief:duplicate'").query(Long.class).single()).isEqualTo(1);
        assertThat(ledger.ledgerTotals("HARDSHIP_RELIEF")[1]).isEqualTo(ledger.fund("HARDSHIP_RELIEF").orElseThrow().paidFen());
    }
}
