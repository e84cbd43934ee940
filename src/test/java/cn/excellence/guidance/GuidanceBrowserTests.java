package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.support.Browser;
import cn.excellence.support.ProcessTestSupport;

/**
 * 指导联络 in Tasklist on a phone (390×844), each task by its real user with the engine's authorizations on, the
 * periods opened by the cadence's timers as the engine clock moves: instructor-sanhu submits a 周报告 and a 月总结,
 * org-dept rates an instructor (年度评比指导员), a 周报告 left open three days past due is chased by the township
 * secretary (督促逾期报告), the township instructor records the quarter's exchange (记录季度交流会); the workbench's
 * 指导联络 lists the submitted report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "excellence.guidance.timers=true")
@ActiveProfiles("test")
@DirtiesContext
class GuidanceBrowserTests {

    private static final String WEEKLY_PROGRESS = "走访三湖村两户困难党员，指导召开支部会。";
    private static final String MONTHLY_PROGRESS = "六月指导三湖村党支部完成换届准备。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void reportsChaseEvaluationAndExchangeAreDoneInTasklistByTheirRealUsers() {
        // the first run on the new clock: the week ending Sunday 29 June opens for the demo staff, last periods' tasks too
        at("2031-06-27T20:00:00+08:00");
        completeAs("liaison-sanhu", reportTask("liaison-sanhu", "WEEKLY", "2031-W26"),
                Map.of(VAR_PROGRESS, WEEKLY_PROGRESS, VAR_PROBLEMS, "部分党员外出务工。", VAR_NEXT_PLANS, "下周指导开展主题党日活动。"));
        engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_RECORD_EXCHANGE).list().forEach(t -> completeAs("orgdept", t,
                Map.of(VAR_MEETING_DATE, "2031-04-20", VAR_MINUTES, "一季度交流会：交流各村指导经验，部署二季度工作。", VAR_ATTENDANCE, "张三\n李四")));
        // the first run also chases what the overdue timers left open before this test: done here, as GuidanceTimerTests does
        engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CHASE).list()
                .forEach(t -> completeAs(t.getAssignee() != null ? t.getAssignee() : "orgdept", t, Map.of(VAR_CHASE_NOTE, "已电话督促。")));
        List<Task> evaluations = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_EVALUATE).list();
        assertThat(evaluations).as("the overdue annual timer opened the evaluation of the instructors").isNotEmpty();
        long ratedBefore = jdbc.sql("select count(*) from guidance_evaluation where rated_by = 'orgdept' and rating = 'EXCELLENT'")
                .query(Long.class).single();

        try (Browser browser = Browser.openPhone(port, "guidance", "zh-CN")) {
            // 提交周报告 as instructor-sanhu
            logIn(browser, "instructor-sanhu");
            openTask(browser, "提交周报告");
            fill(browser, field("本周开展情况", "textarea"), WEEKLY_PROGRESS);
            fill(browser, field("存在问题", "textarea"), "部分党员外出务工，组织生活难以集中。");
            fill(browser, field("下周打算", "textarea"), "下周指导开展主题党日活动。");
            browser.screenshot("weekly-filled");
            complete(browser, "提交周报告");
            assertThat(report("instructor-sanhu", "WEEKLY", "2031-W26")).containsEntry("STATUS", "SUBMITTED").containsEntry("LATE", false)
                    .containsEntry("PROGRESS", WEEKLY_PROGRESS);

            // 年度评比指导员 as orgdept
            switchUser(browser, "orgdept");
            openTask(browser, "年度评比指导员");
            claimIfNeeded(browser);
            choose(browser, "优秀");
            fill(browser, field("评语", "textarea"), "指导有方，报告及时。");
            browser.screenshot("evaluation-filled");
            complete(browser, "年度评比指导员");
            assertThat(jdbc.sql("select count(*) from guidance_evaluation where rated_by = 'orgdept' and rating = 'EXCELLENT'")
                    .query(Long.class).single()).isEqualTo(ratedBefore + 1);
            engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_EVALUATE).list().forEach(t -> completeAs("orgdept", t,
                    Map.of(VAR_RATING, "COMPETENT", VAR_RATING_COMMENT, "按时报告，指导有力。")));

            // instructor-wulashan's 周报告 stays open: due Monday 30 June 18:00, three days later it is chased;
            // on 1 July the month's summary and the quarter's exchange open, on Friday 4 July the next week
            at("2031-07-01T20:00:00+08:00");
            at("2031-07-04T20:00:00+08:00");
            assertThat(report("instructor-wulashan", "WEEKLY", "2031-W26")).containsEntry("LATE", true).containsEntry("STATUS", "AWAITING");

            // 提交月总结 as instructor-sanhu
            switchUser(browser, "instructor-sanhu");
            openTask(browser, "提交月总结");
            fill(browser, field("本月工作总结", "textarea"), MONTHLY_PROGRESS);
            fill(browser, field("存在问题", "textarea"), "活动场所小，冬季集中学习不便。");
            fill(browser, field("下月打算", "textarea"), "七月指导开展七一活动。");
            browser.screenshot("monthly-filled");
            complete(browser, "提交月总结");
            assertThat(report("instructor-sanhu", "MONTHLY", "2031-06")).containsEntry("STATUS", "SUBMITTED")
                    .containsEntry("PROGRESS", MONTHLY_PROGRESS);

            // 督促逾期报告 as the township secretary
            List<Task> chases = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CHASE).list();
            assertThat(chases).singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo("secretary-wulashan"));
            switchUser(browser, "secretary-wulashan");
            openTask(browser, "督促逾期报告");
            fill(browser, field("督促情况", "textarea"), "已当面督促，当日补交。");
            browser.screenshot("chase-filled");
            complete(browser, "督促逾期报告");
            assertThat(report("instructor-wulashan", "WEEKLY", "2031-W26")).containsEntry("ESCALATED", true)
                    .containsEntry("CHASE_NOTE", "已当面督促，当日补交。");

            // 记录季度交流会 as the township instructor (a candidate user)
            switchUser(browser, "instructor-wulashan");
            openTask(browser, "记录季度交流会");
            claimIfNeeded(browser);
            date(browser, "07/03/2031");
            fill(browser, field("会议纪要", "textarea"), "二季度交流会：各村交流指导经验，部署三季度工作。");
            fill(browser, field("参会人员", "textarea"), "乌拉山镇党委活动指导员\n三湖村活动指导员\n三湖村党组织联络员");
            browser.screenshot("exchange-filled");
            complete(browser, "记录季度交流会");
            assertThat(jdbc.sql("select recorded_by, attendees, meeting_date from guidance_exchange where period = '2031-Q2'").query().singleRow())
                    .containsEntry("RECORDED_BY", "instructor-wulashan").containsEntry("ATTENDEES", 3)
                    .satisfies(row -> assertThat(String.valueOf(row.get("MEETING_DATE"))).startsWith("2031-07-03"));

            // the workbench's 指导联络 lists instructor-sanhu's submitted reports
            browser.forgetSession();
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "instructor-sanhu");
            browser.type(By.id("password"), "instructor-sanhu");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "instructor-sanhu".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/guidance");
            browser.waitForText(By.cssSelector("#view"), "我的报告");
            browser.waitForText(By.cssSelector("#view"), "周报告 2031-W26");
            browser.waitForText(By.cssSelector("#view"), "月总结 2031-06");
            WebElement weekly = browser.waitFor(By.xpath("//*[@id='view']//*[contains(@class, 'card')][contains(normalize-space(), '周报告 2031-W26')]"));
            assertThat(weekly.getText()).contains("已提交");
            browser.screenshot("workbench-guidance");
        }
    }

    private void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** Completes the task as this user, with the user's groups (the steps this test does not walk in the browser). */
    private void completeAs(String user, Task task, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    private Task reportTask(String user, String cadence, String period) {
        String instance = jdbc.sql("""
                select r.process_instance_id from guidance_report r join guidance_staff s on s.id = r.staff_id
                where s.user_id = ? and r.cadence = ? and r.period = ?""").params(user, cadence, period).query(String.class).single();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskAssignee(user).singleResult();
    }

    private Map<String, Object> report(String user, String cadence, String period) {
        return jdbc.sql("""
                select r.late, r.escalated, r.status, r.progress, r.chase_note from guidance_report r join guidance_staff s on s.id = r.staff_id
                where s.user_id = ? and r.cadence = ? and r.period = ?""").params(user, cadence, period).query().singleRow();
    }

    /** Types the day into the form's date field (月/日/年, as the field asks) and confirms it. */
    private static void date(Browser browser, String day) {
        WebElement date = browser.waitForClickable(By.cssSelector(".task-details .fjs-form-field-datetime input"));
        date.click();
        date.sendKeys(day, Keys.ENTER);
    }
}
