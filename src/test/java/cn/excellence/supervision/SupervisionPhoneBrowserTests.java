package cn.excellence.supervision;

import static cn.excellence.support.Tasklist.assertInView;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.FormValues;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.Tasklist;

/**
 * A month of supervision on a phone (390×844), in Chinese, every task by its real user in Tasklist: org-dept requests the
 * cycle through 启动流程 → 发起月度督查 (two units, one spot check, a recorded seed); one unit's secretary reports on time;
 * the other is late, and after its deadline (the engine clock moved) org-dept chases it (催报) before it reports; the
 * supervision group reviews both; the organization the seed draws is inspected with findings; its secretary rectifies;
 * supervision sends it back once, then accepts. The bulletin and the spot check tell the outcome through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class SupervisionPhoneBrowserTests {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final long SEED = 20261201L;
    private static final String ON_TIME = "旗直属机关工作委员会";
    private static final String LATE = "临海化工公司党委";
    private static final String SEND_BACK = "党员活动室挂牌位置不规范，三会一课记录仍缺两次，请重新整改。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    SupervisionService cycles;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void aMonthOfSupervisionIsWorkedOnAPhoneByEachOfItsUsers() {
        String period = YearMonth.now(WorkingDayCalendar.ZONE).toString();
        LocalDate dueDay = LocalDate.now(WorkingDayCalendar.ZONE).plusDays(3);
        String drawn = SampleDraw.draw(jdbc.sql("select code from organization where kind <> 'BANNER_COMMITTEE' order by sort_order")
                .query(String.class).list(), Set.of(), 1, SEED, c -> "ALL").get(0);
        String drawnName = jdbc.sql("select name from organization where code = ?").param(drawn).query(String.class).single();
        String drawnSecretary = cycles.secretaryOf(drawn).orElseThrow();
        long cycleId;

        try (Browser browser = Browser.openPhone(port, "supervision-phone", "zh-CN")) {
            Tasklist.logIn(browser, "orgdept");
            openStartForm(browser, "发起月度督查");
            browser.screenshot("request-form");
            fill(browser, field("督查月份", "input"), period);
            WebElement due = browser.waitForClickable(field("汇报截止日期", "input"));
            due.click();
            due.sendKeys(dueDay.format(PICKER), Keys.ENTER);
            browser.script("document.activeElement.blur()");
            choose(browser, ON_TIME);
            choose(browser, LATE);
            fill(browser, field("抽查数量", "input"), "1");
            fill(browser, field("随机种子", "input"), String.valueOf(SEED));
            browser.screenshot("request-form-filled");
            start(browser);
            browser.screenshot("requested");
            cycleId = jdbc.sql("select id from supervision_cycle where period = ?").param(period).query(Long.class).single();
            Map<String, Object> opened = bulletin(cycleId);
            assertThat(names(opened, "notSubmitted")).as(String.valueOf(opened)).containsExactlyInAnyOrder(ON_TIME, LATE);
            assertThat(spotChecks(opened)).extracting(c -> c.get("organizationCode")).as("the seed's draw").containsExactly(drawn);

            switchUser(browser, "secretary-organs");
            openTask(browser, "提交月度进展汇报：" + ON_TIME);
            assertInView(browser, field("工作进展", "textarea"));
            fill(browser, field("工作进展", "textarea"), "开展主题党日活动 12 次，推进星级评比，机关支部全部完成设岗定责。");
            fill(browser, field("存在问题", "textarea"), "个别支部活动记录不够规范。");
            fill(browser, field("下步打算", "textarea"), "按月检查支部活动记录，年底前完成星级评定。");
            fill(browser, field("本月培训党员", "input"), "120");
            fill(browser, field("本月走访", "input"), "45");
            browser.screenshot("unit-report-filled");
            complete(browser, "提交月度进展汇报：" + ON_TIME);

            ClockUtil.setCurrentTime(Date.from(FormValues.deadline(dueDay.toString(), "汇报截止日期").toInstant()
                    .plus(Duration.ofDays(3)).plus(Duration.ofHours(1))));
            ProcessTestSupport.executeDueJobs(managementService);

            switchUser(browser, "orgdept");
            openTask(browser, "催报：" + LATE);
            claimIfNeeded(browser);
            fill(browser, field("催报情况", "textarea"), "已电话督促党委书记，承诺当日提交。");
            browser.screenshot("chase-filled");
            complete(browser, "催报：" + LATE);

            switchUser(browser, "secretary-linhai-chem");
            openTask(browser, "提交月度进展汇报：" + LATE);
            fill(browser, field("工作进展", "textarea"), "完成车间党支部换届，开展安全生产党员示范岗活动。");
            fill(browser, field("存在问题", "textarea"), "汇报逾期，倒班党员参加组织生活不够经常。");
            fill(browser, field("下步打算", "textarea"), "按倒班安排组织生活，按时汇报。");
            fill(browser, field("本月培训党员", "input"), "36");
            fill(browser, field("本月走访", "input"), "8");
            complete(browser, "提交月度进展汇报：" + LATE);

            switchUser(browser, "supervisor1");
            review(browser, ON_TIME, "满意", "进展具体，记录完整。");
            review(browser, LATE, "需跟进", "汇报逾期，请下月按时汇报并跟进倒班党员组织生活。");

            openTask(browser, "实地抽查：" + drawnName);
            claimIfNeeded(browser);
            for (String item : List.of("组织生活规范", "党员教育管理", "阵地建设", "活动主题载体", "群众满意度")) {
                fill(browser, field(item, "input"), item.equals("阵地建设") ? "10" : "17");
            }
            fill(browser, field("抽查情况", "textarea"), "实地查看活动阵地，抽查会议记录。");
            fill(browser, field("发现的问题", "textarea"), "三会一课记录不全\n党员活动室未挂牌");
            fill(browser, field("整改期限", "input"), "10");
            browser.screenshot("inspection-filled");
            complete(browser, "实地抽查：" + drawnName);

            switchUser(browser, drawnSecretary);
            openTask(browser, "整改问题：" + drawnName);
            assertThat(browser.waitFor(field("发现的问题", "textarea")).getDomProperty("value")).contains("三会一课记录不全", "党员活动室未挂牌");
            fill(browser, field("整改情况", "textarea"), "已补全三会一课记录，活动室已挂牌。");
            browser.screenshot("rectification-filled");
            complete(browser, "整改问题：" + drawnName);

            switchUser(browser, "supervisor1");
            verify(browser, drawnName, "未到位，退回", SEND_BACK);

            switchUser(browser, drawnSecretary);
            openTask(browser, "整改问题：" + drawnName);
            WebElement comment = browser.waitFor(field("督查组退回意见", "textarea"));
            assertThat(comment.getDomProperty("value")).isEqualTo(SEND_BACK);
            browser.script("arguments[0].scrollIntoView({block: 'start'})", comment);
            browser.screenshot("sent-back-comment");
            fill(browser, field("整改情况", "textarea"), "已按要求在活动室正门重新挂牌，补齐两次三会一课记录并由支部书记签字。");
            complete(browser, "整改问题：" + drawnName);

            switchUser(browser, "supervisor1");
            verify(browser, drawnName, "整改到位，通过", "已核验，整改到位。");
        }
        ProcessTestSupport.executeDueJobs(managementService);

        Map<String, Object> bulletin = bulletin(cycleId);
        assertThat(bulletin).as(String.valueOf(bulletin)).containsEntry("status", "CLOSED").containsEntry("period", period);
        assertThat(names(bulletin, "onTime")).containsExactly(ON_TIME);
        assertThat(names(bulletin, "late")).containsExactly(LATE);
        assertThat(names(bulletin, "escalated")).containsExactly(LATE);
        assertThat(names(bulletin, "followUp")).containsExactly(LATE);
        assertThat((List<?>) bulletin.get("notSubmitted")).isEmpty();
        assertThat((List<?>) bulletin.get("openFindings")).isEmpty();
        Map<String, Object> check = spotChecks(bulletin).get(0);
        assertThat(check).containsEntry("organizationCode", drawn).containsEntry("sentBack", 1).containsEntry("findings", 2)
                .containsEntry("status", "CLOSED");
        Map<String, Object> seenBySecretary = new Http(port).get(drawnSecretary, "/api/spot-checks/" + check.get("spotCheckId")).getBody();
        assertThat(seenBySecretary).as(String.valueOf(seenBySecretary)).containsEntry("status", "CLOSED").containsEntry("score", 78)
                .containsEntry("findings", List.of("三会一课记录不全", "党员活动室未挂牌"));
    }

    private void review(Browser browser, String unit, String result, String comment) {
        openTask(browser, "审阅月度汇报：" + unit);
        claimIfNeeded(browser);
        choose(browser, result);
        fill(browser, field("审阅意见说明", "textarea"), comment);
        browser.screenshot("review-" + (result.equals("满意") ? "satisfactory" : "follow-up"));
        complete(browser, "审阅月度汇报：" + unit);
        ProcessTestSupport.executeDueJobs(managementService);
    }

    private void verify(Browser browser, String organization, String verdict, String comment) {
        openTask(browser, "核验整改：" + organization);
        claimIfNeeded(browser);
        choose(browser, verdict);
        fill(browser, field("核验意见", "textarea"), comment);
        browser.screenshot("verify-" + (verdict.startsWith("整改到位") ? "accept" : "send-back"));
        complete(browser, "核验整改：" + organization);
        ProcessTestSupport.executeDueJobs(managementService);
    }

    private Map<String, Object> bulletin(long cycleId) {
        return new Http(port).get("supervisor1", "/api/supervision-cycles/" + cycleId + "/bulletin").getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> bulletin, String list) {
        return (List<String>) bulletin.get(list);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> spotChecks(Map<String, Object> bulletin) {
        return (List<Map<String, Object>>) bulletin.get("spotChecks");
    }
}
