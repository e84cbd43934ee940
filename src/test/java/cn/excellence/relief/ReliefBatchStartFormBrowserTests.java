package cn.excellence.relief;

import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.ProcessTestSupport;

/** Org-dept opens a relief batch in Tasklist on a phone (390×844): 启动流程 → 批量救助 → the Chinese start form → paid member by member; the same batch again is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefBatchStartFormBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void orgDeptOpensAReliefBatchFromTasklistsStartProcessAndItPays() {
        try (Browser browser = Browser.openPhone(port, "start-relief-batch", "zh-CN")) {
            logIn(browser, "orgdept");
            openStartForm(browser, "批量救助");
            fill(browser, field("标题", "input"), "七一慰问建国前老党员");
            browser.click(By.xpath("//label[normalize-space() = '建国前老党员']"));
            fill(browser, field("每人金额", "input"), "0");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "不能小于 0.01");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("每人金额", "input"), "880");
            browser.screenshot("form-filled");
            start(browser);
            browser.screenshot("started");
        }
        Map<String, Object> batch = jdbc.sql("select * from relief_batch where title = '七一慰问建国前老党员'").query().singleRow();
        assertThat(batch).containsEntry("created_by", "orgdept").containsEntry("status", "PAYING");
        long id = ((Number) batch.get("id")).longValue();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("HardshipReliefBatch")
                .variableValueEquals("batchId", id).count()).isOne();

        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(jdbc.sql("select status from relief_batch where id = ?").param(id).query(String.class).single()).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*), count(distinct reference) from fund_ledger where fund_code = 'HARDSHIP_RELIEF' and amount_fen = 88000")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single()).containsExactly(23L, 23L);

        try (Browser browser = Browser.openPhone(port, "start-relief-batch-again", "zh-CN")) {
            logIn(browser, "orgdept2");
            openStartForm(browser, "批量救助");
            fill(browser, field("标题", "input"), "再发一次");
            browser.click(By.xpath("//label[normalize-space() = '建国前老党员']"));
            fill(browser, field("每人金额", "input"), "880");
            browser.click(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']"));
            browser.waitForText(By.cssSelector("body"), "与批量救助 " + id + "（七一慰问建国前老党员，已发放完毕）相同");
            browser.screenshot("same-batch-refused-in-chinese");
        }
        assertThat(jdbc.sql("select count(*) from relief_batch").query(Long.class).single()).isOne();
    }

    @Test
    void theAgeRuleTakesItsReferenceDateFromTheDatePicker() {
        try (Browser browser = Browser.openPhone(port, "start-relief-batch-elderly", "zh-CN")) {
            logIn(browser, "orgdept");
            openStartForm(browser, "批量救助");
            fill(browser, field("标题", "input"), "农牧民老党员参加合作医疗");
            browser.click(By.xpath("//label[contains(normalize-space(), '年满 60 周岁的农牧民党员')]"));
            WebElement date = browser.waitForClickable(By.cssSelector(".fjs-form-field-datetime input[placeholder='mm/dd/yyyy']"));
            date.click();
            date.sendKeys("07/01/2010", Keys.ENTER);
            browser.screenshot("date-typed");
            fill(browser, field("每人金额", "input"), "20");
            browser.screenshot("form-filled");
            start(browser);
        }
        long id = jdbc.sql("select id from relief_batch where title = '农牧民老党员参加合作医疗'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from relief_batch_item where batch_id = ?").param(id).query(Long.class).single()).isEqualTo(1257L);
    }
}
