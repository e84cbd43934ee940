package cn.excellence.starrating;

import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.support.Tasklist.logIn;
import static cn.excellence.support.Tasklist.openStartForm;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.start;
import static cn.excellence.support.Tasklist.switchUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * 五星级支部 in Tasklist on a phone (390×844), each step by its real user with the engine's authorizations on: the township
 * secretary nominates (start form), org-dept returns and then accepts, the secretary revises, supervisor1 inspects and
 * verifies, the branch secretary rectifies → the star; org-dept opens the annual review (start form), supervisor1's low
 * score revokes it, with the reason in the branch's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class FiveStarBrowserTests {

    private static final String BRANCH = "乌拉山镇三湖村党支部";
    private static final List<String> ITEMS = List.of("组织生活规范", "党员教育管理", "阵地建设", "活动主题载体", "群众满意度");

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;

    @Test
    void aBranchWinsTheStarAndLosesItAtTheAnnualReviewAllInTasklist() {
        try (Browser browser = Browser.openPhone(port, "five-star-phone", "zh-CN")) {
            logIn(browser, "secretary-wulashan");
            openStartForm(browser, "五星级支部评定");
            fill(browser, field("支部组织代码", "input"), "wulashan-sanhu");
            fill(browser, field("评定年度", "input"), "2026");
            fill(browser, field("推荐事迹", "textarea"), "太短");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 10 个字");
            browser.screenshot("nomination-message-in-chinese");
            fill(browser, field("推荐事迹", "textarea"), FiveStarTestSupport.REASONS);
            browser.screenshot("nomination-filled");
            start(browser);

            switchUser(browser, "orgdept");
            openTask(browser, "组织部初审五星级推荐：" + BRANCH);
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("推荐事迹", "textarea")).getDomProperty("value")).isEqualTo(FiveStarTestSupport.REASONS);
            choose(browser, "退回推荐单位修改");
            fill(browser, field("初审说明", "textarea"), "请补充支部带富项目的具体数据。");
            complete(browser, "组织部初审五星级推荐：" + BRANCH);

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "修改五星级推荐：" + BRANCH);
            assertThat(browser.waitFor(field("退回意见", "textarea")).getDomProperty("value")).isEqualTo("请补充支部带富项目的具体数据。");
            fill(browser, field("推荐事迹", "textarea"), FiveStarTestSupport.REASONS + "全村年增收 120 万元。");
            complete(browser, "修改五星级推荐：" + BRANCH);

            switchUser(browser, "orgdept");
            openTask(browser, "组织部初审五星级推荐：" + BRANCH);
            claimIfNeeded(browser);
            choose(browser, "通过，安排抽查核验");
            complete(browser, "组织部初审五星级推荐：" + BRANCH);

            switchUser(browser, "supervisor1");
            inspect(browser, "18", "党员活动室未挂牌");

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "整改问题：" + BRANCH);
            fill(browser, field("整改情况", "textarea"), "已制作标牌，在活动室正门挂牌。");
            complete(browser, "整改问题：" + BRANCH);

            switchUser(browser, "supervisor1");
            openTask(browser, "核验整改：" + BRANCH);
            claimIfNeeded(browser);
            choose(browser, "整改到位，通过");
            fill(browser, field("核验意见", "textarea"), "已核验，挂牌规范。");
            complete(browser, "核验整改：" + BRANCH);
            ProcessTestSupport.executeDueJobs(managementService);
            assertThat(history()).containsEntry("fiveStar", true);

            switchUser(browser, "orgdept");
            openStartForm(browser, "五星级支部年度复核");
            fill(browser, field("复核年度", "input"), "2027");
            browser.screenshot("review-start-filled");
            start(browser);

            switchUser(browser, "supervisor1");
            inspect(browser, "12", null);
            ProcessTestSupport.executeDueJobs(managementService);

            browser.forgetSession();
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "secretary-wulashan");
            browser.type(By.id("password"), "secretary-wulashan");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "secretary-wulashan".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/tools");
            browser.click(By.xpath("//strong[normalize-space() = '五星级支部']"));
            browser.waitForText(By.cssSelector("#view"), "本组织及下级暂无五星级支部");
            browser.go("/workbench/#/five-star/wulashan-sanhu");
            browser.waitForText(By.cssSelector("#view"), "2027年复核抽查得分 60 分，低于 80 分");
            browser.waitForText(By.cssSelector("#view"), "当前：不是五星级支部");
            browser.screenshot("workbench-history");
        }
        Map<String, Object> history = history();
        assertThat(history).containsEntry("fiveStar", false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) history.get("events");
        assertThat(events).extracting(e -> e.get("event")).containsExactly("AWARDED", "REVOKED");
        assertThat(events.get(1)).containsEntry("reason", "2027年复核抽查得分 60 分，低于 80 分");
    }

    private void inspect(Browser browser, String each, String findings) {
        openTask(browser, "实地抽查：" + BRANCH);
        claimIfNeeded(browser);
        for (String item : ITEMS) {
            fill(browser, field(item, "input"), each);
        }
        fill(browser, field("抽查情况", "textarea"), "实地查看活动阵地，抽查会议记录和台账。");
        if (findings != null) {
            fill(browser, field("发现的问题", "textarea"), findings);
            fill(browser, field("整改期限", "input"), "10");
        }
        browser.screenshot("inspection-" + each);
        complete(browser, "实地抽查：" + BRANCH);
        ProcessTestSupport.executeDueJobs(managementService);
    }

    private Map<String, Object> history() {
        return new Http(port).get("secretary-wulashan", "/api/five-star/branches/wulashan-sanhu/history").getBody();
    }
}
