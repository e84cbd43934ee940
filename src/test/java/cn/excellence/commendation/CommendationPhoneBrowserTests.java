package cn.excellence.commendation;

import static cn.excellence.support.Tasklist.assertInView;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.start;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.Tasklist;

/**
 * A whole commendation campaign on a phone (390×844), in Chinese, every step by its real user in Tasklist: org-dept
 * opens the campaign through its start form, a village secretary nominates through 评先推荐, the township returns it
 * once and the secretary revises it, the township approves, org-dept approves (its review opens empty), the deadline
 * passes, org-dept selects within the quotas, the standing committee approves the list, the public notice page takes
 * an objection from anyone, org-dept verifies it, the notice period ends and the commendation is issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class CommendationPhoneBrowserTests {

    private static final String TITLE = "2026年“七一”创先争优表彰（手机）";
    private static final String NOMINEE = "乌拉山镇三湖村党支部";
    private static final String RETURN_REASON = "事迹过于笼统，请补充三湖村党支部带领群众发展产业的具体数据，如合作社户数和人均增收。";
    private static final String REVISED_DEEDS = "三湖村党支部带领党员群众发展特色种植产业，组建合作社 3 个，带动 126 户农牧民人均增收 1200 元，组织生活规范，群众满意度高。";
    private static final String OBJECTION = "听说该村去年账目公开不及时，请组织部核实。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void aWholeCampaignWorksOnAPhoneForEachOfItsUsers() {
        LocalDate deadline = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(7);
        long campaignId;
        long nominationId;
        try (Browser browser = Browser.openPhone(port, "commendation-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
            openStartForm(browser, "评先表彰活动");
            fill(browser, field("年度", "input"), "2026");
            fill(browser, field("标题", "input"), TITLE);
            WebElement date = browser.waitForClickable(By.cssSelector(".fjs-form-field-datetime input[placeholder='mm/dd/yyyy']"));
            date.click();
            date.sendKeys(deadline.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
            assertThat(browser.waitFor(field("“五个好”嘎查村党组织名额", "input")).getDomProperty("value")).as("the source's quota").isEqualTo("9");
            browser.screenshot("orgdept-campaign-start-form");
            start(browser);
            browser.screenshot("orgdept-campaign-started");
            campaignId = jdbc.sql("select id from commendation_campaign where title = ?").param(TITLE).query(Long.class).single();

            switchUser(browser, "secretary-sanhu");
            openStartForm(browser, "评先推荐");
            fill(browser, field("评先表彰活动编号", "input"), String.valueOf(campaignId));
            choose(browser, "“五个好”嘎查村党组织");
            fill(browser, field("推荐组织代码", "input"), "wulashan-sanhu");
            fill(browser, field("事迹", "textarea"), CommendationTestSupport.DEEDS);
            browser.screenshot("secretary-nomination-form");
            start(browser);
            nominationId = jdbc.sql("select id from nomination where campaign_id = ?").param(campaignId).query(Long.class).single();

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇党委审核");
            assertInView(browser, By.cssSelector(".task-details h2.task"));
            choose(browser, "退回修改");
            fill(browser, field("审核意见说明", "textarea"), RETURN_REASON);
            browser.screenshot("township-returns");
            complete(browser, "苏木镇党委审核");

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "修改推荐材料");
            assertThat(browser.waitFor(By.xpath("//*[contains(@class, 'task-details')]//textarea")).getDomProperty("value"))
                    .as("the township's reason").isEqualTo(RETURN_REASON);
            fill(browser, field("事迹", "textarea"), REVISED_DEEDS);
            browser.screenshot("secretary-revises");
            complete(browser, "修改推荐材料");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇党委审核");
            assertNoDecisionChosen(browser);
            choose(browser, "同意");
            browser.screenshot("township-approves");
            complete(browser, "苏木镇党委审核");

            switchUser(browser, "orgdept");
            openTask(browser, "组织部审核");
            claimIfNeeded(browser);
            assertNoDecisionChosen(browser);
            browser.screenshot("orgdept-review-opens-empty");
            choose(browser, "同意");
            complete(browser, "组织部审核");

            ProcessTestSupport.moveClock(Duration.ofDays(8));
            ProcessTestSupport.executeDueJobs(engine.getManagementService());

            switchUser(browser, "orgdept");
            openTask(browser, "按名额遴选");
            claimIfNeeded(browser);
            String option = campaigns.selectionOptions(campaignId).stream().filter(o -> o.get("value").equals(String.valueOf(nominationId)))
                    .findFirst().orElseThrow().get("label");
            choose(browser, option);
            browser.screenshot("orgdept-selects");
            complete(browser, "按名额遴选");

            switchUser(browser, "standing1");
            openTask(browser, "常委会审定名单");
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("拟表彰名单", "textarea")).getDomProperty("value")).contains(NOMINEE);
            choose(browser, "同意，进入公示");
            browser.screenshot("standing-committee-approves");
            complete(browser, "常委会审定名单");
        }

        try (Browser anyone = Browser.openPhone(port, "commendation-phone-public", "zh-CN")) {
            anyone.go("/public/notices.html");
            By notice = By.xpath("//section[h2[contains(normalize-space(), '" + TITLE + "')]]");
            anyone.waitForText(notice, NOMINEE);
            assertThat(anyone.script("return document.documentElement.scrollWidth <= window.innerWidth + 1")).as("no sideways scrolling")
                    .isEqualTo(true);
            anyone.screenshot("public-notice");
            By reason = By.xpath("//section[h2[contains(normalize-space(), '" + TITLE + "')]]//textarea");
            anyone.type(reason, OBJECTION);
            anyone.click(By.xpath("//section[h2[contains(normalize-space(), '" + TITLE + "')]]//button[normalize-space() = '提交异议']"));
            anyone.waitForText(notice, "已收到您的异议");
            anyone.script("arguments[0].scrollIntoView({block: 'end'})", anyone.waitFor(By.cssSelector("section .message")));
            anyone.screenshot("public-objection-filed");
        }

        try (Browser browser = Browser.openPhone(port, "commendation-phone-verify", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openTask(browser, "核实异议");
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("异议内容", "textarea")).getDomProperty("value")).isEqualTo(OBJECTION);
            choose(browser, "不属实，维持");
            fill(browser, field("核实情况说明", "textarea"), "经核实，该村账目已按季度公开，反映问题不属实。");
            browser.screenshot("orgdept-verifies-objection");
            complete(browser, "核实异议");
        }

        ProcessTestSupport.moveClock(Duration.ofDays(14));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        Http http = new Http(port);
        ResponseEntity<List<Map<String, Object>>> roll = http.getList("orgdept", "/api/honours?year=2026");
        assertThat(roll.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(roll.getBody()).filteredOn(h -> ((Number) h.get("campaignId")).longValue() == campaignId).singleElement()
                .satisfies(h -> assertThat(h).containsEntry("recipientName", NOMINEE).containsEntry("categoryName", "“五个好”嘎查村党组织")
                        .containsEntry("nominationId", (int) nominationId));
        Map<String, Object> nomination = http.get("secretary-sanhu", "/api/nominations/" + nominationId).getBody();
        assertThat(nomination).as(String.valueOf(nomination)).containsEntry("status", "COMMENDED");
        assertThat(http.get("orgdept", "/api/commendation-campaigns/" + campaignId).getBody()).containsEntry("status", "CLOSED");
    }

    /** The review's decision radio buttons are all unselected: nothing is pre-filled from the earlier review. */
    private static void assertNoDecisionChosen(Browser browser) {
        WebElement approve = browser.waitFor(By.xpath("//*[contains(@class, 'task-details')]//label[normalize-space() = '同意']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", approve);
        assertThat(browser.all(By.cssSelector(".task-details .fjs-form input[type='radio']"))).isNotEmpty()
                .noneMatch(WebElement::isSelected);
    }
}
