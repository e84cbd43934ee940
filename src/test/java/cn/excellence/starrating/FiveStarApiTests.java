package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;
import static cn.excellence.starrating.FiveStarTestSupport.REASONS;
import static cn.excellence.starrating.FiveStarTestSupport.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.support.Http;

/** 五星级 nominations refused in Chinese with nothing saved; the list, its Excel export and the history only in the user's scope. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class FiveStarApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    private Http http;
    private FiveStarTestSupport flow;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        flow = new FiveStarTestSupport(http, engine, jdbc);
    }

    @Test
    void badNominationsAreRefusedInChineseAndSaveNothing() {
        long before = flow.nominations();
        long processes = processes();
        String gongtianBranch = flow.branchesOf("xixiaozhao").get(0);

        Http.assertRefused(flow.nominate("secretary-wulashan", gongtianBranch, 2026, REASONS), 404, "无权查看");
        Http.assertRefused(flow.nominate("secretary-wulashan", "no-such-branch", 2026, REASONS), 404, "找不到组织");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan", 2026, REASONS), 400, "不是党支部");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu", 2026, null), 400, "推荐事迹");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu", 2026, "太短"), 400, "推荐事迹");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu", 2026, "事".repeat(2001)), 400, "推荐事迹");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu", 1999, REASONS), 400, "年度");
        Http.assertRefused(flow.nominate("secretary-wulashan", null, 2026, REASONS), 400, "支部组织代码");
        Http.assertRefused(flow.nominate("secretary-wulashan", "wulashan-sanhu<script>", 2026, REASONS), 404, "找不到组织");
        Map<String, Object> textYear = FiveStarTestSupport.form("wulashan-sanhu", 2026, REASONS);
        textYear.put(VAR_YEAR, value("二〇二六", "String"));
        Http.assertRefused(http.submitStartForm("secretary-wulashan", BRANCH_PROCESS, textYear), 400, "评定年度");
        assertThat(flow.nominate("secretary-sanhu", "wulashan-sanhu", 2026, REASONS).getStatusCode().value())
                .as("a village secretary does not nominate 五星级").isEqualTo(403);
        assertThat(flow.nominate("fund1", "wulashan-sanhu", 2026, REASONS).getStatusCode().value()).isEqualTo(403);

        assertThat(flow.nominations()).isEqualTo(before);
        assertThat(processes()).isEqualTo(processes);
    }

    @Test
    void aBranchIsNominatedOnceAYearWhoeverNominatesIt() {
        String branch = flow.branchesOf("wulashan").get(6);
        flow.nominated("secretary-wulashan", branch, 2026);
        long before = flow.nominations();

        Http.assertRefused(flow.nominate("orgdept", branch, 2026, REASONS), 409, "每年只能推荐一次");
        assertThat(flow.nominations()).isEqualTo(before);
        ResponseEntity<JsonNode> nextYear = flow.nominate("orgdept", branch, 2027, REASONS);
        assertThat(nextYear.getStatusCode().value()).as(String.valueOf(nextYear.getBody())).isEqualTo(200);
    }

    @Test
    void aTownshipSeesOnlyItsOwnFiveStarBranchesAndTheirHistory() throws Exception {
        String wulashan = flow.branchesOf("wulashan").get(7);
        String xiaoshetai = flow.branchesOf("xiaoshetai").get(0);
        flow.award("secretary-wulashan", wulashan, 2026);
        flow.award("secretary-xiaoshetai", xiaoshetai, 2026);

        assertThat(codes("secretary-wulashan", "")).contains(wulashan).doesNotContain(xiaoshetai);
        assertThat(codes("orgdept", "")).contains(wulashan, xiaoshetai);
        assertThat(codes("orgdept", "?township=xiaoshetai")).contains(xiaoshetai).doesNotContain(wulashan);
        ResponseEntity<Map<String, Object>> otherTownship = http.get("secretary-wulashan", "/api/five-star/branches?township=xiaoshetai");
        assertThat(otherTownship.getStatusCode().value()).isEqualTo(404);
        assertThat(otherTownship.getBody().get("detail").toString()).contains("无权查看");

        assertThat(http.get("secretary-wulashan", "/api/five-star/branches/" + xiaoshetai + "/history").getStatusCode().value()).isEqualTo(404);
        assertThat(http.get("orgdept", "/api/five-star/branches/no-such/history").getStatusCode().value()).isEqualTo(404);
        Map<String, Object> own = http.get("secretary-wulashan", "/api/five-star/branches/" + wulashan + "/history").getBody();
        assertThat(own).containsEntry("fiveStar", true).containsEntry("sinceYear", 2026);
        assertThat(http.post("secretary-xiaoshetai", "/api/five-star/branches/" + wulashan + "/revocation", Map.of("reason", "越权撤销测试"))
                .getStatusCode().value()).as("outside the scope: 404, not 403").isEqualTo(404);
        String revocation = "/api/five-star/branches/" + wulashan + "/revocation";
        ResponseEntity<Map<String, Object>> malformed = http.exchange("orgdept", HttpMethod.POST, revocation, "{\"reason\": ", MediaType.APPLICATION_JSON);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<Map<String, Object>> oversized = http.post("orgdept", revocation, Map.of("reason", "违".repeat(1001)));
        assertThat(oversized.getStatusCode().value()).isEqualTo(400);
        assertThat(oversized.getBody().get("detail").toString()).contains("撤销理由");
        assertThat(http.exchange("orgdept", HttpMethod.POST, revocation, null, MediaType.APPLICATION_JSON).getStatusCode().value()).isEqualTo(400);
        assertThat(http.get("orgdept", "/api/five-star/branches/" + wulashan + "/history").getBody()).as("nothing changed")
                .containsEntry("fiveStar", true);

        byte[] workbook = http.as("secretary-wulashan").get().uri("/api/five-star/branches.xlsx").retrieve().body(byte[].class);
        List<String> exported = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("支部名称");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    exported.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(exported).isEqualTo(codes("secretary-wulashan", ""));
    }

    private List<Object> codes(String user, String query) {
        ResponseEntity<List<Map<String, Object>>> list = http.getList(user, "/api/five-star/branches" + query);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        return list.getBody().stream().map(b -> b.get("organizationCode")).toList();
    }

    private long processes() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BRANCH_PROCESS).count();
    }
}
