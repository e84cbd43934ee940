package cn.excellence.workbench;

import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.workbench.Workbench.FORM;
import static cn.excellence.workbench.Workbench.submit;
import static cn.excellence.workbench.Workbench.tab;
import static cn.excellence.workbench.Workbench.tap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;

/**
 * 发起 on a phone: a village secretary sees the processes Tasklist's 启动流程 offers them, opens 困难党员救助 and applies
 * for a member of their branch; the application is recorded to the fen and waits for the township's review, whose
 * secretary sees the unread badge and the message in the workbench's inbox; the applicant urges (催办) the review from the
 * case's timeline, once within the hour, and the township secretary finds the urge in the inbox, sets quiet hours and
 * e-mail off under 消息设置 and marks everything read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WorkbenchStartBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aVillageSecretaryAppliesForReliefFromTheWorkbench() {
        long member = jdbc.sql("select min(id) from party_member where organization_code like 'wulashan-sanhu'").query(Long.class).single();
        List<String> startable = new Http(port).startableProcessKeys("secretary-sanhu");

        try (Browser browser = Browser.openPhone(port, "workbench-start", "zh-CN")) {
            Workbench.logIn(browser, "secretary-sanhu");
            tab(browser, "发起");
            browser.waitFor(By.cssSelector("#view li.card"));
            assertThat(browser.all(By.cssSelector("#view li.card"))).as("as Tasklist's 启动流程: %s", startable).hasSize(startable.size());
            browser.screenshot("start-list");
            tap(browser, By.xpath("//li[contains(@class, 'card')]//strong[normalize-space() = '困难党员救助']"));
            browser.waitFor(FORM);
            browser.waitUntilSettled(".fjs-form");
            fill(browser, field("党员编号", "input"), String.valueOf(member));
            fill(browser, field("申请理由", "textarea"), "因病致困，申请救助。");
            fill(browser, field("救助金额", "input"), "500.5");
            browser.screenshot("relief-filled");
            assertThat(submit(browser, "困难党员救助")).startsWith("下一步：");

            // the applicant started the case, so they may urge (催办) the township's review from its timeline
            tab(browser, "我的事项");
            tap(browser, By.cssSelector("#view li.card[data-kind='RELIEF'] button"));
            browser.waitFor(By.cssSelector(".timeline .step.open form.urge"));
            browser.type(By.cssSelector(".timeline .step.open form.urge input"), "群众等着用钱，请尽快审核。");
            tap(browser, By.cssSelector(".timeline .step.open .urge-button"));
            browser.waitForText(Workbench.NOTICE, "已催办：");
            browser.waitFor(By.cssSelector(".timeline .step-urge"));
            assertThat(browser.waitFor(By.cssSelector(".timeline .step-urge")).getText()).contains("群众等着用钱，请尽快审核。");
            browser.screenshot("urged");
            tap(browser, By.cssSelector(".timeline .step.open .urge-button"));
            browser.waitForText(Workbench.NOTICE, "每小时最多催办一次");
            assertThat(browser.all(By.cssSelector(".timeline .step-urge"))).as("the second urge within the hour is refused").hasSize(1);

            Workbench.switchUser(browser, "secretary-wulashan");
            Number unread = (Number) new Http(port).get("secretary-wulashan", "/api/inbox/unread-count").getBody().get("unread");
            assertThat(unread.longValue()).as("the township's review was announced").isPositive();
            browser.waitForText(By.id("unread"), String.valueOf(unread));
            tap(browser, By.id("inbox-link"));
            browser.waitForText(By.cssSelector("#view .view-title"), "消息");
            browser.waitFor(By.cssSelector("#view li.card.unread"));
            assertThat(browser.all(By.cssSelector("#view li.card.unread"))).hasSize(unread.intValue());
            assertThat(browser.all(By.cssSelector("#view li.card.unread .card-title"))).extracting(e -> e.getText())
                    .anyMatch(title -> title.startsWith("催办："));
            browser.screenshot("inbox");

            // 消息设置 below the messages: quiet hours need both ends (the server's refusal is shown), then saved
            tap(browser, By.cssSelector(".preferences input[name='emailEnabled']"));
            new Select(browser.waitFor(By.cssSelector(".preferences select[name='quietStart']"))).selectByVisibleText("22:00");
            tap(browser, By.cssSelector(".preferences button[type='submit']"));
            browser.waitForText(Workbench.NOTICE, "免打扰时段须同时填写开始和结束时间");
            new Select(browser.waitFor(By.cssSelector(".preferences select[name='quietEnd']"))).selectByVisibleText("07:00");
            tap(browser, By.cssSelector(".preferences button[type='submit']"));
            browser.waitForText(Workbench.NOTICE, "已保存消息设置");
            browser.screenshot("preferences");
            assertThat(new Http(port).get("secretary-wulashan", "/api/notification/preferences").getBody())
                    .containsEntry("emailEnabled", false).containsEntry("dailyDigest", false)
                    .containsEntry("quietStart", "22:00").containsEntry("quietEnd", "07:00");

            tap(browser, By.cssSelector("button.read-all"));
            browser.waitUntil(d -> browser.all(By.cssSelector("#view li.card.unread")).isEmpty());
            browser.waitUntil(d -> !d.findElement(By.id("unread")).isDisplayed());
            assertThat(new Http(port).get("secretary-wulashan", "/api/inbox/unread-count").getBody()).containsEntry("unread", 0);
        }

        Map<String, Object> relief = jdbc.sql("select * from hardship_relief where member_id = ? and created_by = 'secretary-sanhu'")
                .param(member).query().singleRow();
        assertThat(relief).containsEntry("amount_fen", 50050L).containsEntry("status", "TOWNSHIP_REVIEW");
    }
}
