package cn.excellence.assistancefund;

import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;

/** A village secretary applies for an assistance loan in Tasklist: 启动流程 → 扶贫贴息贷款 → the Chinese start form → the township's review. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class LoanStartFormBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVillageSecretaryAppliesForALoanFromTasklistsStartProcess() {
        try (Browser browser = Browser.open(port, "start-loan", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openStartForm(browser, "扶贫贴息贷款");
            browser.waitForClickable(By.xpath("//label[normalize-space() = '专业合作社']")).click();
            fill(browser, field("申请人名称", "input"), "三湖村养殖专业合作社");
            fill(browser, field("所在组织代码", "input"), "wulashan-sanhu");
            fill(browser, field("申请金额", "input"), "80000");
            fill(browser, field("贷款期限", "input"), "200");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "不能大于 120");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("贷款期限", "input"), "24");
            fill(browser, field("贷款银行", "input"), "乌拉特前旗农村信用社");
            fill(browser, field("贷款用途", "textarea"), "扩大肉羊养殖规模，带动贫困户增收。");
            fill(browser, field("带动户数", "input"), "20");
            browser.screenshot("form-filled");
            start(browser);
            browser.screenshot("started");
        }
        Map<String, Object> loan = jdbc.sql("select * from assistance_loan where applicant_name = '三湖村养殖专业合作社'").query().singleRow();
        assertThat(loan).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW")
                .containsEntry("term_months", 24);
        assertThat(((Number) loan.get("requested_fen")).longValue()).isEqualTo(8_000_000);
        assertThat(taskService.createTaskQuery().processVariableValueEquals("loanId", loan.get("id")).singleResult().getAssignee())
                .isEqualTo("secretary-wulashan");

        try (Browser browser = Browser.open(port, "start-loan-township", "zh-CN")) {
            logIn(browser, "secretary-wulashan");
            browser.waitForText(By.cssSelector(".tasks-list"), "三湖村养殖专业合作社");
            browser.screenshot("township-review-waiting");
        }
    }
}
