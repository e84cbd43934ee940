package cn.excellence.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;

/**
 * 设岗定责 and 一书一卡一簿 on a phone (390×844) as their users do it: 三湖村's secretary defines a post in the workbench
 * (工具 → 设岗定责), records a member's claim, pledge and a 功劳簿 entry and opens the post card; a resident files an
 * entry on the public page with the branch's public code. Each step is checked against the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PostsPhoneBrowserTests {

    static final By NOTICE = By.id("notice");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretaryRecordsPostsPledgeAndMeritsAndAResidentEvaluatesOnThePublicPage() {
        String code;
        long member;
        try (Browser browser = Browser.openPhone(port, "posts-secretary", "zh-CN")) {
            logIn(browser, PostsTests.SECRETARY);
            browser.waitForText(By.cssSelector("#view .view-title"), "待办");
            browser.click(By.xpath("//nav[@id='tabs']//a[normalize-space() = '工具']"));
            browser.waitForText(By.cssSelector("#view .view-title"), "工具");
            browser.click(By.xpath("//li[contains(@class, 'card')][contains(., '设岗定责')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "三湖村");
            browser.type(By.cssSelector("form.define input[name='name']"), "环境整治监督岗");
            browser.type(By.cssSelector("form.define textarea[name='duties']"), "每周巡查村内环境卫生，劝导乱堆乱放。");
            WebElement capacity = browser.waitFor(By.cssSelector("form.define input[name='capacity']"));
            capacity.clear();
            capacity.sendKeys("2");
            tap(browser, By.cssSelector("form.define button[type='submit']"));
            browser.waitForText(NOTICE, "已设置岗位：环境整治监督岗");
            long post = jdbc.sql("select id from post where organization_code = ? and name = ?").params(PostsTests.SANHU, "环境整治监督岗")
                    .query(Long.class).single();
            browser.screenshot("post-defined");

            By claimForm = By.cssSelector("li.post[data-post-id='" + post + "'] form.claim");
            Select pick = new Select(browser.waitFor(claimForm).findElement(By.name("memberId")));
            member = Long.parseLong(pick.getFirstSelectedOption().getAttribute("value"));
            String name = pick.getFirstSelectedOption().getText();
            tap(browser, By.cssSelector("li.post[data-post-id='" + post + "'] form.claim button"));
            browser.waitForText(NOTICE, "已认领：" + name);
            browser.waitForText(By.cssSelector("li.post[data-post-id='" + post + "'] .free"), "空余 1 / 共 2 人");
            assertThat(jdbc.sql("select member_id from post_claim where post_id = ?").param(post).query(Long.class).list()).containsExactly(member);
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isEqualTo(browser.script("return window.innerWidth"));
            code = browser.waitFor(By.cssSelector(".public-code .code")).getText();
            By second = By.cssSelector("li.post[data-post-id='" + post + "'] form.claim button");
            String other = new Select(browser.waitFor(claimForm).findElement(By.name("memberId"))).getFirstSelectedOption().getText();
            tap(browser, second);
            browser.waitForText(NOTICE, "已认领：" + other);
            tap(browser, By.xpath("//li[@data-post-id='" + post + "']//span[contains(., '" + other + "')]/button[contains(@class, 'release')]"));
            browser.waitForText(NOTICE, "已解除认领：" + other);
            assertThat(jdbc.sql("select member_id from post_claim where post_id = ?").param(post).query(Long.class).list()).containsExactly(member);
            browser.screenshot("post-claimed");

            new Select(browser.waitFor(By.cssSelector("form.member select"))).selectByValue(String.valueOf(member));
            tap(browser, By.cssSelector("form.member button"));
            browser.waitForText(By.cssSelector("#view .view-title"), name);
            browser.type(By.cssSelector("form.pledge textarea"), "每月走访联系户两次\n帮助困难群众办理事务");
            tap(browser, By.cssSelector("form.pledge button"));
            browser.waitForText(NOTICE, "已保存承诺书");
            browser.type(By.cssSelector("form.merit input[name='residentName']"), "李大娘");
            browser.type(By.cssSelector("form.merit textarea[name='deed']"), "帮助修缮院墙");
            new Select(browser.waitFor(By.cssSelector("form.merit select[name='evaluation']"))).selectByVisibleText("基本满意");
            tap(browser, By.cssSelector("form.merit button"));
            browser.waitForText(NOTICE, "已登记功劳簿");
            browser.waitForText(By.cssSelector("li.merit"), "帮助修缮院墙");
            browser.screenshot("pledge-and-merit");

            String href = browser.waitFor(By.cssSelector("a.card-pdf")).getAttribute("href");
            Object answer = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(async r => done([r.status, r.headers.get('Content-Type'), (await r.text()).slice(0, 5)]));", href);
            assertThat(answer).as("the post card as the link opens it").isEqualTo(List.of(200L, "application/pdf;charset=UTF-8", "%PDF-"));
        }
        assertThat(jdbc.sql("select items from service_pledge where member_id = ?").param(member).query(String.class).single())
                .isEqualTo("每月走访联系户两次\n帮助困难群众办理事务");

        try (Browser resident = Browser.openPhone(port, "posts-resident", "zh-CN")) {
            resident.go("/public/merits.html?code=" + code);
            resident.click(By.id("code-submit"));
            resident.waitForText(By.id("organization"), "三湖村");
            new Select(resident.waitFor(By.id("member"))).selectByValue(String.valueOf(member));
            resident.type(By.id("deed"), "帮我家收玉米");
            new Select(resident.waitFor(By.id("evaluation"))).selectByVisibleText("满意");
            resident.click(By.id("entry-submit"));
            resident.waitForText(By.id("entry-message"), "已收到您的评价");
            resident.screenshot("resident-filed");
        }
        List<Map<String, Object>> entries = jdbc.sql("select evaluation, filed_publicly, recorded_by from merit_entry where member_id = ? order by id")
                .param(member).query().listOfRows();
        assertThat(entries).extracting(e -> e.values().stream().map(String::valueOf).toList())
                .containsExactly(List.of("FAIRLY_SATISFIED", "false", PostsTests.SECRETARY), List.of("SATISFIED", "true", "null"));
    }

    /** Taps what may lie under the tabs at the bottom of a phone: scrolled to the middle first, as a user would. */
    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }

    private static void logIn(Browser browser, String user) {
        browser.go("/workbench/");
        browser.waitFor(By.id("login-form"));
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), user);
        browser.click(By.id("login-submit"));
        browser.waitUntil(d -> user.equals(d.findElement(By.id("user")).getAttribute("data-user")));
    }
}
