package cn.excellence.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/**
 * The guidance API as its users call it: org-dept registers staff (an existing account or a new one with a one-time
 * password), every bad input is a Chinese 4xx with nothing saved; a staff member sees only themself, a township secretary
 * the staff guiding the township, org-dept everyone, anyone else's staff or township is a 404.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class GuidanceApiTests {

    private final Http http;
    private final JdbcClient jdbc;

    @Autowired
    GuidanceApiTests(@LocalServerPort int port, JdbcClient jdbc) {
        this.http = new Http(port);
        this.jdbc = jdbc;
    }

    private static Map<String, Object> staff(Object userId, Object name, Object kind, Object organizations, Object create) {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", userId);
        body.put("name", name);
        body.put("kind", kind);
        body.put("organizationCodes", organizations);
        body.put("createAccount", create);
        return body;
    }

    private long staffCount() {
        return jdbc.sql("select count(*) from guidance_staff").query(Long.class).single()
                + jdbc.sql("select count(*) from guidance_staff_organization").query(Long.class).single();
    }

    private void refused(ResponseEntity<Map<String, Object>> response, int status, String words) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(words);
    }

    @Test
    void orgDeptRegistersANewAccountThatSignsInWithTheOneTimePassword() {
        ResponseEntity<Map<String, Object>> created = http.post("orgdept", "/api/guidance/staff",
                staff("llr-baiyanhua-1", "白彦花镇联络员甲", "LIAISON", List.of("baiyanhua"), true));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        String password = (String) created.getBody().get("initialPassword");
        assertThat(password).hasSize(16);
        assertThat(http.as("llr-baiyanhua-1", password).get().uri("/api/guidance/my-reports").retrieve().toBodilessEntity()
                .getStatusCode().value()).as("a new account must change its password first").isIn(200, 403);

        ResponseEntity<Map<String, Object>> existing = http.post("orgdept", "/api/guidance/staff",
                staff("secretary-gongtian", "公田村联络员", "LIAISON", List.of("xixiaozhao-gongtian"), false));
        assertThat(existing.getStatusCode().value()).isEqualTo(201);
        assertThat(existing.getBody()).containsEntry("initialPassword", null);
    }

    @Test
    void everyBadRegistrationIsAChinese4xxAndSavesNothing() {
        long before = staffCount();
        String tooLong = "名".repeat(51);
        refused(http.post("orgdept", "/api/guidance/staff", staff(null, "某某", "LIAISON", List.of("baiyanhua"), true)), 400, "请填写“账号”");
        refused(http.post("orgdept", "/api/guidance/staff", staff("a b", "某某", "LIAISON", List.of("baiyanhua"), true)), 400, "账号");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", tooLong, "LIAISON", List.of("baiyanhua"), true)), 400, "最多 50 个字");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某\u0007某", "LIAISON", List.of("baiyanhua"), true)), 400, "控制字符");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "BOSS", List.of("baiyanhua"), true)), 400, "类别");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "LIAISON", List.of(), true)), 400, "至少选择一个指导的组织");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "LIAISON", null, true)), 400, "至少选择一个指导的组织");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "LIAISON", List.of("nowhere"), true)), 400, "不存在");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "LIAISON", List.of("baiyanhua", "baiyanhua"), true)), 400, "重复");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "VILLAGE_INSTRUCTOR", List.of("baiyanhua"), true)), 400,
                "嘎查村活动指导员只能指导嘎查村党组织");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "TOWNSHIP_INSTRUCTOR", List.of("wulashan-sanhu"), true)), 400,
                "只能指导党委");
        refused(http.post("orgdept", "/api/guidance/staff", staff("x-1", "某某", "LIAISON", List.of("banner"), true)), 400, "旗委");
        refused(http.post("orgdept", "/api/guidance/staff", staff("nobody-here", "某某", "LIAISON", List.of("baiyanhua"), false)), 400, "不存在");
        refused(http.post("orgdept", "/api/guidance/staff", staff("secretary-baiyanhua", "某某", "LIAISON", List.of("baiyanhua"), true)), 409,
                "已存在");
        refused(http.post("orgdept", "/api/guidance/staff", staff("instructor-sanhu", "某某", "LIAISON", List.of("baiyanhua"), false)), 409,
                "已登记");
        refused(http.exchange("orgdept", HttpMethod.POST, "/api/guidance/staff", "{\"userId\": [1", MediaType.APPLICATION_JSON), 400, "");
        refused(http.post("secretary-wulashan", "/api/guidance/staff", staff("x-2", "某某", "LIAISON", List.of("wulashan"), true)), 403,
                "只有旗委组织部");
        assertThat(staffCount()).as("nothing half saved").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from act_id_user where id_ in ('x-1', 'x-2')").query(Long.class).single()).isZero();
    }

    @Test
    void eachUserSeesOnlyTheStaffOfTheirPart() {
        List<Map<String, Object>> all = http.getList("orgdept", "/api/guidance/staff").getBody();
        assertThat(all).extracting(s -> s.get("userId")).contains("instructor-wulashan", "instructor-sanhu", "liaison-sanhu");

        List<Map<String, Object>> own = http.getList("instructor-sanhu", "/api/guidance/staff").getBody();
        assertThat(own).extracting(s -> s.get("userId")).containsExactly("instructor-sanhu");

        List<Map<String, Object>> township = http.getList("secretary-wulashan", "/api/guidance/staff").getBody();
        assertThat(township).extracting(s -> s.get("userId")).contains("instructor-wulashan", "instructor-sanhu", "liaison-sanhu");
        assertThat(http.getList("secretary-baiyanhua", "/api/guidance/staff").getBody()).extracting(s -> s.get("userId"))
                .doesNotContain("instructor-sanhu");

        Number liaison = (Number) all.stream().filter(s -> s.get("userId").equals("liaison-sanhu")).findFirst().orElseThrow().get("id");
        refused(http.get("instructor-sanhu", "/api/guidance/staff/" + liaison + "/reports"), 404, "无权查看");
        refused(http.get("secretary-baiyanhua", "/api/guidance/staff/" + liaison + "/reports"), 404, "无权查看");
        assertThat(http.getList("secretary-wulashan", "/api/guidance/staff/" + liaison + "/reports").getStatusCode().value()).isEqualTo(200);
        refused(http.get("instructor-sanhu", "/api/guidance/reports?township=baiyanhua"), 404, "无权查看");
        refused(http.get("secretary-sanhu", "/api/guidance/evaluations"), 404, "无权查看");
    }

    @Test
    void badQueriesAndSectorEditsAreChinese4xx() {
        refused(http.get("orgdept", "/api/guidance/reports?period=2026-13"), 400, "年月");
        refused(http.get("orgdept", "/api/guidance/reports?period=july"), 400, "年月");
        refused(http.get("orgdept", "/api/guidance/reports?kind=BOSS"), 400, "类别");
        refused(http.get("orgdept", "/api/guidance/reports?township=nowhere"), 404, "找不到组织");
        refused(http.get("orgdept", "/api/guidance/evaluations?year=1900"), 400, "年份");

        refused(http.exchange("orgdept", HttpMethod.PUT, "/api/guidance/sectors/ORGAN", Map.of("supervisor", "旗直机关工委"), MediaType.APPLICATION_JSON),
                400, "指导职责");
        refused(http.exchange("orgdept", HttpMethod.PUT, "/api/guidance/sectors/ORGAN", Map.of("supervisor", "机".repeat(101), "duties", "指导机关党组织。"),
                MediaType.APPLICATION_JSON), 400, "最多 100 个字");
        refused(http.exchange("orgdept", HttpMethod.PUT, "/api/guidance/sectors/MOON", Map.of("supervisor", "旗直机关工委", "duties", "指导机关党组织。"),
                MediaType.APPLICATION_JSON), 404, "找不到领域");
        refused(http.exchange("secretary-wulashan", HttpMethod.PUT, "/api/guidance/sectors/ORGAN",
                Map.of("supervisor", "旗直机关工委", "duties", "指导机关党组织。"), MediaType.APPLICATION_JSON), 403, "只有旗委组织部");
        ResponseEntity<Map<String, Object>> updated = http.exchange("orgdept", HttpMethod.PUT, "/api/guidance/sectors/ORGAN",
                Map.of("supervisor", "旗直属机关工作委员会", "duties", "指导旗直机关党组织开展创先争优活动。"), MediaType.APPLICATION_JSON);
        assertThat(updated.getBody()).containsEntry("supervisor", "旗直属机关工作委员会");
        assertThat(http.getList("instructor-sanhu", "/api/guidance/sectors").getBody()).hasSize(7);

        ResponseEntity<byte[]> excel = http.as("orgdept").get().uri("/api/guidance/reports.xlsx?period=2026-07").retrieve().toEntity(byte[].class);
        assertThat(excel.getStatusCode().value()).isEqualTo(200);
        assertThat(excel.getBody()).startsWith((byte) 'P', (byte) 'K');
    }
}
