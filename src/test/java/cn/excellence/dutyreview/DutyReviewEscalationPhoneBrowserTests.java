package cn.excellence.dutyreview;

import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The rest of the duty review on a phone (390×844), as its real users in Tasklist: too few reviewers rate before
 * the deadline, org-dept extends the rating period in 处理评议不足 (a date picked in the form), the deadline passes
 * again short of the quorum, org-dept tallies the votes in hand, the grade 差 asks for a rectification plan and the
 * secretary submits it in 提交整改方案. The report is submitted and accepted before that as the secretary and org-dept
 * through the engine's REST API (what Tasklist's 完成 posts): {@link DutyReviewPhoneBrowserTests} walks both steps in
 * Tasklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DutyReviewEscalationPhoneBrowserTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void tooFewRatingsAreExtendedThenTalliedAndThePoorGradeIsRectifiedOnAPhone() {
        long report = DutyReviewTestSupport.openRoundThroughApi(new Http(port), jdbc, "baiyanhua", DutyReviewTestSupport.FIVE_REVIEWERS);

        Http http = new Http(port);
        http.completeTaskForm("secretary-baiyanhua", task(report, DutyReviewProcess.TASK_SUBMIT_REPORT), Map.of(
                "theme", Map.of("value", "服务科学发展、服务基层群众"), "achievements", Map.of("value", "开展党员设岗定责，建成嘎查村党员活动室 12 个。"),
                "problems", Map.of("value", "部分党支部组织生活不经常，流动党员管理薄弱。"), "nextPlans", Map.of("value", "健全流动党员管理台账，推行组织生活纪实。")));
        http.completeTaskForm("orgdept", task(report, DutyReviewProcess.TASK_PRE_REVIEW), Map.of("preReviewDecision", Map.of("value", "ACCEPT")));

        try (Browser browser = Browser.openPhone(port, "duty-escalation-phone", "zh-CN")) {
            rate(browser, "plenary1", "差", "组织生活不经常，整改不到位。");
            assertThat(status(report)).isEqualTo("IN_RATING");

            ProcessTestSupport.moveClock(Duration.ofDays(14).plusMinutes(5));
            ProcessTestSupport.executeDueJobs(managementService);
            assertThat(status(report)).as("one vote of five when the rating closed").isEqualTo("ESCALATED");

            LocalDate newDeadline = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BEIJING).plusDays(3);
            switchUser(browser, "orgdept");
            openTask(browser, "处理评议不足");
            claimIfNeeded(browser);
            browser.screenshot("escalation-opened");
            choose(browser, "延长评议期限");
            String form = browser.waitFor(By.cssSelector(".task-details .fjs-form")).getText();
            assertThat(form).as("the date field speaks Chinese").contains("新的评议截止日期", "截止时刻")
                    .doesNotContain("Date", "Time");
            pickDateTime(browser, newDeadline, "17:00");
            browser.screenshot("escalation-extended");
            complete(browser, "处理评议不足");
            assertThat(status(report)).as("the rating is open again").isEqualTo("IN_RATING");
            assertThat(LocalDate.ofInstant(ratingDue(report).toInstant(), BEIJING)).isEqualTo(newDeadline);

            rate(browser, "plenary2", "差", "党员教育管理薄弱。");
            rate(browser, "plenary3", "一般", "工作有一定成效，但问题较多。");

            ProcessTestSupport.moveClock(Duration.ofDays(4));
            ProcessTestSupport.executeDueJobs(managementService);
            assertThat(status(report)).as("three votes of five by the extended deadline").isEqualTo("ESCALATED");

            switchUser(browser, "orgdept");
            openTask(browser, "处理评议不足");
            claimIfNeeded(browser);
            choose(browser, "按现有票数计票");
            complete(browser, "处理评议不足");

            switchUser(browser, "secretary-baiyanhua");
            openTask(browser, "提交整改方案");
            browser.screenshot("rectification-opened");
            fill(browser, field("整改方案", "textarea"),
                    "一、建立党支部组织生活纪实制度，每月检查；二、建立流动党员台账，年底前全部纳入管理；三、每季度向苏木镇党委报告整改进展。");
            complete(browser, "提交整改方案");
        }

        Map<String, Object> result = new Http(port).get("orgdept", "/api/duty-reports/" + report).getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) result.get("summary");
        assertThat(summary).as(String.valueOf(result)).containsEntry("status", "RECTIFICATION_SUBMITTED")
                .as("two 差 and one 一般 of three votes").containsEntry("grade", "POOR");
        assertThat(String.valueOf(result)).contains("建立党支部组织生活纪实制度");
    }

    /** Logs in as the reviewer and rates the report. */
    private static void rate(Browser browser, String reviewer, String rating, String comment) {
        switchUser(browser, reviewer);
        openTask(browser, "评议述职");
        choose(browser, rating);
        fill(browser, field("评议意见", "textarea"), comment);
        complete(browser, "评议述职");
    }

    /** Picks a date and a time in form-js's datetime field as a user types them (its date input takes MM/DD/YYYY). */
    private static void pickDateTime(Browser browser, LocalDate date, String time) {
        By dateInput = By.cssSelector(".fjs-form-field-datetime input.fjs-input[id$='-date']");
        By timeInput = By.cssSelector(".fjs-form-field-datetime input.fjs-input[id$='-time']");
        browser.type(dateInput, String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        browser.waitFor(dateInput).sendKeys(Keys.ENTER);
        browser.type(timeInput, time);
        assertThat(browser.waitFor(timeInput).getDomProperty("value")).as("a 24-hour clock").isEqualTo(time);
        browser.waitFor(timeInput).sendKeys(Keys.TAB);
    }

    /** The report's open task of this kind. */
    private String task(long report, String taskKey) {
        return taskService.createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals(DutyReviewProcess.VAR_REPORT_ID, report).singleResult().getId();
    }

    private String status(long report) {
        return jdbc.sql("select status from duty_report where id = ?").param(report).query(String.class).single();
    }

    /** The rating deadline org-dept set, as the report's process holds it. */
    private Date ratingDue(long report) {
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(DutyReviewProcess.REPORT_PROCESS)
                .variableValueEquals(DutyReviewProcess.VAR_REPORT_ID, report).singleResult().getId();
        return (Date) runtimeService.getVariable(instance, DutyReviewProcess.VAR_NEW_RATING_DUE);
    }
}
