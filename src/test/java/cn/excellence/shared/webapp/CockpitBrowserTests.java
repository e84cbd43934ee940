package cn.excellence.shared.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.support.Browser;
import cn.excellence.support.Tasklist;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Org-dept runs the campaign from Cockpit: the demo round's reports listed by township, the diagram's labels
 * plain, real task numbers; the webapps carry 创先争优 and 乌拉特前旗委组织部; a secretary gets Tasklist only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "excellence.demo.open-cases=true")
@ActiveProfiles("test")
@DirtiesContext
class CockpitBrowserTests {

    static final String ORGANIZATION = "乌拉特前旗委组织部";
    /** Longer than require.js's own patience (7 s) with a webapp's plugin script. */
    static final Duration SLOW_SCRIPT = Duration.ofSeconds(9);
    static final AtomicBoolean SLOW_PLUGIN_SCRIPTS = new AtomicBoolean();

    /** A busy server (or a slow connection): while {@link #SLOW_PLUGIN_SCRIPTS} is set, the webapps' plugin scripts take {@link #SLOW_SCRIPT}. */
    @TestConfiguration
    static class SlowPluginScripts {

        @Bean
        FilterRegistrationBean<Filter> slowPluginScripts() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                if (SLOW_PLUGIN_SCRIPTS.get() && ((HttpServletRequest) request).getRequestURI().endsWith("/static/app/plugin.js")) {
                    try {
                        Thread.sleep(SLOW_SCRIPT.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            });
            registration.addUrlPatterns("/camunda/api/*");
            return registration;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void orgDeptSeesTheCasesByNameAndRealTaskNumbersInCockpit() {
        submitWulashanReport();
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(DutyReviewProcess.REPORT_PROCESS).latestVersion().singleResult().getId();
        try (Browser browser = Browser.open(port, "cockpit-orgdept", "zh-CN")) {
            browser.go("/camunda/app/cockpit/default/");
            browser.waitFor(By.cssSelector("form[name='signinForm']"));
            assertThat(style(browser, ".login-header .login-logo", null, "backgroundImage")).contains("/brand/logo.svg");
            assertThat(style(browser, ".login-header .login-logo svg", null, "display")).isEqualTo("none");
            assertThat(style(browser, ".login-header .app-name", "::before", "content")).contains("创先争优");
            assertThat(style(browser, ".login-header", "::after", "content")).contains(ORGANIZATION);
            browser.screenshot("login");
            Tasklist.signIn(browser, "orgdept");

            browser.waitForText(By.cssSelector(".navbar-brand .brand-name"), "创先争优");
            assertThat(style(browser, ".navbar-brand .brand-name", "::after", "content")).contains(ORGANIZATION);
            assertThat(style(browser, ".navbar-brand .brand-logo", null, "backgroundImage")).contains("/brand/logo.svg");
            assertThat(number(browser, "未完成的人工任务\\s*(\\d+)")).as("open tasks on the dashboard: 8 reports to submit, 1 to pre-review")
                    .isGreaterThanOrEqualTo(9);
            browser.screenshot("dashboard");

            browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
            browser.waitForText(By.cssSelector("body"), "年述职·乌拉山镇党委·#");
            browser.waitForText(By.cssSelector("body"), "组织部预审");
            assertThat(browser.driver().getPageSource()).as("the diagram's labels").doesNotContain("${");
            browser.screenshot("duty-reports");

            browser.go("/camunda/app/cockpit/default/#/tasks");
            browser.waitForText(By.cssSelector("body"), "按分组统计分配");
            assertThat(number(browser, "(\\d+)\\s*总计")).as("open tasks by type").isGreaterThanOrEqualTo(9);
            assertThat(number(browser, "(\\d+)\\s*旗委组织部")).as("org-dept's group tasks (the pre-review)").isPositive();
            assertThat(text(browser)).doesNotContain("permission").doesNotContain("无法获取");
            browser.screenshot("tasks");
        }
    }

    @Test
    void aSecretaryGetsTasklistOnlyAndNoCockpit() {
        try (Browser browser = Browser.open(port, "cockpit-secretary", "zh-CN")) {
            browser.go("/camunda/app/cockpit/default/");
            Tasklist.signIn(browser, "secretary-wulashan");
            browser.waitForText(By.cssSelector("body"), "缺少应用程序访问权限");
            browser.screenshot("cockpit-refused");

            Tasklist.logIn(browser, "secretary-wulashan");
            browser.go("/camunda/app/welcome/default/");
            browser.waitFor(By.cssSelector(".tasklist-app"));
            browser.waitFor(By.xpath("//a[normalize-space() = '公示']"));
            browser.waitUntilSettled("body");
            assertThat(browser.all(By.cssSelector(".cockpit-app, .admin-app, .modeler-app"))).as("apps beyond Tasklist").isEmpty();
            assertThat(text(browser)).contains("公示").doesNotContain("Camunda Web应用用户文档");
            browser.screenshot("welcome");
        }
    }

    /**
     * require.js, which the webapps load their plugins with, gives up on a script after 7 s and leaves the page on its
     * spinner for good; Cockpit's plugin script is 300 KB. A plugin script that takes longer still lets every webapp
     * start (our {@code scripts/config.js} lifts the limit).
     */
    @Test
    void aPluginScriptSlowerThanRequireJsWouldWaitStillLetsEachWebappStart() {
        SLOW_PLUGIN_SCRIPTS.set(true);
        try (Browser browser = Browser.open(port, "slow-plugin-scripts", "zh-CN")) {
            for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
                browser.go("/camunda/app/" + app + "/default/");
                browser.waitFor(By.cssSelector("form[name='signinForm']"));
                browser.screenshot(app + "-started");
            }
        } finally {
            SLOW_PLUGIN_SCRIPTS.set(false);
        }
    }

    @Test
    void theWelcomePageOffersTheAdministratorTheModelerToo() {
        try (Browser browser = Browser.open(port, "welcome-admin", "zh-CN")) {
            browser.go("/camunda/app/welcome/default/");
            Tasklist.signIn(browser, "admin");
            browser.waitFor(By.cssSelector(".cockpit-app"));
            browser.waitFor(By.cssSelector(".admin-app"));
            browser.click(By.xpath("//*[contains(@class, 'modeler-app')]//a[normalize-space() = '流程建模器']"));
            browser.waitFor(By.id("deploy"));
            assertThat(browser.path()).startsWith("/admin/modeler");
            browser.screenshot("modeler-opened");
        }
    }

    @Test
    void theAdministratorsLoginPageCarriesTheBrand() {
        try (Browser browser = Browser.open(port, "admin-login-brand", "zh-CN")) {
            browser.go("/admin/login");
            browser.waitForText(By.cssSelector("body"), ORGANIZATION);
            assertThat(style(browser, ".brand", "::before", "backgroundImage")).contains("/brand/logo.svg");
            assertThat(((Number) browser.script("return document.querySelector('.brand').getBoundingClientRect().height")).intValue())
                    .as("the logo (48px) beside the title").isGreaterThanOrEqualTo(48);
            browser.screenshot("login");
        }
    }

    /** The Cockpit login: the same form as Tasklist's. */
    private void submitWulashanReport() {
        Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT)
                .taskAssignee("secretary-wulashan").singleResult();
        engine.getTaskService().complete(task.getId(), Map.of(DutyReviewProcess.VAR_THEME, "服务科学发展、服务基层群众",
                DutyReviewProcess.VAR_ACHIEVEMENTS, "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。",
                DutyReviewProcess.VAR_PROBLEMS, "部分嘎查村党组织活动载体单一，党员参与度不够均衡。",
                DutyReviewProcess.VAR_NEXT_PLANS, "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。"));
    }

    private static String style(Browser browser, String selector, String pseudo, String property) {
        return String.valueOf(browser.script("return getComputedStyle(document.querySelector(arguments[0]), arguments[1])[arguments[2]]",
                selector, pseudo, property));
    }

    private static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the number {@code pattern} captures (Cockpit fills its counters in the background). */
    private static long number(Browser browser, String pattern) {
        Pattern regex = Pattern.compile(pattern);
        return browser.waitUntil(d -> {
            Matcher matcher = regex.matcher(text(browser));
            return matcher.find() && Long.parseLong(matcher.group(1)) > 0 ? Long.parseLong(matcher.group(1)) : null;
        });
    }
}
