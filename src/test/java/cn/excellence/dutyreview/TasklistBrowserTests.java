package cn.excellence.dutyreview;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.Tasklist;

/**
 * The Camunda webapps in a real browser, in Chinese: a township secretary submits the duty report
 * through its form in Tasklist; Cockpit and Admin speak Chinese; an English browser still gets English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TasklistBrowserTests {

    private static final String THEME = "服务科学发展、服务基层群众";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    private long openRoundForWulashan() {
        return DutyReviewTestSupport.openRoundThroughApi(new Http(port), jdbc, "wulashan", DutyReviewTestSupport.FIVE_REVIEWERS);
    }

    @Test
    void aSecretarySubmitsTheDutyReportThroughItsChineseFormInTasklist() {
        long report = openRoundForWulashan();
        try (Browser browser = Browser.open(port, "tasklist-secretary", "zh-CN")) {
            browser.go("/camunda/app/tasklist/default/");
            assertThat(browser.waitFor(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder")).isEqualTo("用户名");
            browser.screenshot("login");
            Tasklist.signIn(browser, "secretary-wulashan");

            browser.click(By.xpath("//*[contains(@class, 'tasks-list')]//*[contains(text(), '提交述职报告')]"));
            assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().noneMatch(b -> b.isDisplayed()))
                    .as("no Camunda end-of-life notice for the people working their tasks").isTrue();
            browser.type(Tasklist.field("工作成效", "textarea"), "太短");
            browser.type(Tasklist.field("活动主题/载体", "input"), THEME);
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 10 个字。");
            browser.screenshot("form-message-in-chinese");
            browser.type(Tasklist.field("工作成效", "textarea"), "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。");
            browser.type(Tasklist.field("存在问题", "textarea"), "部分嘎查村党组织活动载体单一，党员参与度不够均衡。");
            browser.type(Tasklist.field("下步打算", "textarea"), "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
            browser.screenshot("form-filled");
            browser.click(By.xpath("//button[normalize-space() = '完成']"));
            browser.waitForText(By.cssSelector("body"), "没有任何任务匹配过滤器");
            browser.screenshot("completed");
        }
        assertThat(taskService.createTaskQuery().processVariableValueEquals(DutyReviewProcess.VAR_REPORT_ID, report)
                .taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT).count()).isZero();
        assertThat(jdbc.sql("select theme from duty_report where id = ?").param(report).query(String.class).single()).isEqualTo(THEME);
    }

    @Test
    void cockpitAndAdminSpeakChineseToo() {
        try (Browser browser = Browser.open(port, "cockpit-admin", "zh-CN")) {
            browser.go("/camunda/app/cockpit/default/");
            Tasklist.signIn(browser, "admin");
            browser.waitForText(By.cssSelector("body"), "运行中的流程实例");
            assertThat(browser.waitFor(By.cssSelector("body")).getText()).contains("流程", "决策", "人工任务", "部署");
            browser.screenshot("cockpit");
            browser.go("/camunda/app/admin/default/");
            browser.waitForText(By.cssSelector("body"), "授权");
            browser.screenshot("admin");
        }
    }

    @Test
    void aBrowserInEnglishStillGetsEnglish() {
        try (Browser browser = Browser.open(port, "tasklist-english", "en-US")) {
            browser.go("/camunda/app/tasklist/default/");
            assertThat(browser.waitFor(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder")).isEqualTo("Username");
            browser.screenshot("login");
        }
    }
}
