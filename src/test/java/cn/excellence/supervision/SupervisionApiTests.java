package cn.excellence.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/** Starting a cycle, its bulletin and the spot checks through the API, with real security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class SupervisionApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Map<String, Object> body(String period) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("reportDueDate", OffsetDateTime.now().plusDays(10).toString());
        body.put("sampleSize", 10);
        body.put("seed", 20260701L);
        return body;
    }

    @Test
    void orgDeptStartsACycleAndOnlySupervisionAndOrgDeptReadTheBulletin() throws Exception {
        ResponseEntity<Map<String, Object>> created = http.post("orgdept", "/api/supervision-cycles", body("2031-01"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<?>) created.getBody().get("notSubmitted")).hasSize(22);
        assertThat((List<?>) created.getBody().get("spotChecks")).hasSize(10);
        assertThat(created.getBody()).containsEntry("seed", 20260701);
        Object id = created.getBody().get("cycleId");
        assertThat(http.get("supervisor1", "/api/supervision-cycles/" + id + "/bulletin").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-wulashan", "/api/supervision-cycles/" + id + "/bulletin").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("supervisor1", "/api/supervision-cycles/999999/bulletin").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<byte[]> pdf = http.as("supervisor1").get().uri("/api/supervision-cycles/" + id + "/bulletin.pdf").retrieve().toEntity(byte[].class);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("督查通报", "2031-01", "随机种子 20260701");
        }
        assertThat(http.post("secretary-wulashan", "/api/supervision-cycles", body("2031-02")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aUnitSeesItsOwnSpotChecksButNotAnotherUnits() {
        Object id = http.post("orgdept", "/api/supervision-cycles", body("2031-03")).getBody().get("cycleId");
        List<Map<String, Object>> checks = jdbc.sql("select id, organization_code from spot_check where cycle_id = ?")
                .param(((Number) id).longValue()).query().listOfRows();
        Map<String, Object> check = checks.get(0);
        String org = (String) (check.containsKey("organization_code") ? check.get("organization_code") : check.get("ORGANIZATION_CODE"));
        Object checkId = check.containsKey("id") ? check.get("id") : check.get("ID");
        String township = jdbc.sql("select township_code from organization where code = ?").param(org).query(String.class).optional().orElse(null);

        assertThat(http.get("supervisor1", "/api/spot-checks/" + checkId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("plenary1", "/api/spot-checks/" + checkId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        String outsider = "wulashan".equals(township) ? "secretary-xinan" : "secretary-wulashan";
        assertThat(http.get(outsider, "/api/spot-checks/" + checkId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        if (township != null) {
            assertThat(http.get("secretary-" + township, "/api/spot-checks/" + checkId).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"period,2031/04,年月", "sampleSize,549,抽查数量应为 1 到 548", "sampleSize,0,抽查数量", "strata,RANDOM,分层方式",
            "reportDueDate,2001-01-01T00:00:00+08:00,晚于当前时间", "units,'[\"atlantis\"]',不存在", "units,'[\"xinan\",\"xinan\"]',重复"})
    void badCyclesAreRefusedAndSaveNothing(String field, String value, String message) throws Exception {
        long before = jdbc.sql("select count(*) from supervision_cycle").query(Long.class).single();
        Map<String, Object> body = body("2031-05");
        body.put(field, value.startsWith("[") ? new com.fasterxml.jackson.databind.ObjectMapper().readValue(value, List.class)
                : field.equals("sampleSize") ? (Object) Integer.valueOf(value) : value);

        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/supervision-cycles", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains(message);
        assertThat(jdbc.sql("select count(*) from supervision_cycle").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSecondCycleForTheSameMonthIsRefused() {
        assertThat(http.post("orgdept", "/api/supervision-cycles", body("2031-06")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> again = http.post("orgdept", "/api/supervision-cycles", body("2031-06"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) again.getBody().get("detail")).contains("已经开始");
    }
}
