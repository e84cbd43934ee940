package cn.excellence.dashboard;

import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.Tasklist;

/**
 * The dashboard on a phone (390×844) and on a laptop (1366×900) as org-dept: after the login it shows the round's figures and its chart; a
 * secretary submits the duty report in Tasklist and, reloaded, the dashboard counts it. The secretary's own
 * dashboard shows their township only. On a desktop every banner-wide section shows; a village secretary is told why
 * they see nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DashboardBrowserTests {

    private static final List<String> TOWNSHIPS = List.of("wulashan", "xinan");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void orgDeptSeesTheDutyReportArriveOnTheDashboard() {
        try (Browser browser = Browser.openPhone(port, "dashboard-phone", "zh-CN")) {
            dutyReportArrives(browser, 390);
        }
    }

    @Test
    void orgDeptSeesTheDutyReportArriveOnALaptopScreen() {
        try (Browser browser = Browser.open(port, "dashboard-1366", "zh-CN", 1366, 900)) {
            dutyReportArrives(browser, 1366);
        }
    }

    /** Org-dept sees a new round, the secretary submits the report from Tasklist, and both see the figures move. */
    private void dutyReportArrives(Browser browser, int width) {
        long round = openRound();
        logIn(browser, "orgdept");
        browser.waitForText(By.id("duty-submitted"), submitted(round));
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(submitted(round)).isEqualTo("0 / 2");
        assertThat(browser.all(By.cssSelector("#duty-chart canvas"))).as("the ECharts chart").isNotEmpty();
        assertThat(rows(browser)).containsExactlyInAnyOrderElementsOf(TOWNSHIPS);
        assertThat(browser.waitFor(By.id("funds")).isDisplayed()).isTrue();
        assertThat(browser.script("return window.innerWidth")).as("the window is %d px wide", width).isEqualTo((long) width);
        assertThat(browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .as("no sideways scrolling at %d px", width).isEqualTo(0L);
        browser.screenshot("orgdept-before");

        switchUser(browser, "secretary-wulashan");
        openTask(browser, "提交述职报告");
        fill(browser, field("活动主题/载体", "input"), "服务科学发展、服务基层群众");
        fill(browser, field("工作成效", "textarea"), "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。");
        fill(browser, field("存在问题", "textarea"), "部分嘎查村党组织活动载体单一，党员参与度不够均衡。");
        fill(browser, field("下步打算", "textarea"), "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
        complete(browser, "提交述职报告");

        browser.go("/dashboard");
        browser.waitForText(By.id("duty-submitted"), "1 / 1");
        assertThat(rows(browser)).containsExactly("wulashan");
        assertThat(browser.all(By.id("funds")).get(0).isDisplayed()).as("the funds are banner-wide").isFalse();
        browser.screenshot("secretary-own-township");

        switchUser(browser, "orgdept");
        browser.go("/dashboard");
        browser.waitForText(By.id("duty-submitted"), submitted(round));
        assertThat(submitted(round)).isEqualTo("1 / 2");
        WebElement wulashan = browser.waitFor(By.cssSelector("#duty-table tr[data-township='wulashan']"));
        assertThat(wulashan.getText()).contains(status(round, "wulashan"));
        browser.screenshot("orgdept-after");
    }

    @Test
    void onADesktopEverySectionShowsAndAVillageSecretaryIsToldWhy() {
        try (Browser browser = Browser.open(port, "dashboard-desktop", "zh-CN")) {
            logIn(browser, "orgdept");
            for (String section : List.of("supervision", "overdue", "funds", "relief")) {
                assertThat(browser.waitFor(By.id(section)).isDisplayed()).as(section).isTrue();
            }
            long availableFen = jdbc.sql("select total_fen - committed_fen - paid_fen from fund where code = 'HARDSHIP_RELIEF'")
                    .query(Long.class).single();
            browser.waitForText(By.cssSelector("#fund-cards [data-fund='HARDSHIP_RELIEF']"),
                    java.math.BigDecimal.valueOf(availableFen, 2).toPlainString());
            long batches = jdbc.sql("select count(*) from relief_batch").query(Long.class).single();
            browser.waitForText(By.id("relief-batches"), String.valueOf(batches));
            assertThat(browser.all(By.cssSelector("#supervision-chart canvas"))).isNotEmpty();
            assertThat(browser.all(By.cssSelector("#supervision-table tbody tr"))).hasSize(9);
            browser.screenshot("orgdept-desktop");

            browser.forgetSession();
            logIn(browser, "secretary-sanhu");
            browser.waitForText(By.id("status"), "工作概况只对旗委组织部、旗委各委员会和苏木镇党委书记开放");
            assertThat(browser.all(By.cssSelector("main section")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
            browser.screenshot("village-secretary-refused");
        }
    }

    private static void logIn(Browser browser, String user) {
        browser.go("/dashboard");
        browser.waitFor(By.id("login-form"));
        assertThat(browser.path()).startsWith("/admin/login?next=");
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), user);
        browser.click(By.id("login-submit"));
        browser.waitFor(By.cssSelector("header .user"));
    }

    private long openRound() {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年度述职评议", "townships", TOWNSHIPS,
                "reviewers", List.of("plenary1"), "reportDueDate", OffsetDateTime.now().plusDays(7).toString(),
                "ratingDueDate", OffsetDateTime.now().plusDays(14).toString()));
        ResponseEntity<Map<String, Object>> round = new Http(port).post("orgdept", "/api/duty-review-rounds", body);
        assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) round.getBody().get("id")).longValue();
    }

    /** "submitted / all" as the database has it. */
    private String submitted(long round) {
        long submitted = jdbc.sql("select count(*) from duty_report where round_id = ? and submitted_at is not null").param(round)
                .query(Long.class).single();
        long all = jdbc.sql("select count(*) from duty_report where round_id = ?").param(round).query(Long.class).single();
        return submitted + " / " + all;
    }

    private String status(long round, String township) {
        String status = jdbc.sql("select status from duty_report where round_id = ? and township_code = ?").params(round, township)
                .query(String.class).single();
        return cn.excellence.dutyreview.DutyReportStatus.valueOf(status).label();
    }

    private static List<String> rows(Browser browser) {
        return browser.all(By.cssSelector("#duty-table tbody tr")).stream().map(r -> r.getDomAttribute("data-township")).toList();
    }
}
