package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.TASK_TOWNSHIP_REVIEW;
import static cn.excellence.commendation.CommendationProcess.VAR_NOMINATION_ID;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.start;
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

    @Test
    void aVillageSecretaryNominatesFromTasklistsStartProcess() {
        long campaignId = new CommendationTestSupport(engine, campaigns, nominations, jdbc).openSourceCampaign();
        try (Browser browser = Browser.open(port, "start-nomination", "zh-CN")) {
            logIn(browser, "secretary-sanhu");
            openStartForm(browser, "评先推荐");
            fill(browser, field("评先表彰活动编号", "input"), String.valueOf(campaignId));
            browser.click(By.xpath("//label[normalize-space() = '“五个好”嘎查村党组织']"));
            fill(browser, field("推荐组织代码", "input"), "wulashan-sanhu");
            fill(browser, field("备注", "textarea"), "无");
            fill(browser, field("事迹", "textarea"), "太短");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 20 个字");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("事迹", "textarea"), CommendationTestSupport.DEEDS);
            browser.screenshot("form-filled");
            start(browser);
            browser.screenshot("started");
        }
        Map<String, Object> nomination = jdbc.sql("select * from nomination where campaign_id = ?").param(campaignId).query().singleRow();
        assertThat(nomination).containsEntry("nominee_org_code", "wulashan-sanhu").containsEntry("nominated_by", "secretary-sanhu")
                .containsEntry("status", "TOWNSHIP_REVIEW");
        assertThat(engine.getTaskService().createTaskQuery().processVariableValueEquals(VAR_NOMINATION_ID, nomination.get("id"))
                .taskDefinitionKey(TASK_TOWNSHIP_REVIEW)
                .singleResult().getAssignee()).isEqualTo("secretary-wulashan");

        try (Browser browser = Browser.open(port, "start-nomination-township", "zh-CN")) {
            logIn(browser, "secretary-wulashan");
            browser.waitForText(By.cssSelector(".tasks-list"), "苏木镇党委审核");
            browser.screenshot("township-review-waiting");
        }
    }
}
