package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The public star notice page (/public/stars.html) used by its real user, an anonymous resident on a phone (390×844):
 * 三湖村's rating is driven to 公示 by its users, the resident reads the names and stars, files an objection to one
 * member (an empty reason is refused in Chinese on the page), org-dept upholds it in Tasklist and the member's history
 * shows the withdrawal with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class StarNoticePageBrowserTests {

    private static final int YEAR = 2029;
    private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss");
    private static final String REASON = "该党员今年多次缺席组织生活，不应评为八星。";
    private static final String NOTE = "经核实，该党员全年缺席组织生活四次。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BranchRatingService ratings;
    @Autowired
    StarCampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void aResidentReadsTheNoticeAndObjectsOnAPhoneAndOrgDeptUpholdsIt() {
        Http http = new Http(port);
        StarRatingFlow flow = new StarRatingFlow(engine, ratings, jdbc);
        long campaignId = flow.start(StarScale.MEMBER_TEN, null, YEAR);
        BranchRating sanhu = flow.rating(campaignId, "wulashan-sanhu");
        List<Criterion> items = campaigns.campaign(campaignId).enteredCriteria();
        List<ScoreRow> initial = ratings.sheet(sanhu.id());
        long firstId = initial.get(0).memberId();
        flow.enter(sanhu, row -> StarRatingFlow.scored(row.memberId(), row.memberId() == firstId ? 70 : 55, items));
        flow.submitAndConfirm(sanhu);
        assertThat(ratings.rating(sanhu.id()).status()).isEqualTo(RatingStatus.NOTICE);
        List<ScoreRow> published = ratings.sheet(sanhu.id()).stream().filter(r -> r.participating() && r.stars() != null).toList();
        assertThat(published).hasSize(initial.size());
        assertThat(published.stream().map(ScoreRow::stars).distinct()).as("different stars, so a mix-up would show").hasSizeGreaterThan(1);
        Map<?, ?> notice = http.anonymous().get().uri("/api/public/star-notices/" + sanhu.id()).retrieve().body(Map.class);
        String title = (String) notice.get("title");
        String endsAt = BEIJING.format(Instant.parse((String) notice.get("endsAt")).atZone(WorkingDayCalendar.ZONE)) + "（北京时间）";
        ScoreRow objected = published.get(published.size() - 1);

        try (Browser browser = Browser.openPhone(port, "star-notice-page", "zh-CN")) {
            browser.go("/public/stars.html");
            By section = By.xpath("//section[h2[normalize-space() = '" + title + "']]");
            browser.waitFor(section);
            assertThat(browser.all(section)).as("one notice of this branch").hasSize(1);
            assertThat(browser.waitFor(By.xpath("//section[h2[normalize-space() = '" + title + "']]/p")).getText())
                    .as("the period in Beijing time, whatever the phone's zone").contains("至 " + endsAt).contains("公示中");
            tap(browser, By.xpath("//section[h2[normalize-space() = '" + title + "']]//button[normalize-space() = '查看名单']"));
            By rows = By.xpath("//section[h2[normalize-space() = '" + title + "']]//table//tr[td]");
            browser.waitFor(rows);
            List<List<String>> shown = browser.all(rows).stream()
                    .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
            assertThat(shown).as("the names and stars of the records, in order")
                    .isEqualTo(published.stream().map(r -> List.of(r.memberName(), r.stars() + " 星")).toList());
            assertNoHorizontalScroll(browser);
            browser.screenshot("notice-list");

            By form = By.xpath("//section[h2[normalize-space() = '" + title + "']]//form");
            new Select(browser.waitFor(By.xpath("//section[h2[normalize-space() = '" + title + "']]//form//select")))
                    .selectByValue(String.valueOf(objected.memberId()));
            tap(browser, By.xpath("//section[h2[normalize-space() = '" + title + "']]//form//button[normalize-space() = '提交异议']"));
            By message = By.xpath("//section[h2[normalize-space() = '" + title + "']]//form//*[contains(@class, 'message')]");
            browser.waitForText(message, "请填写“异议内容”。");
            browser.screenshot("objection-refused");
            assertThat(jdbc.sql("select count(*) from star_objection where rating_id = ?").param(sanhu.id()).query(Long.class).single())
                    .as("nothing saved for a refused objection").isZero();

            browser.type(By.xpath("//section[h2[normalize-space() = '" + title + "']]//form//textarea"), REASON);
            tap(browser, By.xpath("//section[h2[normalize-space() = '" + title + "']]//form//button[normalize-space() = '提交异议']"));
            browser.waitForText(message, "已收到您的异议，旗委组织部将予以核实。");
            assertNoHorizontalScroll(browser);
            browser.screenshot("objection-received");
            assertThat(browser.waitFor(form).findElement(By.tagName("textarea")).getDomProperty("value")).as("emptied once received").isEmpty();
            assertThat(jdbc.sql("select member_id from star_objection where rating_id = ?").param(sanhu.id()).query(Long.class).list())
                    .containsExactly(objected.memberId());

            Tasklist.logIn(browser, "orgdept");
            openTask(browser, "核实异议：" + objected.memberName());
            claimIfNeeded(browser);
            choose(browser, "属实，撤销该人选");
            fill(browser, field("核实情况说明", "textarea"), NOTE);
            browser.screenshot("objection-upheld");
            complete(browser, "核实异议");
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        ProcessTestSupport.moveClock(Duration.ofHours(2));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        ResponseEntity<Map<String, Object>> history = http.get("orgdept", "/api/star-ratings/members/" + objected.memberId() + "/history");
        assertThat(history.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) history.getBody().get("entries");
        assertThat(entries).singleElement().satisfies(star -> {
            assertThat(star).containsEntry("status", "WITHDRAWN").containsEntry("stars", objected.stars()).containsEntry("year", YEAR);
            assertThat((String) star.get("reason")).contains("撤销").contains(NOTE);
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> others = (List<Map<String, Object>>) http.get("orgdept", "/api/star-ratings/members/" + firstId + "/history")
                .getBody().get("entries");
        assertThat(others).singleElement().satisfies(star -> assertThat(star).containsEntry("status", "CONFIRMED"));
    }

    private static void assertNoHorizontalScroll(Browser browser) {
        assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as("no horizontal scroll at 390 px").isLessThanOrEqualTo(390L);
    }

    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }
}
