package cn.excellence.themes;

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

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Tasklist;

/**
 * 活动主题和载体 on a phone (390×844), in Chinese, as its real users: org-dept opens 2010 from Tasklist's start form,
 * 三湖村's secretary registers in Tasklist, 乌拉山镇's secretary returns it with a reason, the village corrects it, the
 * township approves; then the township secretary registers a branch's theme in the workbench's 活动主题 view and sees the
 * coverage there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ThemeBrowserTests {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final By NOTICE = By.id("notice");

    @LocalServerPort
    int port;
    @Autowired
    ThemeService themes;

    @Test
    void aThemeIsOpenedRegisteredReturnedApprovedAndCoveredOnAPhone() {
        try (Browser browser = Browser.openPhone(port, "themes-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openStartForm(browser, "开展主题载体登记");
            assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
            fill(browser, field("年度", "input"), "2010");
            WebElement deadline = browser.waitForClickable(field("登记截止日期", "input"));
            deadline.click();
            deadline.sendKeys(ThemeFlow.today().plusDays(20).format(PICKER), Keys.ENTER);
            browser.script("document.activeElement.blur()");
            browser.screenshot("campaign-start-form");
            start(browser);
            assertThat(themes.year(2010).status()).isEqualTo(ThemeYear.OPEN);
            long sanhu = registrationId("wulashan-sanhu");

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "登记活动主题和载体");
            claimIfNeeded(browser);
            fill(browser, field("活动主题", "input"), ThemeProcessTests.WULASHAN_THEME);
            fill(browser, field("活动载体", "input"), "民心工程");
            fill(browser, field("主要举措", "textarea"), "修路、打井、建活动室。");
            browser.screenshot("registration-filled");
            complete(browser, "登记活动主题和载体");
            assertThat(themes.registration(sanhu).status()).isEqualTo(ThemeStatus.SUBMITTED);

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "审核活动主题和载体");
            claimIfNeeded(browser);
            choose(browser, "退回修改");
            fill(browser, field("审核意见", "textarea"), "载体请写全称：六项民心工程。");
            browser.screenshot("review-return");
            complete(browser, "审核活动主题和载体");
            assertThat(themes.registration(sanhu).status()).isEqualTo(ThemeStatus.RETURNED);

            switchUser(browser, "secretary-sanhu");
            openTask(browser, "登记活动主题和载体");
            claimIfNeeded(browser);
            assertThat(Tasklist.value(browser, field("退回理由", "textarea"))).contains("六项民心工程");
            fill(browser, field("活动载体", "input"), ThemeProcessTests.WULASHAN_CARRIER);
            complete(browser, "登记活动主题和载体");

            switchUser(browser, "secretary-wulashan");
            openTask(browser, "审核活动主题和载体");
            claimIfNeeded(browser);
            choose(browser, "通过");
            complete(browser, "审核活动主题和载体");
            ThemeRegistration approved = themes.registration(sanhu);
            assertThat(approved.status()).isEqualTo(ThemeStatus.APPROVED);
            assertThat(approved.carrier()).isEqualTo(ThemeProcessTests.WULASHAN_CARRIER);

            browser.forgetSession();
            browser.go("/workbench/#/tools");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "secretary-wulashan");
            browser.type(By.id("password"), "secretary-wulashan");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "secretary-wulashan".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.go("/workbench/#/themes");
            browser.waitForText(By.cssSelector("#view .view-title"), "活动主题和载体 · 2010年度");
            browser.waitForText(By.cssSelector("table.theme-coverage tr[data-code='wulashan']"), "乌拉山镇");
            browser.waitForText(By.cssSelector(".theme-total"), "已通过 1");
            browser.screenshot("workbench-coverage");
            By branch = By.cssSelector("li.theme[data-code='wulashan-b01']");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(branch));
            WebElement card = browser.waitFor(branch);
            card.findElement(By.name("theme")).sendKeys("机关带头、服务基层");
            card.findElement(By.name("carrier")).sendKeys("六项民心工程");
            card.findElement(By.cssSelector("button.primary")).click();
            browser.waitForText(NOTICE, "已登记：");
            browser.screenshot("workbench-registered");
        }
        assertThat(themes.registration(registrationId("wulashan-b01")).status()).isEqualTo(ThemeStatus.SUBMITTED);
    }

    private long registrationId(String code) {
        return themes.registrationOf(2010, code).id();
    }
}
