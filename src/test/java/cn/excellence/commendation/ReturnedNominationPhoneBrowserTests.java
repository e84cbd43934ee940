package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.support.Tasklist.assertSideBySide;
import static cn.excellence.support.Tasklist.choose;
import static cn.excellence.support.Tasklist.complete;
import static cn.excellence.support.Tasklist.field;
import static cn.excellence.support.Tasklist.openTask;
import static cn.excellence.support.Tasklist.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Browser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.Tasklist;

/**
 * The township secretary reviews a nomination they returned and the village revised (修改推荐材料), on a phone
 * (390×844) in Tasklist: the returned deeds beside the revised ones, the notes added, and a summary of what changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ReturnedNominationPhoneBrowserTests {

    private static final String REVISED_DEEDS = CommendationTestSupport.DEEDS + "全年发展党员 3 名，培训党员 120 人次。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTownshipSeesTheReturnedAndTheRevisedNominationSideBySideOnAPhone() {
        long campaignId = new CommendationTestSupport(engine, campaigns, nominations, jdbc).openSourceCampaign();
        Http http = new Http(port);
        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/nominations", Map.of("campaignId", campaignId,
                "categoryCode", "WUHAO_VILLAGE", "nomineeOrganizationCode", "wulashan-sanhu", "deeds", CommendationTestSupport.DEEDS));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = String.valueOf(created.getBody().get("id"));
        submit("secretary-wulashan", id, TASK_TOWNSHIP_REVIEW, Map.of(VAR_REVIEW_DECISION, "RETURN", VAR_REVIEW_NOTE, "事迹请补充具体数据。"));
        submit("secretary-sanhu", id, TASK_REVISE_NOMINATION, Map.of(VAR_DEEDS, REVISED_DEEDS, VAR_NOTES, "已补充党员发展和培训数据。"));

        try (Browser browser = Browser.openPhone(port, "returned-nomination-phone", "zh-CN")) {
            Tasklist.logIn(browser, "secretary-wulashan");
            openTask(browser, "苏木镇党委审核");
            assertThat(value(browser, field("与退回前相比", "textarea"))).isEqualTo("修改了：事迹、备注");
            assertSideBySide(browser, "事迹", CommendationTestSupport.DEEDS, REVISED_DEEDS);
            assertSideBySide(browser, "备注", "（未填写）", "已补充党员发展和培训数据。");
            browser.script("arguments[0].scrollIntoView({block: 'start'})", browser.waitFor(field("与退回前相比", "textarea")));
            browser.screenshot("returned-and-revised");
            choose(browser, "同意");
            complete(browser, "苏木镇党委审核");
        }
        assertThat(nominations.nomination(Long.parseLong(id)).deeds()).isEqualTo(REVISED_DEEDS);
    }

    private void submit(String user, String nomination, String taskKey, Map<String, String> values) {
        String task = ProcessTestSupport.task(engine, VAR_NOMINATION_ID, Long.valueOf(nomination), taskKey).getId();
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        new Http(port).completeTaskForm(user, task, variables);
    }
}
