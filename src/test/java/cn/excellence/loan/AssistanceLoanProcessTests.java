package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.fund.Fund;
import cn.excellence.fund.FundLedger;
import cn.excellence.fund.LedgerEntry;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.supervision.SupervisionProcess;

/** Every path of an assistance loan, the subsidy schedule by the engine clock, early repayment, the fund running short. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
// the monthly supervision timer fires as the clock moves (off in tests)
@TestPropertySource(properties = ProcessCoverage.EXCLUDED + "=" + SupervisionProcess.CYCLE_PROCESS)
class AssistanceLoanProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    LoanService loans;
    @Autowired
    FundLedger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EarlyRepaymentService earlyRepayments;

    static final CurrentUser FUND_COMMITTEE = new CurrentUser("fund1", List.of("fund-committee"));

    LoanTestSupport flow;

    @BeforeEach
    void setUp() {
        init(engine);
        flow = new LoanTestSupport(engine, loans);
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-07-01T10:00:00+08:00").toInstant()));
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ProcessInstance process(long id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .variableValueEquals(VAR_LOAN_ID, id).singleResult();
    }

    private void recordBankLoan(long id) {
        flow.complete(id, TASK_RECORD_BANK_LOAN, VAR_CONTRACT_NUMBER, "NX-2026-001", VAR_LOAN_DATE, "2026-07-01", VAR_PRINCIPAL, 200000L);
    }

    /** Completes 登记提前还款 as the authenticated user (a job query would need a page then, so no jobs are run). */
    private void recordEarlyRepayment(long id, String day) {
        engine.getTaskService().complete(flow.task(id, TASK_RECORD_EARLY_REPAYMENT).getId(), java.util.Map.of(VAR_REPAID_ON, day));
    }

    private long outstanding(long id) {
        return ledger.ledgerTotalsForReference("loan:" + id);
    }

    @Test
    void fourQuarterlySubsidiesArePaidThenTheLoanCloses() {
        long id = flow.atFundReview("前旗肉羊养殖专业合作社");
        assertThat(flow.task(id, TASK_FUND_REVIEW).getName()).isEqualTo("扶贫资金会审核：前旗肉羊养殖专业合作社");
        flow.approveTenThousandSubsidy(id);
        assertThat(process(id)).isWaitingAt(TASK_RECORD_BANK_LOAN).task().hasCandidateGroup("fund-committee");
        assertThat(outstanding(id)).isEqualTo(1_000_000L);
        assertThatThrownBy(() -> flow.complete(id, TASK_RECORD_BANK_LOAN, VAR_CONTRACT_NUMBER, "NX-1", VAR_LOAN_DATE, "昨天", VAR_PRINCIPAL, 1L))
                .rootCause().isInstanceOf(TaskInputException.class).hasMessageContaining("放款日期");
        recordBankLoan(id);
        ProcessInstance loan = process(id);
        assertThat(loan).isWaitingAt(SUBSIDY_DUE, TASK_RECORD_EARLY_REPAYMENT);
        assertThat(flow.task(id, TASK_RECORD_EARLY_REPAYMENT).getName()).isEqualTo("登记提前还款：前旗肉羊养殖专业合作社");
        assertThat(loan).task(TASK_RECORD_EARLY_REPAYMENT).hasCandidateGroup("fund-committee");

        for (int quarter = 1; quarter <= 4; quarter++) {
            ProcessTestSupport.moveClock(Duration.ofDays(92));
            ProcessTestSupport.executeDueJobs(engine.getManagementService());
        }

        assertThat(loan).as("the early-repayment task closes with the last period").isEnded().hasPassed(ALL_PERIODS_PAID, LOAN_CLOSED)
                .hasNotPassed(EARLY_REPAYMENT_RECORDED);
        assertThat(ledger.ledger(LoanService.FUND, 0, 100)).filteredOn(e -> ("loan:" + id).equals(e.reference()))
                .extracting(LedgerEntry::type, LedgerEntry::amountFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.RESERVE, 1_000_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.PAYMENT, 250_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.PAYMENT, 250_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.PAYMENT, 250_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.PAYMENT, 250_000L));
        assertThat(outstanding(id)).isZero();
        assertThat(loans.loan(id).status()).isEqualTo(LoanStatus.CLOSED);
    }

    @Test
    void earlyRepaymentReleasesWhatIsLeftOfTheReservation() {
        long id = flow.atFundReview("白彦花镇蔬菜协会");
        flow.approveTenThousandSubsidy(id);
        recordBankLoan(id);
        ProcessTestSupport.moveClock(Duration.ofDays(92));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        long committedBefore = ledger.fund(LoanService.FUND).orElseThrow().committedFen();

        earlyRepayments.recordToday(id, FUND_COMMITTEE);

        assertThat(process(id)).isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(REPAID_EARLY_BY_MESSAGE).count()).isOne();
        assertThat(loans.loan(id)).extracting(Loan::status, Loan::repaidOn).containsExactly(LoanStatus.REPAID_EARLY, LocalDate.parse("2026-10-01"));
        assertThat(ledger.entry("loan:" + id + ":release").orElseThrow().amountFen()).isEqualTo(750_000L);
        assertThat(ledger.fund(LoanService.FUND).orElseThrow().committedFen()).isEqualTo(committedBefore - 750_000L);
        assertThatThrownBy(() -> earlyRepayments.recordToday(id, FUND_COMMITTEE)).isInstanceOf(ApiException.class)
                .hasMessageContaining("已登记提前还款");
    }

    @Test
    void theFundCommitteeRecordsAnEarlyRepaymentThroughItsTask() {
        long id = flow.atFundReview("乌拉山镇设施农业协会");
        flow.approveTenThousandSubsidy(id);
        recordBankLoan(id);
        ProcessTestSupport.moveClock(Duration.ofDays(92));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(process(id)).isWaitingAt(SUBSIDY_DUE, TASK_RECORD_EARLY_REPAYMENT);

        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"));
        assertThatThrownBy(() -> recordEarlyRepayment(id, "2026-09-30")).as("an administrator may not")
                .rootCause().hasMessageContaining("只有扶贫资金会");
        engine.getIdentityService().setAuthentication("fund1", List.of("fund-committee"));
        try {
            for (String[] bad : new String[][] {{"2026-10-02", "不能晚于今天（2026-10-01）"}, {"2026-06-30", "不能早于放款日期 2026-07-01"},
                    {"2026-13-01", "如 2026-10-15"}, {"下个月", "提前还款日期"}}) {
                assertThatThrownBy(() -> recordEarlyRepayment(id, bad[0])).as(bad[0]).rootCause()
                        .isInstanceOf(TaskInputException.class).hasMessageContaining(bad[1]);
            }
            assertThat(loans.loan(id)).as("nothing saved by a refusal").extracting(Loan::status, Loan::repaidOn).containsExactly(LoanStatus.REPAYING, null);

            recordEarlyRepayment(id, "2026-09-30");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals(VAR_LOAN_ID, id)
                .singleResult().getEndActivityId()).isEqualTo(LOAN_CLOSED);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(EARLY_REPAYMENT_RECORDED).count()).isOne();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(
                engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals(VAR_LOAN_ID, id).singleResult().getId())
                .count()).as("the subsidy timer is gone").isZero();
        assertThat(loans.loan(id)).extracting(Loan::status, Loan::repaidOn).containsExactly(LoanStatus.REPAID_EARLY, LocalDate.parse("2026-09-30"));
        assertThat(ledger.entry("loan:" + id + ":release").orElseThrow().amountFen()).isEqualTo(750_000L);
        assertThat(outstanding(id)).isZero();
    }

    @Test
    void largeLoansNeedTheStandingCommitteeAndAnyReviewMayReject() {
        long large = flow.atFundReview("明安镇马铃薯合作社");
        flow.complete(large, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 300000L, VAR_SUBSIDY_RATE, 4L,
                VAR_SUBSIDY_PERIODS, 4L);
        assertThat(process(large)).isWaitingAt(TASK_STANDING_APPROVAL).task().hasCandidateGroup("standing-committee");
        assertThat(engine.getRuntimeService().getVariable(process(large).getId(), VAR_SUBSIDY_TOTAL)).as("300000 at 4% for a year")
                .isEqualTo("12000.00");
        flow.complete(large, TASK_STANDING_APPROVAL, VAR_REVIEW_DECISION, "APPROVE");
        assertThat(process(large)).isWaitingAt(TASK_RECORD_BANK_LOAN);

        long refusedByStanding = flow.atFundReview("大佘太镇葵花合作社");
        flow.complete(refusedByStanding, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_APPROVED_AMOUNT, 300000L,
                VAR_SUBSIDY_RATE, 4L, VAR_SUBSIDY_PERIODS, 4L);
        flow.complete(refusedByStanding, TASK_STANDING_APPROVAL, VAR_REVIEW_DECISION, "REJECT", VAR_REVIEW_NOTE, "风险较大。");
        assertThat(loans.loan(refusedByStanding).status()).isEqualTo(LoanStatus.REJECTED);

        long refusedByFund = flow.atFundReview("新安镇枸杞协会");
        assertThatThrownBy(() -> flow.complete(refusedByFund, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_APPROVED_AMOUNT,
                "-5", VAR_SUBSIDY_RATE, 4L, VAR_SUBSIDY_PERIODS, 4L)).rootCause().hasMessageContaining("“核定贷款金额（元）”不能小于 1");
        assertThatThrownBy(() -> flow.complete(refusedByFund, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "APPROVE", VAR_APPROVED_AMOUNT,
                "1.005", VAR_SUBSIDY_RATE, 4L, VAR_SUBSIDY_PERIODS, 4L)).rootCause().hasMessageContaining("两位小数");
        flow.complete(refusedByFund, TASK_FUND_REVIEW, VAR_REVIEW_DECISION, "REJECT", VAR_REVIEW_NOTE, "材料不全。");
        assertThat(process(refusedByFund)).isNull();

        long refusedByTownship = flow.apply("先锋镇养牛合作社", "50000");
        flow.complete(refusedByTownship, TASK_TOWNSHIP_REVIEW, VAR_REVIEW_DECISION, "REJECT", VAR_SITE_VISIT_NOTES, "实地查看：未实际经营。");
        assertThat(loans.loan(refusedByTownship).status()).isEqualTo(LoanStatus.REJECTED);
    }

    @Test
    void ineligibleApplicationsEndWithTheirReasons() {
        long tooLarge = flow.apply("乌拉山镇大型合作社", "600000");
        assertThat(loans.loan(tooLarge).status()).isEqualTo(LoanStatus.INELIGIBLE);
        assertThat(loans.loan(tooLarge).ineligibleReasons()).contains("最多 500000 元");
        long first = flow.apply("西小召镇养殖合作社", "10000");
        long second = flow.apply("西小召镇养殖合作社", "10000");
        assertThat(loans.loan(first).status()).isEqualTo(LoanStatus.TOWNSHIP_REVIEW);
        assertThat(loans.loan(second).ineligibleReasons()).contains("已有一笔");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).variableValueEquals(VAR_LOAN_ID, second)
                .singleResult().getEndActivityId()).isEqualTo(LOAN_INELIGIBLE);
    }

    @Test
    void whenTheFundCannotCoverTheSubsidyTheLoanWaitsForOrgDeptWhoRetriesOrDeclines() {
        long available = ledger.fund(LoanService.FUND).orElseThrow().availableFen();
        ledger.reserve(LoanService.FUND, available, "test:drain", "test", "测试：占用全部可用资金", "test");
        long waiting = flow.atFundReview("额尔登布拉格苏木牧民合作社");
        flow.approveTenThousandSubsidy(waiting);
        assertThat(process(waiting)).hasPassed(RESERVE_SUBSIDY).isWaitingAt(TASK_FUND_SHORTAGE).task().hasCandidateGroup("org-dept");
        assertThat(loans.loan(waiting).declineReason()).contains("可用余额 0.00 元", "10000.00 元");

        ledger.release(LoanService.FUND, 1_000_000L, "test:release-some", "test", "测试：释放一万元", "test");
        flow.complete(waiting, TASK_FUND_SHORTAGE, "shortageDecision", "RETRY");
        assertThat(process(waiting)).isWaitingAt(TASK_RECORD_BANK_LOAN);

        long declined = flow.atFundReview("小佘太镇农机合作社");
        flow.approveTenThousandSubsidy(declined);
        assertThatThrownBy(() -> flow.complete(declined, TASK_FUND_SHORTAGE, "shortageDecision", "WAIT")).rootCause()
                .isInstanceOf(TaskInputException.class);
        flow.complete(declined, TASK_FUND_SHORTAGE, "shortageDecision", "DECLINE");
        assertThat(loans.loan(declined).status()).isEqualTo(LoanStatus.DECLINED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).variableValueEquals(VAR_LOAN_ID, declined)
                .singleResult().getEndActivityId()).isEqualTo(LOAN_DECLINED);
        ledger.release(LoanService.FUND, available - 1_000_000L, "test:release-rest", "test", "测试：释放其余", "test");
    }

    @Test
    void theLedgerAlwaysAddsUpToTheFund() {
        for (Fund fund : ledger.funds()) {
            long[] totals = ledger.ledgerTotals(fund.code());
            assertThat(totals[0]).as(fund.code() + " committed").isEqualTo(fund.committedFen());
            assertThat(totals[1]).as(fund.code() + " paid").isEqualTo(fund.paidFen());
            assertThat(fund.availableFen()).isNotNegative();
        }
        assertThat(ledger.fund("POVERTY_LOAN_SUBSIDY").orElseThrow().totalYuan()).isEqualByComparingTo(new BigDecimal("1000000.00"));
        assertThat(ledger.fund("HARDSHIP_RELIEF").orElseThrow().totalYuan()).isEqualByComparingTo(new BigDecimal("247000.00"));
        assertThat(jdbc.sql("select count(*) from fund_ledger").query(Long.class).single()).isNotNegative();
    }
}
