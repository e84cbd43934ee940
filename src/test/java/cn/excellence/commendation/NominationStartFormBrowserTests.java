package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.TASK_TOWNSHIP_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

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

import cn.excellence.support.Browser;

/** A village secretary nominates in Tasklist: 启动流程 → 评先推荐 → the Chinese start form → the township secretary's review. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class NominationStartFormBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    JdbcClient jdbc;

    static void logIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/default/");
        browser.type(By.cssSelector("input[ng-model='username']"), user);
        browser.type(By.cssSelector("input[ng-model='password']"), user);
        browser.waitForClickable(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    static By field(String label, String tag) {
        return By.xpath("//label[contains(normalize-space(), '" + label + "')]/following::" + tag + "[1]");
    }

    @Test
    void aVillageSecretaryNominatesFromTasklistsStartProcess() {
        long campaignId = new CommendationTestSupport(engine, campaigns, nominations, jdbc).openSourceCampaign();
        try (Browser browser = Browser.open(port, "start-nomination", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            browser.waitForClickable(By.xpath("//a[contains(normalize-space(), '启动流程')]")).click();
            browser.waitForClickable(By.xpath("//*[contains(@class, 'modal')]//a[normalize-space() = '评先推荐']")).click();
            browser.type(field("评先表彰活动编号", "input"), String.valueOf(campaignId));
            browser.waitForClickable(By.xpath("//label[normalize-space() = '“五个好”嘎查村党组织']")).click();
            browser.type(field("推荐组织代码", "input"), "wulashan-sanhu");
            browser.type(field("备注", "textarea"), "无");
            browser.type(field("事迹", "textarea"), "太短");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 20 个字");
            browser.screenshot("form-message-in-chinese");
            browser.type(field("事迹", "textarea"), CommendationTestSupport.DEEDS);
            browser.screenshot("form-filled");
            browser.waitForClickable(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']")).click();
            browser.waitForText(By.cssSelector("body"), "流程已启动");
            browser.screenshot("started");
        }
        Map<String, Object> nomination = jdbc.sql("select * from nomination where campaign_id = ?").param(campaignId).query().singleRow();
        assertThat(nomination).containsEntry("nominee_org_code", "wulashan-sanhu").containsEntry("nominated_by", "secretary-sanhu")
                .containsEntry("status", "TOWNSHIP_REVIEW");
        String id = String.valueOf(nomination.get("id"));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_TOWNSHIP_REVIEW)
                .singleResult().getAssignee()).isEqualTo("secretary-wulashan");

        try (Browser browser = Browser.open(port, "start-nomination-township", "zh-CN")) {
            logIn(browser, "secretary-wulashan");
            browser.waitForText(By.cssSelector(".tasks-list"), "苏木镇党委审核");
            browser.screenshot("township-review-waiting");
        }
    }
}
