package cn.excellence.dutyreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/** What a new user finds after `./mvnw spring-boot:run`: a round in progress, a task with its Chinese form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "excellence.demo.open-cases=true")
@ActiveProfiles("test")
@DirtiesContext
class DemoRoundTests {

    @LocalServerPort
    int port;
    @Autowired
    FilterService filterService;

    @Test
    void aSecretaryFindsTheReportTaskInTheTasklistFilterWithItsChineseForm() {
        Http http = new Http(port);
        String filter = filterService.createFilterQuery().filterName("我的待办").singleResult().getId();

        List<Map<String, Object>> tasks = http.getList("secretary-wulashan", "/engine-rest/filter/" + filter + "/list?maxResults=15")
                .getBody();

        assertThat(tasks).singleElement().satisfies(task -> assertThat(task).containsEntry("name", "提交述职报告")
                .containsEntry("assignee", "secretary-wulashan"));
        Map<String, Object> form = http.get("secretary-wulashan", "/engine-rest/task/" + tasks.get(0).get("id") + "/deployed-form")
                .getBody();
        assertThat(form.toString()).contains("工作成效", "存在问题", "下步打算", "活动主题/载体");
        assertThat(http.getList("secretary-xinan", "/engine-rest/filter/" + filter + "/list?maxResults=15").getBody())
                .singleElement().satisfies(task -> assertThat(task).containsEntry("assignee", "secretary-xinan"));
        assertThat(http.getList("orgdept", "/api/duty-review-rounds").getBody()).hasSize(1);
        assertThat(http.getList("secretary-sanhu", "/api/commendation-campaigns").getBody()).singleElement()
                .satisfies(campaign -> assertThat(campaign).containsEntry("status", "NOMINATING"));
    }
}
