package cn.excellence.loan;

import static cn.excellence.support.Tasklist.assertInView;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.start;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.Fund;
import cn.excellence.fund.FundLedger;
import cn.excellence.fund.LedgerEntry;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * An assistance loan on a phone (390×844), in Chinese, every step by its real user in Tasklist: the village
 * secretary applies through the start form (启动流程 → 扶贫贴息贷款), the township secretary reviews, the fund
 * committee sets a loan above the standing committee's threshold, the standing committee approves, the fund
 * committee records the bank loan, one subsidy period is paid, and the fund committee records the early repayment;
 * the ledger then holds exactly the one period paid. A second loan meets an exhausted fund and org-dept declines it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AssistanceLoanPhoneBrowserTests {

    private static final String APPLICANT = "三湖村养殖专业合作社";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoanService loans;
    @Autowired
    FundLedger ledger;

    @Test
    void aLoanFromApplicationToEarlyRepaymentWorksOnAPhone() {
        Fund before = ledger.fund(LoanService.FUND).orElseThrow();
        LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
        long id;
        try (Browser browser = Browser.openPhone(port, "loan-phone", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openStartForm(browser, "扶贫贴息贷款");
            browser.click(By.xpath("//label[normalize-space() = '专业合作社']"));
            fill(browser, field("申请人名称", "input"), APPLICANT);
            fill(browser, field("所在组织代码", "input"), "wulashan-sanhu");
            fill(browser, field("申请金额", "input"), "300000");
            fill(browser, field("贷款期限", "input"), "200");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "不能大于 120");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("贷款期限", "input"), "24");
            fill(browser, field("贷款银行", "input"), "乌拉特前旗农村信用社");
            fill(browser, field("贷款用途", "textarea"), "扩大肉羊养殖规模，带动贫困户增收。");
            fill(browser, field("带动户数", "input"), "20");
            browser.screenshot("start-form-filled");
            start(browser);
            browser.screenshot("started");

            Map<String, Object> loan = jdbc.sql("select * from assistance_loan where applicant_name = ?").param(APPLICANT).query().singleRow();
            assertThat(loan).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW")
                    .containsEntry("term_months", 24);
            assertThat(((Number) loan.get("requested_fen")).longValue()).isEqualTo(30_000_000);
            id = ((Number) loan.get("id")).longValue();

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇审核贷款：" + APPLICANT);
            assertInView(browser, By.cssSelector(".task-details h2.task"));
            choose(browser, "同意");
            fill(browser, field("实地查看情况", "textarea"), "实地查看：圈舍 12 栋，存栏 800 只，带动户属实。");
            complete(browser, "苏木镇审核贷款：" + APPLICANT);

            switchUser(browser, "fund1");
            openTask(browser, "扶贫资金会审核：" + APPLICANT);
            claimIfNeeded(browser);
            choose(browser, "同意");
            fill(browser, field("核定贷款金额", "input"), "300000");
            fill(browser, field("年贴息率", "input"), "4");
            fill(browser, field("贴息期数", "input"), "4");
            browser.screenshot("fund-review-filled");
            complete(browser, "扶贫资金会审核：" + APPLICANT);

            switchUser(browser, "standing1");
            openTask(browser, "常委会审批贷款：" + APPLICANT);
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("贴息总额", "input")).getDomProperty("value")).as("300000 at 4% for four quarters")
                    .isEqualTo("12000.00");
            choose(browser, "批准");
            browser.screenshot("standing-approval");
            complete(browser, "常委会审批贷款：" + APPLICANT);

            switchUser(browser, "fund1");
            openTask(browser, "登记银行放款：" + APPLICANT);
            claimIfNeeded(browser);
            fill(browser, field("借款合同编号", "input"), "NX-2026-088");
            fill(browser, field("放款日期", "input"), today.minusMonths(3).minusDays(1).toString());
            fill(browser, field("放款本金", "input"), "300000");
            browser.screenshot("bank-record-filled");
            complete(browser, "登记银行放款：" + APPLICANT);

            ProcessTestSupport.executeDueJobs(engine.getManagementService());
            assertThat(loans.loan(id).subsidyPaidPeriods()).isEqualTo(1);

            browser.go("/camunda/app/tasklist/default/");
            openTask(browser, "登记提前还款：" + APPLICANT);
            claimIfNeeded(browser);
            assertInView(browser, By.cssSelector(".task-details h2.task"));
            assertThat(browser.waitFor(field("借款合同编号", "input")).getDomProperty("value")).isEqualTo("NX-2026-088");
            fill(browser, field("提前还款日期", "input"), today.plusDays(1).toString());
            browser.click(By.xpath("//button[normalize-space() = '完成']"));
            browser.waitForText(By.cssSelector("body"), "提前还款日期不能晚于今天");
            browser.screenshot("early-repayment-refused-in-chinese");
            browser.click(By.cssSelector(".alert-danger button.close:not(.ng-hide)"));
            fill(browser, field("提前还款日期", "input"), today.toString());
            complete(browser, "登记提前还款：" + APPLICANT);
        }

        Map<String, Object> repaid = new Http(port).get("fund1", "/api/assistance-loans/" + id).getBody();
        assertThat(repaid).containsEntry("status", "REPAID_EARLY").containsEntry("repaidOn", today.toString())
                .containsEntry("subsidyPaidPeriods", 1);
        assertThat(ledger.ledger(LoanService.FUND, 0, 100)).filteredOn(e -> ("loan:" + id).equals(e.reference()))
                .extracting(LedgerEntry::type, LedgerEntry::amountFen)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.RESERVE, 1_200_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.PAYMENT, 300_000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.EntryType.RELEASE, 900_000L));
        Map<String, Object> fund = new Http(port).get("fund1", "/api/funds/" + LoanService.FUND).getBody();
        assertThat(new java.math.BigDecimal(String.valueOf(fund.get("committed")))).as("the reservation is released: committed as before")
                .isEqualByComparingTo(before.committedYuan());
        assertThat(new java.math.BigDecimal(String.valueOf(fund.get("paid")))).as("one period of 3000 yuan paid")
                .isEqualByComparingTo(before.paidYuan().add(new java.math.BigDecimal("3000")));
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals(LoanProcess.VAR_LOAN_ID, id).count()).isZero();
    }

    @Test
    void orgDeptDeclinesALoanTheExhaustedFundCannotCoverOnAPhone() {
        long available = ledger.fund(LoanService.FUND).orElseThrow().availableFen();
        ledger.reserve(LoanService.FUND, available, "test:drain-phone", "test", "测试：占用全部可用资金", "test");
        LoanTestSupport flow = new LoanTestSupport(engine, loans);
        long id = flow.atFundReview("先锋镇农机合作社");
        flow.approveTenThousandSubsidy(id);
        assertThat(loans.loan(id).status()).isEqualTo(LoanStatus.WAITING_FOR_FUNDS);

        try (Browser browser = Browser.openPhone(port, "loan-shortage-phone", "zh-CN")) {
            logIn(browser, "orgdept");
            openTask(browser, "资金不足待处理：先锋镇农机合作社");
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("原因", "textarea")).getDomProperty("value")).contains("可用余额 0.00 元", "10000.00 元");
            choose(browser, "不予贷款");
            fill(browser, field("说明", "textarea"), "本年度贴息资金已用完，明年再申请。");
            browser.screenshot("shortage-declined");
            complete(browser, "资金不足待处理：先锋镇农机合作社");
        } finally {
            ledger.release(LoanService.FUND, available, "test:drain-phone-release", "test", "测试：释放占用", "test");
        }

        assertThat(new Http(port).get("orgdept", "/api/assistance-loans/" + id).getBody()).containsEntry("status", "DECLINED");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().variableValueEquals(LoanProcess.VAR_LOAN_ID, id)
                .singleResult().getEndActivityId()).isEqualTo(LoanProcess.LOAN_DECLINED);
        assertThat(ledger.fund(LoanService.FUND).orElseThrow().availableFen()).isEqualTo(available);
    }
}
