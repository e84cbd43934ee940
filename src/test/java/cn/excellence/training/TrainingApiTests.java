package cn.excellence.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Http;

/**
 * The training API as its users call it: org-dept's course, attendees recorded one by one (a roster member, a non-member),
 * a member's and the township's figures; every refused input a Chinese 4xx that saves nothing; other townships see nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TrainingApiTests {

    static final String SECRETARY = "secretary-wulashan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Http http;
    long course;
    long sanhuMember;
    long gongtianMember;
    String sanhuIdentity;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        List<String> sanhu = RosterFiles.member(810_001, "wulashan-sanhu");
        TrainingFiles.importRoster(http, List.of(sanhu, RosterFiles.member(810_002, "xixiaozhao-gongtian")));
        sanhuIdentity = sanhu.get(2);
        sanhuMember = memberId(sanhuIdentity);
        gongtianMember = memberId(RosterFiles.member(810_002, "xixiaozhao-gongtian").get(2));
        course = TrainingFiles.scheduled(http, "纳新党员培训", "2010-06-21", "6.5", "NEW_MEMBER", "wulashan");
    }

    @Test
    void attendeesRecordedOneByOneCountForTheMemberAndTheTownship() {
        String path = "/api/training/courses/" + course + "/attendance";
        assertThat(http.post(SECRETARY, path, Map.of("memberId", sanhuMember, "hours", 4)).getStatusCode().value()).isEqualTo(201);
        assertRefused(http.post(SECRETARY, path, Map.of("memberId", sanhuMember)), 409, "已登记参加本培训班");
        assertRefused(http.post(SECRETARY, path, Map.of("name", "另一个名字", "identityNumber", sanhuIdentity)), 409, "已登记");
        String outsider = RosterFiles.identity(LocalDate.of(1988, 8, 8), 903);
        ResponseEntity<Map<String, Object>> external = http.post(SECRETARY, path, Map.of("name", "王村官", "identityNumber", outsider));
        assertThat(external.getStatusCode().value()).isEqualTo(201);
        assertThat(external.getBody()).containsEntry("external", true).containsEntry("hours", 6.5).containsEntry("organizationCode", "wulashan");

        assertThat(http.get(SECRETARY, "/api/training/members/" + sanhuMember).getBody())
                .containsEntry("personTimes", 1).containsEntry("hours", 4.0);
        Map<String, Object> report = http.get(SECRETARY, "/api/training/report?year=2010").getBody();
        assertThat(report.get("total").toString()).contains("personTimes=2", "people=2", "hours=10.5");
        assertThat(report.get("categories").toString()).contains("code=NEW_MEMBER, name=纳新党员, personTimes=2");

        long externalId = ((Number) external.getBody().get("id")).longValue();
        assertThat(http.exchange(SECRETARY, HttpMethod.DELETE, path + "/" + externalId, null, MediaType.APPLICATION_JSON).getStatusCode().value())
                .isEqualTo(204);
        assertRefused(http.exchange(SECRETARY, HttpMethod.DELETE, path + "/" + externalId, null, MediaType.APPLICATION_JSON), 404,
                "没有编号为 " + externalId + " 的参训记录");
        assertThat(http.get(SECRETARY, "/api/training/report?year=2010").getBody().get("total").toString()).contains("personTimes=1");
    }

    @Test
    void badInputOnEveryEndpointIsAChineseClientErrorThatSavesNothing() throws Exception {
        String courses = "/api/training/courses";
        int coursesBefore = http.getList("orgdept", courses).getBody().size();
        long attendanceBefore = jdbc.sql("select count(*) from training_attendance").query(Long.class).single();
        assertRefused(http.exchange("orgdept", HttpMethod.POST, courses, null, MediaType.APPLICATION_JSON), 400, "请提交培训班信息");
        assertRefused(http.exchange("orgdept", HttpMethod.POST, courses, "{\"topic\": ", MediaType.APPLICATION_JSON), 400, "");
        Map<String, Object> body = TrainingFiles.course("党员培训", "2010-05-10", "8", "OTHER", "wulashan");
        assertRefused(http.post("orgdept", courses, with(body, "topic", " ")), 400, "请填写“培训主题”");
        assertRefused(http.post("orgdept", courses, with(body, "topic", "x".repeat(201))), 400, "培训主题");
        assertRefused(http.post("orgdept", courses, with(body, "topic", "党员\u0000培训")), 400, "控制字符");
        assertRefused(http.post("orgdept", courses, with(body, "startDate", "2010-13-01")), 400, "开始日期");
        assertRefused(http.post("orgdept", courses, with(body, "hours", "0")), 400, "学时");
        assertRefused(http.post("orgdept", courses, with(body, "hours", "201")), 400, "学时");
        assertRefused(http.post("orgdept", courses, with(body, "hours", "abc")), 400, "");
        assertRefused(http.post("orgdept", courses, with(body, "category", "<script>")), 400, "培训类别");
        assertRefused(http.post("orgdept", courses, with(body, "organizerCode", "nowhere")), 404, "找不到组织");
        assertRefused(http.post("fund1", courses, body), 403, "培训计划由苏木镇（党委）书记提出");

        String path = courses + "/" + course + "/attendance";
        assertRefused(http.exchange(SECRETARY, HttpMethod.POST, path, null, MediaType.APPLICATION_JSON), 400, "请提交参训人员");
        assertRefused(http.post(SECRETARY, path, Map.of("memberId", gongtianMember)), 404, "无权查看");
        assertRefused(http.post("orgdept", path, Map.of("memberId", gongtianMember)), 400, "不属于主办组织“乌拉山镇党委”及下级");
        assertRefused(http.post(SECRETARY, path, Map.of("memberId", 999_999_999)), 404, "找不到编号为 999999999 的党员");
        assertRefused(http.post(SECRETARY, path, Map.of("name", "王村官")), 400, "请填写“公民身份号码”");
        assertRefused(http.post(SECRETARY, path, Map.of("name", "王村官", "identityNumber", "15082319880808903")), 400, "18 位");
        assertRefused(http.post(SECRETARY, path, Map.of("identityNumber", RosterFiles.identity(LocalDate.of(1988, 8, 8), 903))), 400, "姓名");
        assertRefused(http.post(SECRETARY, path, Map.of("memberId", sanhuMember, "hours", 7)), 400, "超过本培训班的 6.5 学时");
        assertRefused(http.post(SECRETARY, path, Map.of("memberId", sanhuMember, "hours", 1.25)), 400, "最多一位小数");
        assertRefused(http.post(SECRETARY, "/api/training/courses/abc/attendance", Map.of("memberId", sanhuMember)), 400, "");

        assertRefused(http.get(SECRETARY, "/api/training/report?year=1999"), 400, "年度");
        assertRefused(http.get(SECRETARY, "/api/training/report?year=abc"), 400, "");
        assertRefused(http.get(SECRETARY, "/api/training/report?township=xinan"), 404, "无权查看");
        assertRefused(http.get(SECRETARY, "/api/training/courses?year=3000"), 400, "年度");
        assertRefused(http.get(SECRETARY, "/api/training/members/" + gongtianMember), 404, "无权查看");
        assertRefused(http.get(SECRETARY, "/api/training/members/abc"), 400, "");
        assertRefused(http.get("secretary-xinan", courses + "/" + course), 404, "无权查看");
        assertRefused(http.exchange(SECRETARY, HttpMethod.DELETE, path + "/1", null, MediaType.APPLICATION_JSON), 404, "参训记录");

        assertThat(http.getList("orgdept", courses).getBody()).hasSize(coursesBefore);
        assertThat(jdbc.sql("select count(*) from training_attendance").query(Long.class).single()).isEqualTo(attendanceBefore);
        byte[] workbook = http.as("orgdept").get().uri("/api/training/report.xlsx?year=2010").retrieve().body(byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("参训人次");
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(attendanceBefore);
        }
        assertThat(http.getList(SECRETARY, "/api/training/categories").getBody()).extracting(c -> c.get("label"))
                .containsExactly("产业带头人", "大学生村官", "纳新党员", "农牧民党员", "其他");
    }

    private long memberId(String identity) {
        return jdbc.sql("select id from party_member where identity_number = ?").param(identity).query(Long.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(message).containsPattern("[\\u4e00-\\u9fa5]");
    }
}
