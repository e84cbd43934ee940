package cn.excellence.relief;

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

import java.math.BigDecimal;
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

import cn.excellence.fund.FundLedger;
import cn.excellence.fund.LedgerEntry;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;

/**
 * A hardship relief on a phone (390×844), in Chinese, every step by its real user in Tasklist: the village secretary
 * applies through the start form (启动流程 → 困难党员救助; a member outside the village is refused in Chinese), the
 * township secretary agrees, org-dept approves, and the relief fund pays it with one ledger entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class HardshipReliefPhoneBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FundLedger ledger;

    @Test
    void aReliefFromApplicationToPaymentWorksOnAPhone() {
        long member = jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
        long outsider = jdbc.sql("select min(id) from party_member where organization_code like 'xixiaozhao%'").query(Long.class).single();
        BigDecimal paidBefore = new BigDecimal(String.valueOf(new Http(port).get("fund1", "/api/funds/HARDSHIP_RELIEF").getBody().get("paid")));
        long relief;
        try (Browser browser = Browser.openPhone(port, "relief-phone", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openStartForm(browser, "困难党员救助");
            fill(browser, field("党员编号", "input"), String.valueOf(outsider));
            fill(browser, field("申请理由", "textarea"), "因病致困，申请救助。");
            fill(browser, field("救助金额", "input"), "20000");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "不能大于 10000");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("救助金额", "input"), "800");
            browser.click(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']"));
            browser.waitForText(By.cssSelector("body"), "只能为本组织及下级组织的党员申请救助");
            browser.screenshot("refused-in-chinese");
            fill(browser, field("党员编号", "input"), String.valueOf(member));
            browser.screenshot("form-filled");
            start(browser);
            browser.screenshot("started");

            Map<String, Object> applied = jdbc.sql("select * from hardship_relief where member_id = ?").param(member).query().singleRow();
            assertThat(applied).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW");
            assertThat(((Number) applied.get("amount_fen")).longValue()).isEqualTo(80_000);
            relief = ((Number) applied.get("id")).longValue();
            assertThat(taskService.createTaskQuery().processVariableValueEquals("reliefId", relief).singleResult().getAssignee())
                    .isEqualTo("secretary-wulashan");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇审核救助");
            assertInView(browser, By.cssSelector(".task-details h2.task"));
            assertThat(browser.waitFor(field("救助金额", "input")).getDomProperty("value")).isEqualTo("800.00");
            choose(browser, "同意");
            browser.screenshot("township-review");
            complete(browser, "苏木镇审核救助");

            switchUser(browser, "orgdept");
            openTask(browser, "组织部审批救助");
            claimIfNeeded(browser);
            choose(browser, "同意");
            fill(browser, field("意见说明", "textarea"), "情况属实，同意救助。");
            browser.screenshot("org-dept-approval");
            complete(browser, "组织部审批救助");
        }

        assertThat(jdbc.sql("select status from hardship_relief where id = ?").param(relief).query(String.class).single()).isEqualTo("PAID");
        assertThat(ledger.entry("relief:" + relief).orElseThrow()).satisfies(entry -> {
            assertThat(entry.amountFen()).isEqualTo(80_000);
            assertThat(entry.type()).isEqualTo(LedgerEntry.EntryType.PAYMENT);
            assertThat(entry.reference()).isEqualTo("member:" + member);
        });
        BigDecimal paidAfter = new BigDecimal(String.valueOf(new Http(port).get("fund1", "/api/funds/HARDSHIP_RELIEF").getBody().get("paid")));
        assertThat(paidAfter).as("the relief fund paid exactly 800 yuan").isEqualByComparingTo(paidBefore.add(new BigDecimal("800")));
    }
}
