package cn.excellence.relief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

import cn.excellence.fund.FundLedger;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.workbench.Workbench;

/**
 * Org-dept on a phone (390×844) finds a relief batch stuck for want of money in the workbench's 批量救助 (支付受阻 and why),
 * frees the money and taps 重试: the batch is paid in full, each member once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefBatchRetryBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FundLedger ledger;

    @Test
    void orgDeptSeesTheStuckBatchInTheWorkbenchAndRetriesIt() {
        List<Long> members = jdbc.sql("select id from party_member where organization_code like 'dashetai%' order by id desc limit 4")
                .query(Long.class).list();
        long held = ReliefBatchRetryTests.leaveAvailable(ledger, 30_000);
        long id = ((Number) new Http(port).post("orgdept", "/api/relief-batches", Map.of("title", "手机上重试的慰问", "rule", "LIST",
                "memberIds", members, "amount", "300")).getBody().get("id")).longValue();
        ReliefBatchRetryTests.runJobsUntilStuck(engine.getManagementService());
        By batch = By.cssSelector("li.relief-batch[data-batch='" + id + "']");

        try (Browser browser = Browser.openPhone(port, "relief-retry-phone", "zh-CN")) {
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "orgdept");
            browser.type(By.id("password"), "orgdept");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "orgdept".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/tools");
            Workbench.tap(browser, By.xpath("//strong[normalize-space() = '批量救助']"));
            browser.waitForText(batch, "支付受阻");
            browser.waitForText(batch, "救助基金可用余额不足");
            browser.waitForText(batch, "已支付 1 / 4 人");
            browser.screenshot("stuck-batch");

            ledger.release(ReliefService.FUND, held, "test:free-relief-" + id, "test", "测试：释放", "test");
            Workbench.tap(browser, By.cssSelector("li.relief-batch[data-batch='" + id + "'] button.relief-retry"));
            browser.waitForText(By.id("notice"), "已重试：手机上重试的慰问");
            browser.waitForText(batch, "支付中");
            ProcessTestSupport.executeDueJobs(engine.getManagementService());
            browser.go("/workbench/#/tools");
            Workbench.tap(browser, By.xpath("//strong[normalize-space() = '批量救助']"));
            browser.waitForText(batch, "已支付 4 / 4 人");
            browser.screenshot("batch-paid");
            assertThat(browser.all(By.cssSelector("li.relief-batch[data-batch='" + id + "'] button.relief-retry"))).isEmpty();
        }
        assertThat(jdbc.sql("select count(*), count(distinct reference) from fund_ledger where description = ?").param("批量救助 " + id)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(4L, 4L);
    }
}
