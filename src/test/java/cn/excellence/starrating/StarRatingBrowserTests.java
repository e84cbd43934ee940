package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;
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

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.Tasklist;

/**
 * The star rating worked by its real users on a phone (390×844), in Chinese: org-dept starts the campaign in Tasklist,
 * 三湖村's secretary enters a member's scores in the workbench and completes 录入 and 提议 in Tasklist, 乌拉山镇's secretary
 * returns it once and then approves, org-dept confirms and verifies an objection filed on the public notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class StarRatingBrowserTests {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String RETURN_REASON = "请核实第一名党员的带头致富得分，补充佐证材料后重新提交。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BranchRatingService ratings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theStarRatingIsWorkedByItsUsersOnAPhone() {
        Http http = new Http(port);
        StarRatingFlow flow = new StarRatingFlow(engine, ratings, jdbc);
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
        try (Browser browser = Browser.openPhone(port, "star-rating-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openStartForm(browser, "星级评比");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
            fill(browser, field("年度", "input"), "2026");
            choose(browser, "牧区农区党员星级评比（嘎查村支部，一至十星）");
            date(browser, "自评截止日期", today.plusDays(20));
            date(browser, "审核截止日期", today.plusDays(30));
            browser.screenshot("campaign-start-form");
            start(browser);
            ProcessTestSupport.executeDueJobs(engine.getManagementService());
            long campaignId = jdbc.sql("select id from star_campaign").query(Long.class).single();
            BranchRating sanhu = flow.rating(campaignId, "wulashan-sanhu");
            assertThat(sanhu.secretary()).isEqualTo("secretary-sanhu");
            assertThat(sanhu.reviewer()).isEqualTo("secretary-wulashan");
            List<ScoreRow> members = ratings.sheet(sanhu.id());

            browser.forgetSession();
            browser.go("/workbench/#/tools");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "secretary-sanhu");
            browser.type(By.id("password"), "secretary-sanhu");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "secretary-sanhu".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/stars");
            tap(browser, By.xpath("//li[contains(@class,'card')]//button[contains(normalize-space(), '牧区农区党员星级评比')]"));
            tap(browser, By.xpath("//li[contains(@class,'card')]//button[contains(normalize-space(), '三湖村')]"));
            browser.waitForText(By.cssSelector("#view .view-title"), "三湖村");
            browser.screenshot("workbench-sheet");
            ScoreRow first = members.get(0);
            tap(browser, By.xpath("//li[contains(@class,'card')]//button[contains(normalize-space(), '（" + first.memberId() + "）')]"));
            browser.waitForText(By.cssSelector("#view .view-title"), first.memberName());
            List<Integer> scores = List.of(14, 9, 18, 13, 9);
            for (int i = 0; i < scores.size(); i++) {
                browser.type(By.name("score" + i), String.valueOf(scores.get(i)));
            }
            browser.type(By.name("votesGood"), "8");
            browser.type(By.name("votesFair"), "2");
            browser.type(By.name("votesAverage"), "0");
            browser.type(By.name("votesPoor"), "0");
            browser.screenshot("workbench-member-filled");
            tap(browser, By.cssSelector(".star-member button.primary"));
            browser.waitForText(By.id("notice"), "已保存：" + first.memberName());
            assertThat(ratings.sheet(sanhu.id()).get(0).itemScores()).isEqualTo(scores);

            List<Map<String, Object>> rest = members.subList(1, members.size()).stream().map(m -> entry(m.memberId(), 12)).toList();
            assertThat(http.exchange("secretary-sanhu", HttpMethod.PUT, "/api/star-ratings/branches/" + sanhu.id() + "/sheet", Map.of("rows", rest),
                    MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(200);

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "录入党员自评");
            choose(browser, "已核对全部参评党员的评分");
            browser.screenshot("enter-scores");
            complete(browser, "录入党员自评");
            switchUser(browser, "secretary-sanhu");
            openTask(browser, "支部委员会提议");
            assertThat(browser.waitFor(field("按得分计算的星级", "textarea")).getDomProperty("value")).contains("参评 " + members.size() + " 人");
            complete(browser, "支部委员会提议");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇审核");
            choose(browser, "退回修改");
            fill(browser, field("审核意见", "textarea"), RETURN_REASON);
            browser.screenshot("township-return");
            complete(browser, "苏木镇审核");

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "录入党员自评");
            assertThat(browser.waitFor(field("上次审核意见", "textarea")).getDomProperty("value")).isEqualTo(RETURN_REASON);
            choose(browser, "已核对全部参评党员的评分");
            complete(browser, "录入党员自评");
            switchUser(browser, "secretary-sanhu");
            openTask(browser, "支部委员会提议");
            fill(browser, field("调整星级", "textarea"), first.memberId() + ",9,带头发展特色种植，带动农户增收");
            complete(browser, "支部委员会提议");
            assertThat(ratings.sheet(sanhu.id()).get(0).stars()).as("82 points: 8 stars, raised by one").isEqualTo(9);

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "苏木镇审核");
            choose(browser, "通过");
            complete(browser, "苏木镇审核");

            switchUser(browser, "orgdept");
            openTask(browser, "组织部确认");
            claimIfNeeded(browser);
            choose(browser, "确认，予以公示");
            complete(browser, "组织部确认");
            ProcessTestSupport.executeDueJobs(engine.getManagementService());

            assertThat(http.post(null, "/api/public/star-notices/" + sanhu.id() + "/objections", Map.of("memberId", first.memberId(),
                    "reason", "该党员今年多次缺席组织生活，不应评为九星。")).getStatusCode().value()).isEqualTo(201);
            switchUser(browser, "orgdept");
            openTask(browser, "核实异议");
            claimIfNeeded(browser);
            assertInView(browser, By.cssSelector(".task-details h2.task"));
            choose(browser, "属实，撤销该人选");
            fill(browser, field("核实情况说明", "textarea"), "经核实，该党员全年缺席组织生活五次。");
            browser.screenshot("objection-verified");
            complete(browser, "核实异议");
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(ratings.sheet(flow.rating(jdbc.sql("select id from star_campaign").query(Long.class).single(), "wulashan-sanhu").id()).get(0)
                .withdrawnReason()).contains("缺席组织生活五次");
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(BRANCH_PROCESS).taskDefinitionKey(TASK_ORG_DEPT_CONFIRM).count())
                .isZero();
    }

    private static void date(Browser browser, String label, LocalDate day) {
        WebElement input = browser.waitForClickable(field(label, "input"));
        input.click();
        input.sendKeys(day.format(PICKER), Keys.ENTER);
        browser.script("document.activeElement.blur()");
    }

    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }

    private static Map<String, Object> entry(long memberId, int score) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("memberId", memberId);
        entry.put("participating", true);
        entry.put("scores", List.of(score, 8, score, score, 8));
        entry.put("votesGood", 6);
        entry.put("votesFair", 2);
        entry.put("votesAverage", 1);
        entry.put("votesPoor", 0);
        return entry;
    }
}
