package cn.excellence.dutyreview;

import static cn.excellence.support.Tasklist.assertInView;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
 * The duty review on a phone (390×844), in Chinese, as its real users in Tasklist: the secretary submits,
 * org-dept returns it with a reason, the secretary reads the reason in full and submits again, org-dept
 * accepts, two reviewers rate (好 and 较好). Each opened task's form is in view, and each completion is confirmed.
 * The other three reviewers rate as themselves through the engine's REST API (what Tasklist's 完成 posts): their
 * walk in Tasklist is the same as the first two's, and {@link DutyReviewEscalationPhoneBrowserTests} walks it three
 * times more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DutyReviewPhoneBrowserTests {

    private static final List<String> REVIEWERS = DutyReviewTestSupport.FIVE_REVIEWERS;
    /** The reviewers who rate in Tasklist: one 好, one 较好 (every choice the walk makes, and the notice twice in a row). */
    private static final int RATED_IN_TASKLIST = 2;
    private static final String REASON = "工作成效部分缺少具体数据支撑，请补充六项民心工程的完成数量、覆盖嘎查村数和群众满意度，并将存在问题写得更具体一些，写明涉及哪些嘎查村党组织。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;

    @Test
    void theDutyReviewWithAReturnWorksOnAPhone() {
        long report = DutyReviewTestSupport.openRoundThroughApi(new Http(port), jdbc, "wulashan", REVIEWERS);

        try (Browser browser = Browser.openPhone(port, "duty-review-phone", "zh-CN")) {
            Tasklist.logIn(browser, "secretary-wulashan");
            openTask(browser, "提交述职报告");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
            assertThat(browser.all(By.cssSelector(".small-screen-warning")).stream().noneMatch(WebElement::isDisplayed))
                    .as("no “designed for larger screens” warning").isTrue();
            assertInView(browser, field("活动主题/载体", "input"));
            browser.screenshot("secretary-form-in-view");
            fill(browser, field("活动主题/载体", "input"), "服务科学发展、服务基层群众");
            fill(browser, field("工作成效", "textarea"), "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。");
            fill(browser, field("存在问题", "textarea"), "部分嘎查村党组织活动载体单一，党员参与度不够均衡。");
            fill(browser, field("下步打算", "textarea"), "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
            browser.screenshot("secretary-form-filled");
            complete(browser, "提交述职报告");

            switchUser(browser, "orgdept");
            openTask(browser, "组织部预审");
            claimIfNeeded(browser);
            browser.screenshot("orgdept-pre-review-in-view");
            choose(browser, "退回修改");
            fill(browser, field("退回理由", "textarea"), REASON);
            browser.screenshot("orgdept-return-filled");
            complete(browser, "组织部预审");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "修改后重新提交述职报告（已被退回）");
            WebElement reason = browser.waitFor(field("组织部退回意见", "textarea"));
            assertInView(browser, field("组织部退回意见", "textarea"));
            assertThat(reason.getDomProperty("value")).isEqualTo(REASON);
            assertThat(reason.getDomAttribute("readonly")).as("the reason is read-only").isNotNull();
            assertThat((Boolean) browser.script("const r = arguments[0]; return r.scrollHeight <= r.clientHeight + 2"
                    + " || getComputedStyle(r).overflowY !== 'hidden'", reason)).as("the whole reason can be read").isTrue();
            browser.script("arguments[0].scrollIntoView({block: 'start'})", reason);
            browser.screenshot("secretary-returned-reason");
            fill(browser, field("工作成效", "textarea"),
                    "实施基础强民、产业富民、服务便民等六项民心工程，完成项目 46 个，覆盖 28 个嘎查村，群众满意度 93%。");
            fill(browser, field("存在问题", "textarea"), "三湖村、公田村等 5 个嘎查村党组织活动载体单一，党员参与度不够均衡。");
            browser.screenshot("secretary-resubmit-filled");
            complete(browser, "修改后重新提交述职报告（已被退回）");

            switchUser(browser, "orgdept");
            openTask(browser, "组织部预审");
            claimIfNeeded(browser);
            choose(browser, "通过，提交全委会评议");
            browser.screenshot("orgdept-accept");
            complete(browser, "组织部预审");

            for (int i = 0; i < RATED_IN_TASKLIST; i++) {
                switchUser(browser, REVIEWERS.get(i));
                openTask(browser, "评议述职");
                assertInView(browser, By.cssSelector(".task-details h2.task"));
                choose(browser, i % 2 == 0 ? "好" : "较好");
                fill(browser, field("评议意见", "textarea"), "述职内容具体，成效明显。");
                if (i == 0) {
                    browser.screenshot("reviewer-rating");
                }
                complete(browser, "评议述职");
                ProcessTestSupport.executeDueJobs(managementService);
            }
        }
        for (int i = RATED_IN_TASKLIST; i < REVIEWERS.size(); i++) {
            String reviewer = REVIEWERS.get(i);
            String task = taskService.createTaskQuery().taskDefinitionKey(DutyReviewProcess.TASK_RATE_REPORT).taskAssignee(reviewer)
                    .processVariableValueEquals(DutyReviewProcess.VAR_REPORT_ID, report).singleResult().getId();
            new Http(port).completeTaskForm(reviewer, task, Map.of(DutyReviewProcess.VAR_RATING, Map.of("value", i % 2 == 0 ? "GOOD" : "FAIRLY_GOOD"),
                    DutyReviewProcess.VAR_RATING_COMMENT, Map.of("value", "述职内容具体，成效明显。")));
            ProcessTestSupport.executeDueJobs(managementService);
        }

        Map<String, Object> result = new Http(port).get("orgdept", "/api/duty-reports/" + report).getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) result.get("summary");
        assertThat(summary).as(String.valueOf(result)).containsEntry("status", "RATED")
                .as("three 好 and two 较好: satisfaction 100%").containsEntry("grade", "GOOD").containsEntry("gradeLabel", "好");
    }
}
