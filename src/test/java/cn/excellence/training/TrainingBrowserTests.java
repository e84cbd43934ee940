package cn.excellence.training;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.Tasklist;

/**
 * 党员培训 on a phone (390×844) as its users do it: 乌拉山镇's secretary proposes a course in Tasklist (启动流程, 党员培训计划),
 * org-dept approves it in Tasklist, and the secretary imports the attendance in the workbench (工具 → 党员培训): a file with
 * a bad row shows the error by row and column and cannot be imported, the corrected file is previewed and imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TrainingBrowserTests {

    static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    static final String TOPIC = "肉羊养殖产业带头人培训";
    static final By NOTICE = By.id("notice");

    @LocalServerPort
    int port;
    @TempDir
    Path files;

    @Test
    void aTownshipProposesOrgDeptApprovesAndTheSecretaryImportsTheAttendance() throws Exception {
        Http http = new Http(port);
        List<List<String>> members = new ArrayList<>();
        for (int n = 700_001; n <= 700_003; n++) {
            members.add(RosterFiles.member(n, "wulashan-sanhu"));
        }
        TrainingFiles.importRoster(http, members);

        try (Browser browser = Browser.openPhone(port, "training", "zh-CN")) {
            Tasklist.logIn(browser, "secretary-wulashan");
            openStartForm(browser, "党员培训计划");
            fill(browser, field("培训主题", "input"), TOPIC);
            fill(browser, field("培训地点", "input"), "乌拉山镇党校");
            pickDay(browser, "开始日期", LocalDate.of(2010, 5, 10));
            pickDay(browser, "结束日期", LocalDate.of(2010, 5, 11));
            fill(browser, field("学时", "input"), "12");
            choose(browser, "产业带头人");
            browser.screenshot("plan-filled");
            start(browser);

            switchUser(browser, "orgdept");
            openTask(browser, "组织部审批培训计划");
            claimIfNeeded(browser);
            assertThat(Tasklist.value(browser, field("培训主题", "input"))).isEqualTo(TOPIC);
            choose(browser, "同意");
            complete(browser, "组织部审批培训计划");
        }
        Map<String, Object> course = http.getList("secretary-wulashan", "/api/training/courses").getBody().stream()
                .filter(c -> TOPIC.equals(c.get("topic"))).findFirst().orElseThrow();
        assertThat(course).containsEntry("status", "SCHEDULED").containsEntry("hours", 12.0).containsEntry("startDate", "2010-05-10");
        long id = ((Number) course.get("id")).longValue();

        List<List<String>> rows = new ArrayList<>();
        members.forEach(m -> rows.add(TrainingFiles.attendee(m)));
        List<List<String>> bad = new ArrayList<>(rows);
        bad.set(1, TrainingFiles.row(members.get(1).get(0), members.get(1).get(2), "13", null));
        Path badFile = Files.write(files.resolve("bad.xlsx"), TrainingFiles.sheet(bad));
        Path goodFile = Files.write(files.resolve("good.xlsx"), TrainingFiles.sheet(rows));

        try (Browser browser = Browser.openPhone(port, "training-import", "zh-CN")) {
            browser.go("/workbench/");
            browser.waitFor(By.id("login-form"));
            browser.type(By.id("username"), "secretary-wulashan");
            browser.type(By.id("password"), "secretary-wulashan");
            browser.click(By.id("login-submit"));
            browser.waitUntil(d -> "secretary-wulashan".equals(d.findElement(By.id("user")).getAttribute("data-user")));
            browser.click(By.xpath("//nav[@id='tabs']//a[normalize-space() = '工具']"));
            browser.waitForText(By.cssSelector("#view .view-title"), "工具");
            tap(browser, By.xpath("//li[contains(@class, 'card')][contains(., '党员培训')]//button"));
            browser.waitForText(By.cssSelector("#view .view-title"), "党员培训");
            tap(browser, By.cssSelector("li.card[data-course-id='" + id + "'] button"));
            browser.waitForText(By.cssSelector("#view .view-title"), TOPIC);

            browser.waitFor(By.id("training-file")).sendKeys(badFile.toString());
            tap(browser, By.id("training-preview"));
            browser.waitFor(By.cssSelector("table.training-errors"));
            assertThat(browser.waitFor(By.cssSelector("table.training-errors tr[data-row='3']")).getText())
                    .contains("学时", "学时 13.0 超过本培训班的 12.0 学时。", "填写的是：13");
            assertThat(browser.waitFor(By.id("training-apply")).isEnabled()).as("no import while a row is wrong").isFalse();
            browser.screenshot("preview-with-error");

            browser.waitFor(By.id("training-file")).sendKeys(goodFile.toString());
            tap(browser, By.id("training-preview"));
            browser.waitForText(By.id("training-result"), "检查无误，可以导入");
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling")
                    .isEqualTo(browser.script("return window.innerWidth"));
            tap(browser, By.id("training-apply"));
            browser.waitForText(NOTICE, "已导入：新增 3 人次");
            browser.waitForText(By.cssSelector(".course-status"), "参训 3 人次");
            browser.screenshot("imported");
        }
        Map<String, Object> detail = http.get("secretary-wulashan", "/api/training/courses/" + id).getBody();
        assertThat((List<?>) detail.get("attendance")).hasSize(3);
    }

    /** Types the day into a form-js date field as its picker shows it (月/日/年). */
    private static void pickDay(Browser browser, String label, LocalDate day) {
        WebElement input = browser.waitForClickable(field(label, "input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.format(PICKER), Keys.ENTER);
        browser.script("document.activeElement.blur()");
    }

    /** Taps what may lie under the tabs at the bottom of a phone: scrolled to the middle first, as a user would. */
    private static void tap(Browser browser, By by) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(by));
        browser.click(by);
    }
}
