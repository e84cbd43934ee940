package cn.excellence.workbench;

import static cn.excellence.dutyreview.DutyReviewProcess.TASK_PRE_REVIEW;
import static cn.excellence.dutyreview.DutyReviewProcess.TASK_SUBMIT_REPORT;
import static cn.excellence.dutyreview.DutyReviewProcess.VAR_REPORT_ID;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.value;
import static cn.excellence.workbench.Workbench.FORM;
import static cn.excellence.workbench.Workbench.NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
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
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.Tasklist;

/**
 * The workbench on a weak connection, on a phone: a half-filled duty report survives going offline and a reload,
 * is submitted offline and goes out once when the connection returns; the first load is small and the next one comes
 * from the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WorkbenchOfflineBrowserTests {

    private static final long KB = 1024;
    private static final String ENTRIES = "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
            + ".map(e => ({name: e.name, size: e.transferSize, worker: e.workerStart}))";
    private static final String THEME = "服务科学发展、服务基层群众";
    private static final String ACHIEVEMENTS = "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    @Test
    void aHalfFilledReportSurvivesGoingOfflineAndIsSubmittedOnceWhenTheConnectionReturns() {
        Task submitTask = openReportTask("xinan");
        String draftPath = "/api/workbench/drafts/task-" + submitTask.getId();

        try (Browser browser = Browser.openPhone(port, "workbench-offline", "zh-CN")) {
            Workbench.logIn(browser, "secretary-xinan");
            Workbench.openTask(browser, submitTask.getId(), "提交述职报告");
            fill(browser, field("活动主题/载体", "input"), THEME);
            fill(browser, field("工作成效", "textarea"), ACHIEVEMENTS);
            browser.waitUntil(d -> String.valueOf(new Http(port).get("secretary-xinan", draftPath).getBody()).contains(ACHIEVEMENTS));
            Workbench.waitForServiceWorker(browser);
            browser.screenshot("half-filled");

            Workbench.offline(browser, true);
            browser.driver().navigate().refresh();
            browser.waitFor(FORM);
            browser.waitUntilSettled(".fjs-form");
            assertThat(value(browser, field("活动主题/载体", "input"))).isEqualTo(THEME);
            assertThat(value(browser, field("工作成效", "textarea"))).isEqualTo(ACHIEVEMENTS);
            assertThat(browser.waitFor(By.cssSelector(".draft-note")).getText()).contains("已恢复草稿");
            assertThat(browser.waitFor(By.id("offline")).isDisplayed()).isTrue();
            browser.screenshot("offline-draft-restored");

            fill(browser, field("存在问题", "textarea"), "部分嘎查村党组织活动载体单一，党员参与度不够均衡。");
            fill(browser, field("下步打算", "textarea"), "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
            Workbench.tap(browser, By.cssSelector("button.submit"));
            browser.waitForText(NOTICE, "离线：已保存，联网后自动提交");
            Tasklist.assertInView(browser, NOTICE);
            browser.screenshot("offline-queued");
            assertThat(engine.getTaskService().createTaskQuery().taskId(submitTask.getId()).count()).as("still open").isEqualTo(1);

            Workbench.offline(browser, false);
            browser.waitForText(NOTICE, "已提交：提交述职报告");
            browser.screenshot("online-submitted");
            browser.go("/workbench/#/todo");
            browser.waitForText(By.cssSelector("#view .view-title"), "待办");
            assertThat(browser.script("return Object.keys(localStorage).filter(k => k.includes(':queue:'))"
                    + ".map(k => JSON.parse(localStorage.getItem(k)).length).reduce((a, b) => a + b, 0)")).isEqualTo(0L);
        }

        List<HistoricTaskInstance> submissions = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(submitTask.getProcessInstanceId()).taskDefinitionKey(TASK_SUBMIT_REPORT).list();
        assertThat(submissions).as("one completion").hasSize(1);
        assertThat(submissions.get(0).getEndTime()).isNotNull();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(submitTask.getProcessInstanceId())
                .taskDefinitionKey(TASK_PRE_REVIEW).count()).as("one 组织部预审").isEqualTo(1);
        assertThat(jdbc.sql("select theme from duty_report where id = ?").param(reportOf(submitTask)).query(String.class).single())
                .isEqualTo(THEME);
        assertThat(new Http(port).get("secretary-xinan", draftPath).getStatusCode().value()).as("the draft is gone").isEqualTo(404);
    }

    @Test
    void theFirstLoadIsSmallAndTheNextComesFromTheCache() {
        Task submitTask = openReportTask("baiyanhua");

        try (Browser browser = Browser.openPhone(port, "workbench-first-load", "zh-CN")) {
            browser.go("/workbench/#/tasks/" + submitTask.getId());
            Workbench.signIn(browser, "secretary-baiyanhua");
            browser.waitFor(FORM);
            assertThat(browser.path()).isEqualTo("/workbench/#/tasks/" + submitTask.getId());
            browser.screenshot("task-form");
            List<Map<String, Object>> first = entries(browser);
            long total = transferred(first, "");
            long library = transferred(first, "/workbench/vendor/");
            System.out.printf("workbench first load: %d KB (without the form library: %d KB)%n", total / KB, (total - library) / KB);
            assertThat(library).as("the form library came over the network: %s", first).isPositive();
            assertThat(total - library).as("%s", first).isLessThan(500 * KB);

            Workbench.waitForServiceWorker(browser);
            browser.driver().navigate().refresh();
            browser.waitFor(FORM);
            List<Map<String, Object>> again = entries(browser);
            System.out.printf("workbench reload: %d KB%n", transferred(again, "") / KB);
            List<Map<String, Object>> shell = again.stream().filter(e -> String.valueOf(e.get("name")).matches(
                    ".*/workbench/(#.*|workbench\\.js|workbench\\.css|vendor/.*)?")).toList();
            assertThat(shell).as("%s", again).hasSizeGreaterThanOrEqualTo(5);
            assertThat(shell).as("from the cache or the service worker: %s", again).allMatch(
                    e -> ((Number) e.get("size")).longValue() == 0 || ((Number) e.get("worker")).doubleValue() > 0);
        }
    }

    private Task openReportTask(String township) {
        long round = WorkbenchBrowserTests.openRound(new Http(port), township, List.of("plenary1"));
        long report = jdbc.sql("select id from duty_report where round_id = ? and township_code = ?").params(round, township)
                .query(Long.class).single();
        return ProcessTestSupport.task(engine, VAR_REPORT_ID, report, TASK_SUBMIT_REPORT);
    }

    private long reportOf(Task task) {
        return ((Number) engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
                .variableName(VAR_REPORT_ID).singleResult().getValue()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Browser browser) {
        return (List<Map<String, Object>>) browser.script(ENTRIES);
    }

    private static long transferred(List<Map<String, Object>> entries, String path) {
        return entries.stream().filter(e -> String.valueOf(e.get("name")).contains(path))
                .mapToLong(e -> ((Number) e.get("size")).longValue()).sum();
    }
}
