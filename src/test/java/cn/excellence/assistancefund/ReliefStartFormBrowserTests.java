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

/** A village secretary applies for hardship relief in Tasklist: 启动流程 → 困难党员救助 → the Chinese start form → the township's review. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReliefStartFormBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVillageSecretaryAppliesForReliefFromTasklistsStartProcess() {
        long member = jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
        long outsider = jdbc.sql("select min(id) from party_member where organization_code like 'xixiaozhao%'").query(Long.class).single();
        try (Browser browser = Browser.open(port, "start-relief", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openStartForm(browser, "困难党员救助");
            fill(browser, field("党员编号", "input"), String.valueOf(outsider));
            fill(browser, field("申请理由", "textarea"), "因病致困，申请救助。");
            fill(browser, field("救助金额", "input"), "20000");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "不能大于 10000");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("救助金额", "input"), "800");
            browser.waitForClickable(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']")).click();
            browser.waitForText(By.cssSelector("body"), "只能为本组织及下级组织的党员申请救助");
            browser.screenshot("refused-in-chinese");
            fill(browser, field("党员编号", "input"), String.valueOf(member));
            browser.screenshot("form-filled");
            start(browser);
            browser.screenshot("started");
        }
        Map<String, Object> relief = jdbc.sql("select * from hardship_relief where member_id = ?").param(member).query().singleRow();
        assertThat(relief).containsEntry("created_by", "secretary-sanhu").containsEntry("status", "TOWNSHIP_REVIEW");
        assertThat(((Number) relief.get("amount_fen")).longValue()).isEqualTo(80_000);
        assertThat(taskService.createTaskQuery().processVariableValueEquals("reliefId", relief.get("id")).singleResult().getAssignee())
                .isEqualTo("secretary-wulashan");

        try (Browser browser = Browser.open(port, "start-relief-township", "zh-CN")) {
            logIn(browser, "secretary-wulashan");
            browser.waitForText(By.cssSelector(".tasks-list"), "苏木镇审核救助");
            browser.screenshot("township-review-waiting");
        }
    }
}
