package cn.excellence.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/**
 * The themes API through HTTP with real security: org-dept opens a year, the village secretary registers its own theme,
 * and every refused request is a Chinese problem with its status (403, 404, 409, 400), nothing saved by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ThemeApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ThemeService themes;

    @Test
    @SuppressWarnings("unchecked")
    void aYearIsOpenedAndRegisteredThroughTheApiAndBadRequestsAreRefusedInChinese() {
        Http http = new Http(port);
        String deadline = ThemeFlow.today().plusDays(20).toString();
        refused(http.post("secretary-sanhu", "/api/themes", Map.of("year", 2010, "deadline", deadline)), 403, "组织部");
        refused(http.post("orgdept", "/api/themes", Map.of("year", 2010, "deadline", "明天")), 400, "登记截止日期");
        refused(http.post("orgdept", "/api/themes", Map.of("year", 1999, "deadline", deadline)), 400, "年度");
        refused(http.post("orgdept", "/api/themes", Map.of("deadline", deadline)), 400, "年度");
        assertThat(themes.years()).isEmpty();
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/themes", Map.of("year", 2010, "deadline", deadline));
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        assertThat(opened.getBody()).containsEntry("year", 2010).containsEntry("status", "OPEN");
        refused(http.post("orgdept", "/api/themes", Map.of("year", 2010, "deadline", deadline)), 409, "不能重复开展");

        String sanhu = "/api/themes/2010/organizations/wulashan-sanhu";
        refused(put(http, sanhu, "主题", "载\u0007体"), 400, "控制字符");
        refused(put(http, sanhu, "主".repeat(101), "载体"), 400, "活动主题");
        refused(put(http, sanhu, " ", "载体"), 400, "活动主题");
        refused(http.exchange("secretary-sanhu", HttpMethod.PUT, sanhu, null, MediaType.APPLICATION_JSON), 400, "活动主题");
        refused(http.exchange("secretary-sanhu", HttpMethod.PUT, "/api/themes/2010/organizations/wulashan-v02", body("主题", "载体"),
                MediaType.APPLICATION_JSON), 404, "无权查看");
        refused(http.exchange("secretary-sanhu", HttpMethod.PUT, "/api/themes/2099/organizations/wulashan-sanhu", body("主题", "载体"),
                MediaType.APPLICATION_JSON), 404, "没有 2099 年度");
        assertThat(themes.registrationOf(2010, "wulashan-sanhu").status()).isEqualTo(ThemeStatus.UNREGISTERED);

        ResponseEntity<Map<String, Object>> registered = put(http, sanhu, ThemeProcessTests.WULASHAN_THEME, ThemeProcessTests.WULASHAN_CARRIER);
        assertThat(registered.getStatusCode().value()).isEqualTo(200);
        assertThat(registered.getBody()).containsEntry("status", "SUBMITTED").containsEntry("carrier", ThemeProcessTests.WULASHAN_CARRIER);
        refused(put(http, sanhu, "另一个主题", "载体"), 409, "正在审核");

        List<Map<String, Object>> own = http.getList("secretary-sanhu", "/api/themes/2010/organizations").getBody();
        assertThat(own).extracting(r -> r.get("organizationCode")).containsExactly("wulashan-sanhu");
        refused(http.get("secretary-sanhu", "/api/themes/2010/organizations/xinan"), 404, "无权查看");
        refused(http.get("secretary-sanhu", "/api/themes/2010/coverage?township=xinan"), 404, "无权查看");
        refused(http.get("orgdept", "/api/themes/2010/coverage?sector=MOON"), 400, "sector");
        refused(http.get("orgdept", "/api/themes/2010/coverage?township=wulashan-sanhu"), 400, "苏木镇");
        refused(http.get("orgdept", "/api/themes/2099/coverage"), 404, "没有 2099 年度");

        Map<String, Object> coverage = http.get("orgdept", "/api/themes/2010/coverage").getBody();
        assertThat((Map<String, Object>) coverage.get("total")).containsEntry("organizations", 548).containsEntry("registered", 1)
                .containsEntry("approved", 0);
        assertThat((List<Object>) coverage.get("uncovered")).hasSize(548);
        Map<String, Object> wulashan = http.get("orgdept", "/api/themes/2010/coverage?township=wulashan&sector=VILLAGE").getBody();
        assertThat((Map<String, Object>) wulashan.get("total")).containsEntry("registered", 1);

        ResponseEntity<byte[]> workbook = http.as("orgdept").get().uri("/api/themes/2010/coverage.xlsx").retrieve().toEntity(byte[].class);
        assertThat(workbook.getStatusCode().value()).isEqualTo(200);
        assertThat(workbook.getHeaders().getContentType().toString()).contains("spreadsheetml");
        assertThat(new String(workbook.getBody(), 0, 2)).isEqualTo("PK");
    }

    private static Map<String, Object> body(String theme, String carrier) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", theme);
        body.put("carrier", carrier);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> put(Http http, String path, String theme, String carrier) {
        return http.exchange("secretary-sanhu", HttpMethod.PUT, path, body(theme, carrier), MediaType.APPLICATION_JSON);
    }

    private static void refused(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(message);
    }
}
