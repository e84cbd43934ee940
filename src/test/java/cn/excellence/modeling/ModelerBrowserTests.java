package cn.excellence.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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

/**
 * The modeler in a real browser: an administrator renames a task, deploys version 2, downloads the XML
 * and opens version 1 again; the server's refusals are marked on the diagram; a secretary is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ModelerBrowserTests {

    private static final String PROCESS = "DutyReport";
    private static final String TASK = "Task_SubmitDutyReport";
    private static final String NEW_NAME = "提交年度述职报告";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    private static void logIn(Browser browser, String user) {
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), user);
        browser.click(By.id("login-submit"));
    }

    @Test
    void anAdministratorRenamesATaskAndDeploysVersionTwo() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult().getVersion())
                .isEqualTo(1);
        try (Browser browser = Browser.open(port, "modeler-admin", "zh-CN")) {
            browser.go("/admin/modeler");
            browser.waitFor(By.id("login-form"));
            assertThat(browser.path()).startsWith("/admin/login?next=");
            browser.screenshot("login");
            logIn(browser, "admin");

            browser.click(By.cssSelector("#processes li[data-key='" + PROCESS + "']"));
            assertThat(browser.all(By.cssSelector("#catalog-forms li"))).extracting(e -> e.getAttribute("textContent"))
                    .as("the forms a user task may reference").contains("DutyReportSubmitForm");
            browser.waitForText(By.id("diagram-title"), PROCESS + " · 第 1 版");
            browser.click(By.cssSelector("g.djs-element[data-element-id='" + TASK + "']"));
            browser.waitFor(By.cssSelector(".bio-properties-panel-header"));
            assertThat(browser.waitFor(By.cssSelector(".bio-properties-panel-group-header-title")).getText())
                    .as("the properties panel speaks Chinese").isEqualTo("常规");
            browser.click(By.cssSelector("[data-group-id='group-CamundaPlatform__Form'] .bio-properties-panel-group-header"));
            WebElement formRef = browser.waitFor(By.id("bio-properties-panel-formRef"));
            assertThat(formRef.getAttribute("value")).isEqualTo("DutyReportSubmitForm");
            assertThat(formRef.getAttribute("list")).as("the form field suggests the shipped forms").isEqualTo("forms-datalist");
            browser.click(By.cssSelector("[data-group-id='group-general'] .bio-properties-panel-group-header"));
            browser.screenshot("task-selected");

            browser.type(By.id("bio-properties-panel-name"), NEW_NAME);
            browser.driver().findElement(By.id("bio-properties-panel-name")).sendKeys(Keys.TAB);
            browser.waitFor(By.id("dirty"));
            browser.screenshot("renamed");

            browser.click(By.id("deploy"));
            browser.waitForText(By.id("status"), "已部署 " + PROCESS + " 第 2 版");
            browser.waitForText(By.id("versions"), "第 2 版");
            browser.screenshot("deployed");

            browser.click(By.id("diff"));
            browser.waitForText(By.id("compare-result"), "修改（1）：" + TASK);
            browser.click(By.id("migration-preview"));
            browser.waitForText(By.id("compare-result"), "可迁移的实例：0");
            assertThat(browser.driver().findElement(By.id("migrate")).isEnabled()).as("nothing to migrate").isFalse();
            browser.screenshot("compared");

            browser.click(By.id("download"));
            Path saved = browser.downloads().resolve(PROCESS + ".bpmn");
            browser.waitUntil(d -> Files.exists(saved));
            assertThat(saved).content(StandardCharsets.UTF_8).contains("name=\"" + NEW_NAME + "\"");

            browser.click(By.cssSelector("#versions li[data-version='1']"));
            browser.waitForText(By.id("diagram-title"), PROCESS + " · 第 1 版");
            assertThat(browser.script("return window.excellenceModeler.get('elementRegistry').get(arguments[0]).businessObject.name", TASK))
                    .as("version 1 still has the old name").isEqualTo("提交述职报告");
            browser.screenshot("version-1");
        }
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(2);
        assertThat(repository.getBpmnModelInstance(latest.getId()).<UserTask>getModelElementById(TASK).getName()).isEqualTo(NEW_NAME);
    }

    @Test
    void aLocalFileOpensAndTheElementsTheServerRefusesAreMarked() throws Exception {
        try (Browser browser = Browser.open(port, "modeler-validation", "zh-CN")) {
            browser.go("/admin/login");
            logIn(browser, "admin");
            browser.waitFor(By.id("processes"));
            browser.click(By.id("new-diagram"));
            browser.waitFor(By.cssSelector("g.djs-element[data-element-id='StartEvent_Started']"));
            Path file = Files.writeString(browser.downloads().resolve("with-script.bpmn"), ProcessModelApiTests.withScriptTask());
            browser.driver().findElement(By.id("open-file")).sendKeys(file.toAbsolutePath().toString());
            browser.waitForText(By.id("diagram-title"), "with-script.bpmn");
            browser.waitFor(By.cssSelector("g.djs-element[data-element-id='Task_First']"));
            browser.click(By.id("validate"));
            browser.waitForText(By.id("status"), "校验未通过");
            assertThat(browser.all(By.cssSelector("g.djs-element.has-problem[data-element-id='Task_First']"))).hasSize(1);
            assertThat(browser.waitFor(By.cssSelector("#problems li[data-element-id='Task_First']")).getText()).contains("脚本");
            browser.screenshot("problems-marked");
        }
    }

    @Test
    void aSecretaryIsRefusedTheModeler() {
        try (Browser browser = Browser.open(port, "modeler-secretary", "zh-CN")) {
            browser.go("/admin/modeler");
            logIn(browser, "secretary-wulashan");
            assertThat(browser.waitFor(By.id("forbidden")).getText()).isEqualTo("无权访问流程建模器");
            assertThat(browser.waitFor(By.cssSelector("main")).getText()).contains("当前登录用户：secretary-wulashan")
                    .as("the page names the user, not their groups").doesNotContain("CurrentUser", "groups", "township-secretary");
            browser.screenshot("refused");
            browser.go("/admin/modeler/modeler.js");
            assertThat(browser.driver().getPageSource()).doesNotContain("BpmnModeler");
        }
    }
}
