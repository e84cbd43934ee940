package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;
import static cn.excellence.support.Tasklist.assertSideBySide;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.claimIfNeeded;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.Tasklist;

/**
 * The supervision group verifies a rectification it sent back (核验整改), on a phone (390×844) in Tasklist: the
 * report it sent back beside the new one, and a summary of what changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReturnedRectificationPhoneBrowserTests {

    private static final String FIRST_REPORT = "已补全三会一课记录，党员活动室已挂牌。";
    private static final String SECOND_REPORT = "已按规范在活动室正门重新挂牌，并补全 2026 年三会一课记录 24 份。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSupervisionGroupSeesTheSentBackAndTheNewRectificationSideBySideOnAPhone() {
        Http http = new Http(port);
        Object cycle = http.post("orgdept", "/api/supervision-cycles", SupervisionApiTests.body("2031-09")).getBody().get("cycleId");
        List<Long> checks = jdbc.sql("select id from spot_check where cycle_id = ?").param(((Number) cycle).longValue())
                .query(Long.class).list();
        ProcessInstance check = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SPOT_CHECK_PROCESS).list().stream()
                .filter(pi -> engine.getRuntimeService().getVariable(pi.getId(), VAR_SPOT_CHECK_ID) instanceof Number id && checks.contains(id.longValue())
                        && engine.getRuntimeService().getVariable(pi.getId(), VAR_ORGANIZATION_SECRETARY) != null)
                .findFirst().orElseThrow();
        String secretary = (String) engine.getRuntimeService().getVariable(check.getId(), VAR_ORGANIZATION_SECRETARY);
        String organization = (String) engine.getRuntimeService().getVariable(check.getId(), VAR_ORGANIZATION_NAME);

        Map<String, Object> inspection = new HashMap<>(Map.of("score1", 18L, "score2", 17L, "score3", 10L, "score4", 16L, "score5", 18L,
                "rectificationDays", 30L));
        inspection.putAll(Map.of("inspectionNotes", "实地查看。", "findings", "三会一课记录不全\n党员活动室未挂牌"));
        submit("supervisor1", check, TASK_INSPECT, inspection);
        submit(secretary, check, TASK_RECTIFY, Map.of("rectificationReport", FIRST_REPORT));
        submit("supervisor1", check, TASK_VERIFY, Map.of(VAR_VERIFICATION, "SEND_BACK", "verifyComment", "挂牌位置不规范，请重新整改。"));
        submit(secretary, check, TASK_RECTIFY, Map.of("rectificationReport", SECOND_REPORT));

        try (Browser browser = Browser.openPhone(port, "returned-rectification-phone", "zh-CN")) {
            Tasklist.logIn(browser, "supervisor1");
            openTask(browser, "核验整改：" + organization);
            claimIfNeeded(browser);
            assertThat(value(browser, field("与退回前相比", "textarea"))).isEqualTo("修改了：整改情况");
            assertSideBySide(browser, "整改情况", FIRST_REPORT, SECOND_REPORT);
            assertThat(value(browser, field("核验意见", "textarea"))).as("the comment that sent it back is not offered again").isEmpty();
            assertThat(browser.all(By.cssSelector(".fjs-form input[type='radio']")).stream().noneMatch(r -> r.isSelected()))
                    .as("nor its verdict").isTrue();
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.waitFor(field("与退回前相比", "textarea")));
            browser.screenshot("sent-back-and-new");
            choose(browser, "整改到位，通过");
            complete(browser, "核验整改");
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(check.getId()).singleResult()).as("closed").isNull();
    }

    private void submit(String user, ProcessInstance check, String taskKey, Map<String, Object> values) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(check.getId()).taskDefinitionKey(taskKey).singleResult();
        Http http = new Http(port);
        if (task.getAssignee() == null) {
            assertThat(http.post(user, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof Long ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
        http.completeTaskForm(user, task.getId(), variables);
    }
}
