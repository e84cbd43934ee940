package cn.excellence.workbench;

import static cn.excellence.dutyreview.DutyReviewProcess.TASK_PRE_REVIEW;
import static cn.excellence.dutyreview.DutyReviewProcess.TASK_RATE_REPORT;
import static cn.excellence.dutyreview.DutyReviewProcess.TASK_SUBMIT_REPORT;
import static cn.excellence.dutyreview.DutyReviewProcess.VAR_RATING;
import static cn.excellence.dutyreview.DutyReviewProcess.VAR_RATING_COMMENT;
import static cn.excellence.dutyreview.DutyReviewProcess.VAR_REPORT_ID;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.fill;
import static cn.excellence.workbench.Workbench.NOTICE;
import static cn.excellence.workbench.Workbench.choose;
import static cn.excellence.workbench.Workbench.openTask;
import static cn.excellence.workbench.Workbench.submit;
import static cn.excellence.workbench.Workbench.switchUser;
import static cn.excellence.workbench.Workbench.tab;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.dutyreview.DutyReportStatus;
import cn.excellence.dutyreview.Rating;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The duty report worked in the workbench by its real users, on a phone (390×844) and on a desktop (1366×900): the
 * secretary submits it from 待办 and sees the next step, finds it under 已办 and under 我的事项, whose status moves as
 * org-dept pre-reviews it (a return without a reason is refused with the server's words) and the plenary rates it;
 * org-dept's dashboard counts it. Every figure is compared with the records, never with a fixed number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WorkbenchBrowserTests {

    static final List<String> REVIEWERS = List.of("plenary1", "plenary2", "plenary3");
    static final String SECRETARY = "secretary-wulashan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844", "1366, 900"})
    void aSecretaryWorksTheDutyReportInTheWorkbenchAndSeesItMoveOn(int width, int height) throws IOException {
        long round = openRound(new Http(port), "wulashan", REVIEWERS);
        long report = reportOf(round, "wulashan");

        try (Browser browser = Browser.open(port, "workbench-" + width, "zh-CN", width, height)) {
            List<String> before = dashboardFigures(browser, round);

            switchUser(browser, SECRETARY);
            long innerWidth = (Long) browser.script("return window.innerWidth");
            assertThat(innerWidth).as("a phone, or a desktop with the tabs at the side").isEqualTo(width < 900 ? width : innerWidth)
                    .isGreaterThanOrEqualTo(width < 900 ? 0 : 900);
            assertThat(browser.script("const r = document.getElementById('tabs').getBoundingClientRect();"
                    + " return r.width > r.height ? (Math.round(r.bottom) === window.innerHeight ? 'bottom' : 'elsewhere') : 'side'"))
                    .as("the tabs: at the bottom of a phone, at the side of a desktop").isEqualTo(width < 900 ? "bottom" : "side");
            Task submitTask = task(report, TASK_SUBMIT_REPORT);
            WebElement card = Workbench.taskCard(browser, submitTask.getId());
            assertThat(card.getText()).contains("提交述职报告");
            assertThat(browser.script("return document.documentElement.scrollWidth")).as("no sideways scrolling").isEqualTo(innerWidth);
            browser.screenshot("todo");
            openTask(browser, submitTask.getId(), "提交述职报告");
            fill(browser, field("活动主题/载体", "input"), "服务科学发展、服务基层群众");
            fill(browser, field("工作成效", "textarea"), "太短");
            browser.waitForText(By.cssSelector(".fjs-form-field-error"), "至少需要 10 个字");
            browser.screenshot("form-message-in-chinese");
            fill(browser, field("工作成效", "textarea"), "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。");
            fill(browser, field("存在问题", "textarea"), "部分嘎查村党组织活动载体单一，党员参与度不够均衡。");
            fill(browser, field("下步打算", "textarea"), "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
            browser.screenshot("duty-report-filled");
            assertThat(submit(browser, "提交述职报告")).startsWith("下一步：组织部预审").contains("旗委组织部");
            assertThat(status(report)).isEqualTo(DutyReportStatus.IN_PRE_REVIEW);

            tab(browser, "已办");
            WebElement done = browser.waitFor(By.xpath("//li[contains(@class, 'card')][contains(., '提交述职报告')]"));
            done.findElement(By.cssSelector("button")).click();
            browser.waitForText(By.cssSelector(".timeline .steps"), "提交述职报告");
            assertThat(browser.waitFor(By.cssSelector(".timeline .steps")).getText()).contains("组织部预审");
            browser.screenshot("done-timeline");
            assertCaseStatus(browser, report);

            switchUser(browser, "orgdept");
            Task preReview = task(report, TASK_PRE_REVIEW);
            openTask(browser, preReview.getId(), "组织部预审");
            assertThat(engine.getTaskService().createTaskQuery().taskId(preReview.getId()).singleResult().getAssignee())
                    .as("one tap claimed it").isEqualTo("orgdept");
            choose(browser, "退回修改");
            Workbench.tap(browser, By.cssSelector("button.submit"));
            browser.waitFor(By.cssSelector("#notice.error"));
            assertThat(browser.waitFor(NOTICE).getText()).as("the server's words").contains("退回理由");
            assertThat(status(report)).as("nothing changed").isEqualTo(DutyReportStatus.IN_PRE_REVIEW);
            browser.screenshot("return-without-reason-refused");
            choose(browser, "通过，提交全委会评议");
            assertThat(submit(browser, "组织部预审")).startsWith("下一步：评议述职");
            orgDeptFiltersTheCases(browser, report);

            switchUser(browser, SECRETARY);
            assertCaseStatus(browser, report);
            assertThat(status(report)).isEqualTo(DutyReportStatus.IN_RATING);

            switchUser(browser, REVIEWERS.get(0));
            openTask(browser, rateTask(report, REVIEWERS.get(0)).getId(), "评议述职");
            choose(browser, "好");
            fill(browser, field("评议意见", "textarea"), "述职内容具体，成效明显。");
            assertThat(submit(browser, "评议述职")).as("the other reviewers still rate: the case goes on").isEqualTo("等待其他人办理");
            for (String reviewer : REVIEWERS.subList(1, REVIEWERS.size())) {
                new Http(port).completeTaskForm(reviewer, rateTask(report, reviewer).getId(),
                        Map.of(VAR_RATING, Map.of("value", "GOOD"), VAR_RATING_COMMENT, Map.of("value", "同意。")));
                ProcessTestSupport.executeDueJobs(engine.getManagementService());
            }
            assertThat(status(report)).isEqualTo(DutyReportStatus.RATED);

            switchUser(browser, SECRETARY);
            WebElement rated = assertCaseStatus(browser, report);
            assertThat(rated.getText()).as("the grade").contains(grade(report).label());
            browser.screenshot("rated");

            List<String> after = dashboardFigures(browser, round);
            assertThat(after).isNotEqualTo(before);
        }
    }

    /** Opens a round for one township through the API, as org-dept does. */
    static long openRound(Http http, String township, List<String> reviewers) {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年度述职评议", "townships", List.of(township),
                "reviewers", reviewers, "reportDueDate", OffsetDateTime.now().plusDays(7).toString(),
                "ratingDueDate", OffsetDateTime.now().plusDays(14).toString()));
        ResponseEntity<Map<String, Object>> round = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(round.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) round.getBody().get("id")).longValue();
    }

    long reportOf(long round, String township) {
        return jdbc.sql("select id from duty_report where round_id = ? and township_code = ?").params(round, township)
                .query(Long.class).single();
    }

    Task task(long report, String taskKey) {
        return ProcessTestSupport.task(engine, VAR_REPORT_ID, report, taskKey);
    }

    private Task rateTask(long report, String reviewer) {
        return engine.getTaskService().createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report)
                .taskDefinitionKey(TASK_RATE_REPORT).taskAssignee(reviewer).singleResult();
    }

    DutyReportStatus status(long report) {
        return DutyReportStatus.valueOf(jdbc.sql("select status from duty_report where id = ?").param(report).query(String.class).single());
    }

    private Rating grade(long report) {
        return Rating.valueOf(jdbc.sql("select grade from duty_report where id = ?").param(report).query(String.class).single());
    }

    /**
     * 我的事项 across the banner, as org-dept narrows it: the township, then the kind; the cards are the API's answer for
     * the same filter (the API's own rules are tested in WorkbenchCasesApiTests).
     */
    private void orgDeptFiltersTheCases(Browser browser, long report) throws IOException {
        tab(browser, "我的事项");
        new Select(browser.waitFor(By.cssSelector("form.filters select[name='township']"))).selectByValue("wulashan");
        browser.waitUntil(d -> d.getCurrentUrl().contains("township=wulashan"));
        new Select(browser.waitFor(By.cssSelector("form.filters select[name='kind']"))).selectByValue("DUTY_REPORT");
        browser.waitUntil(d -> d.getCurrentUrl().contains("kind=DUTY_REPORT"));
        WebElement card = browser.waitFor(By.cssSelector("li.card[data-kind='DUTY_REPORT'][data-id='" + report + "']"));
        assertThat(card.getText()).contains(status(report).label());
        Map<String, Object> expected = new Http(port).get("orgdept", "/api/workbench/cases?township=wulashan&kind=DUTY_REPORT&size=50")
                .getBody();
        browser.waitUntil(d -> d.findElements(By.cssSelector("#view li.card")).size() == ((Number) expected.get("totalElements")).intValue());
        assertThat(browser.all(By.cssSelector("#view li.card"))).allSatisfy(c -> assertThat(c.getDomAttribute("data-kind")).isEqualTo("DUTY_REPORT"));
        browser.screenshot("org-dept-cases-filtered");

        WebElement export = browser.waitFor(By.cssSelector("#view a.export"));
        assertThat(export.getText()).isEqualTo("导出 Excel（" + expected.get("totalElements") + " 项）");
        export.click();
        Path file = browser.downloads().resolve("我的事项.xlsx");
        browser.waitUntil(d -> Files.exists(file) && file.toFile().length() > 0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(((Number) expected.get("totalElements")).intValue());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("述职报告");
            }
        }
    }

    /** 我的事项: the report's card shows its status as the records have it. */
    private WebElement assertCaseStatus(Browser browser, long report) {
        tab(browser, "我的事项");
        WebElement card = browser.waitFor(By.cssSelector("li.card[data-kind='DUTY_REPORT'][data-id='" + report + "']"));
        browser.waitUntil(d -> status(report).name().equals(card.getDomAttribute("data-status")));
        assertThat(card.getText()).contains(status(report).label());
        browser.screenshot("case-" + status(report).name().toLowerCase());
        return card;
    }

    /**
     * Org-dept's dashboard: submitted, pre-reviewed and rated, as the page shows them once they equal what the records
     * say (the newest round is the one the test opened).
     */
    private List<String> dashboardFigures(Browser browser, long round) {
        Workbench.logOut(browser);
        browser.go("/dashboard");
        Workbench.signIn(browser, "orgdept");
        List<String> expected = List.of(count(round, "status <> 'AWAITING_REPORT' and submitted_at is not null"),
                count(round, "status in ('IN_RATING', 'ESCALATED', 'RATED', 'RECTIFYING', 'RECTIFICATION_SUBMITTED')"),
                count(round, "grade is not null"));
        List<String> ids = List.of("duty-submitted", "duty-pre-reviewed", "duty-rated");
        for (int i = 0; i < ids.size(); i++) {
            browser.waitForText(By.id(ids.get(i)), expected.get(i));
        }
        browser.screenshot("dashboard");
        return expected;
    }

    private String count(long round, String condition) {
        long matching = jdbc.sql("select count(*) from duty_report where round_id = ? and " + condition).param(round)
                .query(Long.class).single();
        long all = jdbc.sql("select count(*) from duty_report where round_id = ?").param(round).query(Long.class).single();
        return matching + " / " + all;
    }
}
