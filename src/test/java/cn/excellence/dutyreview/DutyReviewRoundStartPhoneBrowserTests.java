package cn.excellence.dutyreview;

import static cn.excellence.support.Tasklist.assertInView;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.start;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.Tasklist;

/**
 * Org-dept opens a duty-review round on a phone (390×844) in Tasklist: 启动流程 → 述职评议轮次 → the Chinese start form (two
 * townships ticked, three listed reviewers, the deadlines picked as days); a rating deadline before the report deadline is
 * refused in Chinese first. The township's secretary then finds 提交述职报告. (The rest of the review is walked in
 * {@link DutyReviewPhoneBrowserTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DutyReviewRoundStartPhoneBrowserTests {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String TITLE = "2027年度苏木镇党委书记抓基层党建工作述职评议";

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void orgDeptOpensARoundFromItsStartFormOnAPhoneAndTheSecretaryFindsTheReport() {
        LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
        try (Browser browser = Browser.openPhone(port, "duty-round-start-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openStartForm(browser, "述职评议轮次");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
            browser.screenshot("start-form");
            fill(browser, field("评议年度", "input"), "2027");
            fill(browser, field("标题", "input"), TITLE);
            choose(browser, "乌拉山镇");
            choose(browser, "新安镇");
            choose(browser, "指定评议人");
            fill(browser, field("评议人账号", "input"), "plenary1, plenary2, plenary3");
            pickDay(browser, "述职报告截止日期", today.plusDays(7));
            pickDay(browser, "评议截止日期", today.plusDays(6));
            browser.screenshot("start-form-filled");
            browser.click(By.xpath("//*[contains(@class, 'modal')]//button[normalize-space() = '开始']"));
            browser.waitForText(By.cssSelector("body"), "评议截止时间应晚于述职报告截止时间");
            WebElement refusal = browser.waitFor(By.xpath("//*[contains(text(), '评议截止时间应晚于述职报告截止时间')]"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", refusal);
            browser.screenshot("refused-in-chinese");
            pickDay(browser, "评议截止日期", today.plusDays(14));
            browser.screenshot("start-form-corrected");
            start(browser);
            browser.screenshot("started");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "提交述职报告");
            assertInView(browser, field("活动主题/载体", "input"));
            browser.screenshot("secretary-finds-the-report");
        }

        List<Map<String, Object>> rounds = new Http(port).getList("orgdept", "/api/duty-review-rounds").getBody();
        Map<String, Object> round = rounds.stream().filter(r -> TITLE.equals(r.get("title"))).findFirst().orElseThrow();
        Map<String, Object> view = new Http(port).get("orgdept", "/api/duty-review-rounds/" + round.get("id")).getBody();
        assertThat(view).as(String.valueOf(view)).containsEntry("year", 2027).containsEntry("reviewerCount", 3);
        assertThat((List<Map<String, Object>>) view.get("reports")).extracting(r -> r.get("townshipCode"))
                .containsExactlyInAnyOrder("wulashan", "xinan");
    }

    /** Types the day into a form-js date field as its picker shows it (月/日/年). */
    private static void pickDay(Browser browser, String label, LocalDate day) {
        WebElement input = browser.waitForClickable(field(label, "input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.format(PICKER), Keys.ENTER);
        browser.script("document.activeElement.blur()");
    }
}
