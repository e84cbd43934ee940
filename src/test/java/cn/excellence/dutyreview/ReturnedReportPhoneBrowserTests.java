package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.*;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.switchUser;
import static cn.excellence.support.Tasklist.assertSideBySide;
import static cn.excellence.support.Tasklist.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
 * Org-dept pre-reviews a returned duty report on a phone (390×844) in Tasklist and sees the returned and the
 * new version of each changed field side by side, with a summary of what changed; the first submission says
 * 首次提交 and shows no empty "退回前" column. A refusal only the server knows (a return without a reason)
 * reads as a clean Chinese message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReturnedReportPhoneBrowserTests {

    static final String THEME = "服务科学发展、服务基层群众";
    static final String ACHIEVEMENTS = "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。";
    static final String REVISED_ACHIEVEMENTS = "实施六项民心工程，完成项目 46 个，覆盖 28 个嘎查村，群众满意度 93%。";
    static final String PROBLEMS = "部分嘎查村党组织活动载体单一，党员参与度不够均衡。";
    static final String REVISED_PROBLEMS = "三湖村、公田村等 5 个嘎查村党组织活动载体单一，党员参与度不够均衡。";
    static final String NEXT_PLANS = "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void orgDeptSeesTheReturnedAndTheRevisedReportSideBySideOnAPhone() {
        DutyReviewTestSupport.openRoundThroughApi(new Http(port), jdbc, "wulashan", DutyReviewTestSupport.FIVE_REVIEWERS);
        submitAsSecretary(ACHIEVEMENTS, PROBLEMS);

        try (Browser browser = Browser.openPhone(port, "returned-report-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openTask(browser, "组织部预审");
            claimIfNeeded(browser);
            assertThat(value(browser, field("与退回前相比", "textarea"))).isEqualTo("首次提交");
            assertThat(browser.all(By.xpath("//label[contains(normalize-space(), '退回前）')]"))).as("no empty 退回前 column").isEmpty();
            assertThat(value(browser, field("工作成效（本次提交）", "textarea"))).isEqualTo(ACHIEVEMENTS);
            browser.screenshot("first-submission");

            choose(browser, "退回修改");
            browser.click(By.xpath("//button[normalize-space() = '完成']"));
            browser.waitForText(By.cssSelector(".notifications .alert"), "请填写“退回理由”");
            String refusal = (String) browser.script("const a = arguments[0]; return [...a.querySelectorAll('strong, .message')]"
                    + ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent.trim()).join('')",
                    browser.waitFor(By.cssSelector(".notifications .alert")));
            assertThat(refusal).as("a clean Chinese refusal").isEqualTo("未能提交：请填写“退回理由”。")
                    .doesNotContain("提交任务表单时出错").doesNotContain(" : ");
            browser.screenshot("refusal");
            browser.click(By.cssSelector(".notifications .alert button.close:not(.ng-hide)"));
            fill(browser, field("退回理由", "textarea"), "工作成效请补充具体数据，存在问题请写明涉及哪些嘎查村。");
            complete(browser, "组织部预审");

            submitAsSecretary(REVISED_ACHIEVEMENTS, REVISED_PROBLEMS);
            switchUser(browser, "orgdept");
            openTask(browser, "组织部预审");
            claimIfNeeded(browser);
            assertThat(value(browser, field("与退回前相比", "textarea"))).isEqualTo("修改了：工作成效、存在问题");
            assertSideBySide(browser, "工作成效", ACHIEVEMENTS, REVISED_ACHIEVEMENTS);
            assertSideBySide(browser, "存在问题", PROBLEMS, REVISED_PROBLEMS);
            assertThat(browser.all(By.xpath("//label[contains(normalize-space(), '活动主题/载体（退回前）')]")))
                    .as("an unchanged field shows once").isEmpty();
            assertThat(value(browser, field("活动主题/载体（本次提交）", "input"))).isEqualTo(THEME);
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.waitFor(field("与退回前相比", "textarea")));
            browser.screenshot("returned-and-revised");
            choose(browser, "通过，提交全委会评议");
            complete(browser, "组织部预审");
        }
    }

    private void submitAsSecretary(String achievements, String problems) {
        String task = taskService.createTaskQuery().taskDefinitionKey(TASK_SUBMIT_REPORT).taskAssignee("secretary-wulashan").singleResult().getId();
        Map<String, Object> variables = Map.of(VAR_THEME, Map.of("value", THEME), VAR_ACHIEVEMENTS, Map.of("value", achievements),
                VAR_PROBLEMS, Map.of("value", problems), VAR_NEXT_PLANS, Map.of("value", NEXT_PLANS));
        new Http(port).completeTaskForm("secretary-wulashan", task, variables);
    }
}
