package cn.excellence.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.support.AppNodes;
import cn.excellence.support.AppNodes.Node;
import cn.excellence.support.Http;
import cn.excellence.support.WebSession;

/**
 * Three application nodes (separate JVMs) on one PostgreSQL server, with the production job-executor settings
 * (application.yaml: 20 s lock, 5 s longest poll): a login made on one works on another; the fund race across nodes
 * reserves exactly what fits; every timer fires once; a node killed during task completions leaves each task open or done
 * once; {@code kill -9} of the node paying a 1,257-member relief batch: another node finishes it within 60 s, each member
 * paid exactly once. The nodes start once for all the tests, which run in order (two of them kill a node).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeTests {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String LOAN_FUND = "POVERTY_LOAN_SUBSIDY";
    /** 200,000 yuan at 5% a year for four quarters: a subsidy of 10,000 yuan. */
    private static final long SUBSIDY_FEN = 1_000_000;
    private static final Map<String, Object> FUND_APPROVAL = Map.of("variables", Map.of("reviewDecision", Map.of("value", "APPROVE"),
            "approvedAmount", Map.of("value", 200000), "subsidyRate", Map.of("value", 5), "subsidyPeriods", Map.of("value", 4)));

    private AppNodes cluster;
    private JdbcClient jdbc;
    private Node a;
    private Node b;
    private Node c;

    @BeforeAll
    void startThreeNodes() throws Exception {
        cluster = AppNodes.start("multi-node", List.of("node-a", "node-b", "node-c"),
                List.of("--excellence.supervision.monthly-start=true", "--server.tomcat.threads.max=32"));
        jdbc = cluster.jdbc();
        a = cluster.node("node-a");
        b = cluster.node("node-b");
        c = cluster.node("node-c");
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aLoginMadeOnOneNodeWorksOnAnother() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            WebSession onA = new WebSession(a.port());
            assertThat(onA.logIn("orgdept", "orgdept").statusCode()).isBetween(300, 399);
            String session = onA.cookie("SESSION");

            HttpResponse<String> onB = new WebSession(b.port()).send(HttpRequest.newBuilder(new WebSession(b.port()).uri("/api/session"))
                    .header("Cookie", "SESSION=" + session));
            HttpResponse<String> withoutCookie = new WebSession(b.port()).get("/api/session");

            assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
            assertThat(onB.body()).contains("\"orgdept\"");
            assertThat(withoutCookie.body()).doesNotContain("\"orgdept\"");
        });
    }

    @Test
    @Order(2)
    void theFundRaceAcrossNodesReservesExactlyWhatFits() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            List<Long> loans = loansAtFundReview("赛跑合作社", 10);
            jdbc.sql("update fund set total_fen = committed_fen + paid_fen + ? where code = ?").params(4 * SUBSIDY_FEN, LOAN_FUND).update();

            List<Integer> statuses = approveAtOnce(loans, List.of(a, b));

            assertThat(statuses).containsOnly(204);
            assertThat(reservations(loans)).as("reserved subsidies").isEqualTo(4);
            assertThat(tasksAt(loans, "Task_HandleFundShortage")).isEqualTo(6);
            Map<String, Object> fund = jdbc.sql("select * from fund where code = ?").param(LOAN_FUND).query().singleRow();
            assertThat(((Number) fund.get("total_fen")).longValue() - ((Number) fund.get("committed_fen")).longValue()
                    - ((Number) fund.get("paid_fen")).longValue()).as("available").isZero();
            assertThat(jdbc.sql("select coalesce(sum(case when entry_type = 'RESERVE' then amount_fen when entry_type = 'RELEASE' then -amount_fen "
                    + "when entry_type = 'PAYMENT' and from_reservation then -amount_fen else 0 end), 0) from fund_ledger where fund_code = ?")
                    .param(LOAN_FUND).query(Long.class).single()).isEqualTo(((Number) fund.get("committed_fen")).longValue());
        });
    }

    @Test
    @Order(3)
    void everyTimerFiresOnce() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            String instance = cluster.openRound(a, "wulashan");
            String reminder = cluster.makeTimerDue(b, "BoundaryEvent_SubmitReminder", instance);
            String overdue = cluster.makeTimerDue(c, "BoundaryEvent_SubmitOverdue", instance);
            String monthly = jdbc.sql("select id_ from act_ru_job where handler_type_ = 'timer-start-event' and process_def_key_ = 'SupervisionCycle'")
                    .query(String.class).single();
            AppNodes.moveDueDate(a, monthly);

            AppNodes.waitUntil(() -> succeeded(reminder) > 0 && succeeded(overdue) > 0 && succeeded(monthly) > 0, PATIENCE, "the three timers fired");
            Thread.sleep(Duration.ofSeconds(12).toMillis()); // every node polls at least twice more: nothing may fire again

            assertThat(List.of(succeeded(reminder), succeeded(overdue), succeeded(monthly))).as("successes per timer").containsOnly(1L);
            assertThat(jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'SupervisionCycle'").query(Long.class).single())
                    .as("monthly supervision runs").isOne();
            List<Map<String, Object>> reminders = jdbc.sql("select kind, recipient, count(*) as times from reminder where process_instance_id = ? "
                    + "group by kind, recipient").param(instance).query().listOfRows();
            assertThat(reminders).extracting(r -> r.get("kind")).as("a reminder and an overdue notice").hasSizeGreaterThanOrEqualTo(2);
            assertThat(reminders).extracting(r -> ((Number) r.get("times")).longValue()).as("each recorded once per recipient").containsOnly(1L);
        });
    }

    @Test
    @Order(4)
    void aNodeKilledDuringTaskCompletionsLeavesEachTaskOpenOrDoneOnce() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            List<Long> loans = loansAtFundReview("断电合作社", 16);
            jdbc.sql("update fund set total_fen = total_fen + ? where code = ?").params(100 * SUBSIDY_FEN, LOAN_FUND).update();
            ExecutorService pool = Executors.newFixedThreadPool(loans.size());
            List<Future<Integer>> inFlight = new ArrayList<>();
            Http http = c.http();
            for (long loan : loans) {
                String task = taskOf(loan, "Task_FundCommitteeReview");
                inFlight.add(pool.submit(() -> {
                    try {
                        return http.post("fund1", "/engine-rest/task/" + task + "/complete", FUND_APPROVAL).getStatusCode().value();
                    } catch (RuntimeException cutOff) {
                        return -1;
                    }
                }));
            }
            AppNodes.waitUntil(() -> reservations(loans) >= 4, PATIENCE, "the first completions committed on node-c");
            c.kill();
            for (Future<Integer> result : inFlight) {
                result.get();
            }
            pool.shutdown();

            int open = 0;
            for (long loan : loans) {
                long stillOpen = tasksAt(List.of(loan), "Task_FundCommitteeReview");
                long reserved = reservations(List.of(loan));
                long next = tasksAt(List.of(loan), "Task_RecordBankLoan");
                assertThat(List.of(stillOpen, reserved, next)).as("loan %d: open review, reservations, bank-loan task", loan)
                        .isIn(List.of(1L, 0L, 0L), List.of(0L, 1L, 1L));
                open += (int) stillOpen;
            }
            System.out.println("[multi-node] killed node-c during 16 completions: " + (loans.size() - open) + " done, " + open + " still open");
            for (long loan : loans) {
                if (tasksAt(List.of(loan), "Task_FundCommitteeReview") == 1) {
                    assertThat(a.http().post("fund1", "/engine-rest/task/" + taskOf(loan, "Task_FundCommitteeReview") + "/complete",
                            FUND_APPROVAL).getStatusCode().value()).isEqualTo(204);
                }
            }
            assertThat(reservations(loans)).as("each loan reserved once after the open ones were done on node-a").isEqualTo(loans.size());
        });
    }

    @Test
    @Order(5)
    void killingTheNodePayingAReliefBatchLetsAnotherFinishItWithinAMinutePayingEachMemberOnce() throws Exception {
        cluster.onFailurePrintLogs(() -> {
            ResponseEntity<Map<String, Object>> opened = a.http().post("orgdept", "/api/relief-batches", Map.of("title", "农牧民老党员合作医疗",
                    "rule", "ELDERLY_FARMERS", "referenceDate", "2010-07-01", "amount", "20"));
            assertThat(opened.getStatusCode()).as(String.valueOf(opened.getBody())).isEqualTo(HttpStatus.CREATED);
            long batch = ((Number) opened.getBody().get("id")).longValue();
            assertThat(((Number) opened.getBody().get("members")).longValue()).isEqualTo(1257);

            String[] owner = new String[1];
            AppNodes.waitUntil(() -> paid(batch) >= 100 && (owner[0] = lockOwner().orElse(null)) != null, PATIENCE,
                    "a slice after the first is being paid");
            Node running = cluster.node(owner[0]);
            long paidAtKill = paid(batch);
            running.kill();
            Instant killed = Instant.now();
            assertThat(paidAtKill).as("killed in the middle of the batch").isLessThan(1257);

            AppNodes.waitUntil(() -> "PAID".equals(jdbc.sql("select status from relief_batch where id = ?").param(batch).query(String.class).single()),
                    PATIENCE, "another node finished the batch");
            Duration recovery = Duration.between(killed, Instant.now());
            System.out.println("[multi-node] killed " + running.name() + " with " + paidAtKill + " of 1257 paid; the batch was paid in full "
                    + recovery.toMillis() + " ms after the kill");

            assertThat(recovery).as("from the kill to the batch's completion").isLessThan(Duration.ofSeconds(60));
            List<String> references = jdbc.sql("select reference from fund_ledger where description = ? order by reference")
                    .param("批量救助 " + batch).query(String.class).list();
            List<String> members = jdbc.sql("select concat('member:', member_id) from relief_batch_item where batch_id = ? and status = 'PAID' "
                    + "order by 1").param(batch).query(String.class).list();
            assertThat(references).as("one payment per member").hasSize(1257).doesNotHaveDuplicates();
            assertThat(new HashSet<>(references)).isEqualTo(new HashSet<>(members));
            assertThat(jdbc.sql("select sum(amount_fen) from fund_ledger where description = ?").param("批量救助 " + batch).query(Long.class).single())
                    .isEqualTo(1257L * 2000);
            assertThat(jdbc.sql("select count(*) from act_ru_incident").query(Long.class).single()).isZero();
        });
    }

    // --- the loans, through the nodes' API as their users ---

    /** {@code count} loans applied for by the village secretary and approved by the township, waiting for the fund committee. */
    private List<Long> loansAtFundReview(String name, int count) {
        List<Long> loans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Node node = i % 2 == 0 ? a : b;
            ResponseEntity<Map<String, Object>> applied = node.http().post("secretary-sanhu", "/api/assistance-loans", Map.of(
                    "applicantKind", "COOPERATIVE", "applicantName", name + i, "organizationCode", "wulashan-sanhu", "amount", "200000",
                    "termMonths", 12, "bank", "乌拉特前旗农村信用社", "purpose", "扩大肉羊养殖规模，带动贫困户增收。", "householdsHelped", 30));
            assertThat(applied.getStatusCode()).as(String.valueOf(applied.getBody())).isEqualTo(HttpStatus.CREATED);
            long loan = ((Number) applied.getBody().get("id")).longValue();
            Map<String, Object> task = jdbc.sql("""
                    select t.id_ as id, t.assignee_ as assignee from act_ru_task t join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_
                    where v.name_ = 'loanId' and v.long_ = ? and t.task_def_key_ = 'Task_TownshipLoanReview'""").param(loan).query().singleRow();
            ResponseEntity<Map<String, Object>> reviewed = node.http().post((String) task.get("assignee"), "/engine-rest/task/" + task.get("id")
                    + "/complete", Map.of("variables", Map.of("reviewDecision", Map.of("value", "APPROVE"),
                    "siteVisitNotes", Map.of("value", "实地查看：圈舍、存栏属实。"))));
            assertThat(reviewed.getStatusCode()).as(String.valueOf(reviewed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
            loans.add(loan);
        }
        return loans;
    }

    /** The fund committee approves every loan at the same moment, spread over the given nodes; the HTTP statuses. */
    private List<Integer> approveAtOnce(List<Long> loans, List<Node> nodes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(loans.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < loans.size(); i++) {
            String task = taskOf(loans.get(i), "Task_FundCommitteeReview");
            Http http = nodes.get(i % nodes.size()).http();
            results.add(pool.submit(() -> {
                start.await();
                return http.post("fund1", "/engine-rest/task/" + task + "/complete", FUND_APPROVAL).getStatusCode().value();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        return statuses;
    }

    private String taskOf(long loan, String taskKey) {
        return jdbc.sql("""
                select t.id_ from act_ru_task t join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_
                where v.name_ = 'loanId' and v.long_ = ? and t.task_def_key_ = ?""").params(loan, taskKey).query(String.class).single();
    }

    private long tasksAt(List<Long> loans, String taskKey) {
        return loans.stream().mapToLong(loan -> jdbc.sql("""
                select count(*) from act_ru_task t join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_
                where v.name_ = 'loanId' and v.long_ = ? and t.task_def_key_ = ?""").params(loan, taskKey).query(Long.class).single()).sum();
    }

    private long reservations(List<Long> loans) {
        return loans.stream().mapToLong(loan -> jdbc.sql("select count(*) from fund_ledger where idempotency_key = ?")
                .param("loan:" + loan + ":reserve").query(Long.class).single()).sum();
    }

    // --- timers ---

    private long succeeded(String job) {
        return jdbc.sql("select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2").param(job).query(Long.class).single();
    }

    // --- the relief batch ---

    private long paid(long batch) {
        return jdbc.sql("select count(*) from relief_batch_item where batch_id = ? and status = 'PAID'").param(batch).query(Long.class).single();
    }

    /** The node holding the batch's slice job right now (the job executor names its node as the lock owner). */
    private Optional<String> lockOwner() {
        return jdbc.sql("select lock_owner_ from act_ru_job where process_def_key_ = 'HardshipReliefBatch' and lock_owner_ is not null").query(String.class).optional();
    }
}
