package cn.excellence.orgchange;

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

import org.camunda.bpm.engine.ProcessEngine;
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

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.workbench.Workbench;

/**
 * 组织设置 in Tasklist on a phone (390×844), each step by its real user with the engine's authorizations on:
 * secretary-xixiaozhao records the founding of 公田村党委 (start form), org-dept approves, the secretary records the first
 * committee election, org-dept accepts the filing → the committee on the node; a township secretary records a 换届 result
 * (start form); the workbench's 组织设置 shows the founding with its committee.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class OrgChangeBrowserTests {

    private static final String GONGTIAN = "西小召镇公田村党委";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void gongtianIsFoundedElectsItsCommitteeAndAVillageResultIsRecordedAllInTasklist() {
        OrgChangeTestSupport flow = new OrgChangeTestSupport(new Http(port), engine, jdbc);
        List<Long> members = flow.membersBelow(OrganizationFoundingTests.GONGTIAN);
        long sanhuMember = flow.membersBelow("wulashan-sanhu").get(2);
        try (Browser browser = Browser.openPhone(port, "orgchange-phone", "zh-CN")) {
            logIn(browser, "secretary-xixiaozhao");
            openStartForm(browser, "申请成立党组织");
            fill(browser, field("已有组织代码", "input"), OrganizationFoundingTests.GONGTIAN);
            fill(browser, field("申请理由", "textarea"), "太短");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 10 个字");
            fill(browser, field("申请理由", "textarea"), OrgChangeTestSupport.REASON);
            date(browser, ".modal", "07/06/2010");
            browser.screenshot("founding-filled");
            start(browser);

            switchUser(browser, "orgdept");
            openTask(browser, "审批成立党组织：" + GONGTIAN);
            claimIfNeeded(browser);
            assertThat(browser.waitFor(field("申请理由", "textarea")).getDomProperty("value")).isEqualTo(OrgChangeTestSupport.REASON);
            choose(browser, "批准成立");
            complete(browser, "审批成立党组织：" + GONGTIAN);

            switchUser(browser, "secretary-xixiaozhao");
            openTask(browser, "选举第一届委员会：" + GONGTIAN);
            fill(browser, field("应到选举人数", "input"), "60");
            fill(browser, field("实到选举人数", "input"), "52");
            fill(browser, field("候选人及得票", "textarea"), members.get(0) + " 50 书记\n" + members.get(1) + " 47 副书记\n" + members.get(2)
                    + " 45 委员\n" + members.get(3) + " 20");
            date(browser, ".task-details", "07/06/2010");
            browser.screenshot("election-filled");
            complete(browser, "选举第一届委员会：" + GONGTIAN);

            switchUser(browser, "orgdept");
            openTask(browser, "委员会选举结果备案审查：" + GONGTIAN);
            claimIfNeeded(browser);
            choose(browser, "同意备案");
            complete(browser, "委员会选举结果备案审查：" + GONGTIAN);

            switchUser(browser, "secretary-wulashan");
            openStartForm(browser, "登记换届结果");
            fill(browser, field("换届年度", "input"), "2011");
            fill(browser, field("嘎查村党组织代码", "input"), "wulashan-sanhu");
            choose(browser, "村委会主任");
            fill(browser, field("当选党员编号", "input"), String.valueOf(sanhuMember));
            fill(browser, field("得票数", "input"), "286");
            browser.screenshot("village-election-filled");
            start(browser);

            browser.forgetSession();
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "secretary-xixiaozhao");
            browser.type(By.id("password"), "secretary-xixiaozhao");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "secretary-xixiaozhao".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/tools");
            Workbench.tap(browser, By.xpath("//strong[normalize-space() = '组织设置']"));
            browser.waitForText(By.cssSelector("#view"), "已成立并备案");
            Workbench.tap(browser, By.xpath("//strong[normalize-space() = '" + GONGTIAN + "']"));
            browser.waitForText(By.cssSelector("#view"), "第一届委员会");
            browser.waitForText(By.cssSelector("#view"), "书记：" + name(members.get(0)));
            browser.screenshot("workbench-committee");
        }
        Map<String, Object> committee = new Http(port).get("orgdept", "/api/orgchange/organizations/" + OrganizationFoundingTests.GONGTIAN
                + "/committee").getBody();
        assertThat(committee).containsEntry("foundedOn", "2010-07-06").containsEntry("electorsPresent", 52);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> elected = (List<Map<String, Object>>) committee.get("members");
        assertThat(elected).extracting(m -> m.get("officeLabel")).containsExactly("书记", "副书记", "委员");
        assertThat(new Http(port).getList("orgdept", "/api/orgchange/elections/2011").getBody()).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("memberId", (int) sanhuMember).containsEntry("office", "VILLAGE_HEAD"));
    }

    /** Types the day into the form's date field (月/日/年, as the field asks) and confirms it. */
    private static void date(Browser browser, String container, String day) {
        WebElement date = browser.waitForClickable(By.cssSelector(container + " .fjs-form-field-datetime input"));
        date.click();
        date.sendKeys(day, Keys.ENTER);
    }

    private String name(long member) {
        return jdbc.sql("select name from party_member where id = ?").param(member).query(String.class).single();
    }
}
