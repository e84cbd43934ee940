package cn.excellence.pairing;

import static cn.excellence.support.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;

/**
 * 城乡结对帮扶 on a phone (390×844) by its real users: the helper's secretary (secretary-organs) records a funds fulfilment with
 * a photo in the workbench (工具 → 结对帮扶); 三湖村's secretary disputes it in Tasklist, the helper explains and corrects it in
 * Tasklist, and 三湖村 confirms receipt; the pair's confirmed funds follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PairingBrowserTests {

    static final By NOTICE = By.id("notice");
    static final String HELPER = "secretary-organs";
    static final String VILLAGE = "secretary-sanhu";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHelperRecordsInTheWorkbenchAndTheVillageDisputesThenConfirmsInTasklist() throws Exception {
        Http http = new Http(port);
        long pair = ((Number) http.post("orgdept", "/api/pairing/pairs", Map.of("helperCode", "organs", "villageCode", "wulashan-sanhu",
                "fromYear", 2010)).getBody().get("id")).longValue();
        int year = java.time.LocalDate.now().getYear();
        assertThat(http.exchange(HELPER, HttpMethod.PUT, "/api/pairing/pairs/" + pair + "/commitments/" + year,
                Map.of("funds", "60000", "projects", List.of("建设村级活动场所"), "information", List.of("提供市场信息")),
                MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(200);
        Path photo = Files.createTempFile("evidence", ".png");
        Files.write(photo, PairingApiTests.PNG);

        try (Browser browser = Browser.openPhone(port, "pairing-phone", "zh-CN")) {
            logInWorkbench(browser, HELPER);
            browser.click(By.xpath("//nav[@id='tabs']//a[normalize-space() = '工具']"));
            browser.waitForText(By.cssSelector("#view .view-title"), "工具");
            tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '结对帮扶')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "结对帮扶");
            tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '三湖村')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "三湖村");
            new Select(browser.waitFor(By.cssSelector("form.fulfil select[name='kind']"))).selectByValue("FUNDS");
            browser.type(By.cssSelector("form.fulfil input[name='amount']"), "20000.00");
            browser.type(By.cssSelector("form.fulfil textarea[name='description']"), "拨付村级活动场所建设资金");
            browser.waitFor(By.cssSelector("form.fulfil input[name='evidence']")).sendKeys(photo.toString());
            browser.screenshot("helper-fulfilment-filled");
            tap(browser, By.cssSelector("form.fulfil button[type='submit']"));
            browser.waitForText(NOTICE, "已登记履行");
            browser.waitForText(By.cssSelector("li.fulfilment"), "待村确认");
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isEqualTo(browser.script("return window.innerWidth"));
            browser.screenshot("helper-fulfilment-recorded");

            switchUser(browser, VILLAGE);
            openTask(browser, "确认收到");
            assertInView(browser, field("履行情况", "textarea"));
            assertThat(browser.waitFor(field("履行情况", "textarea")).getDomProperty("value")).contains("20000.00 元");
            choose(browser, "有异议");
            fill(browser, field("异议说明", "textarea"), "实际到账 18000 元。");
            browser.screenshot("village-disputes");
            complete(browser, "确认收到");

            switchUser(browser, HELPER);
            openTask(browser, "说明或更正");
            assertThat(browser.waitFor(field("嘎查村的异议", "textarea")).getDomProperty("value")).isEqualTo("实际到账 18000 元。");
            fill(browser, field("说明或更正", "textarea"), "登记有误，实拨 18000 元。");
            fill(browser, field("更正后的金额", "input"), "18000");
            browser.screenshot("helper-explains");
            complete(browser, "说明或更正");

            switchUser(browser, VILLAGE);
            openTask(browser, "确认收到");
            assertThat(browser.waitFor(field("帮扶单位的说明或更正", "textarea")).getDomProperty("value")).contains("实拨 18000 元");
            choose(browser, "确认收到");
            complete(browser, "确认收到");
        }
        Map<String, Object> record = jdbc.sql("select status, amount_fen from pairing_fulfilment where pair_id = ?").param(pair).query().singleRow();
        assertThat(record.values().stream().map(String::valueOf).toList()).containsExactly("CONFIRMED", "1800000");
        assertThat(jdbc.sql("select count(*) from pairing_evidence e join pairing_fulfilment f on f.id = e.fulfilment_id where f.pair_id = ?")
                .param(pair).query(Long.class).single()).isEqualTo(1);
        Map<?, ?> progress = (Map<?, ?>) http.get(VILLAGE, "/api/pairing/pairs/" + pair + "?year=" + year).getBody().get("progress");
        assertThat(new java.math.BigDecimal(progress.get("confirmedFunds").toString())).isEqualByComparingTo("18000");
    }

    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }

    private static void logInWorkbench(Browser browser, String user) {
        browser.go("/workbench/");
        browser.waitFor(By.id("login-form"));
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), user);
        browser.click(By.id("login-submit"));
        browser.waitUntil(d -> user.equals(d.findElement(By.id("user")).getAttribute("data-user")));
    }
}
