package cn.excellence.training;

import static cn.excellence.training.TrainingFiles.row;
import static cn.excellence.training.TrainingFiles.sheet;
import static cn.excellence.training.TrainingFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.RosterFiles;
import cn.excellence.support.Http;

/**
 * Attendance imported from Excel by the township secretary: every row error in Chinese (row, column, value), nothing saved
 * while one remains; file errors; a clean file saved once, the same file again changing nothing; other townships see nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class TrainingImportTests {

    static final String SECRETARY = "secretary-wulashan";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Http http;
    List<List<String>> sanhu;
    List<String> gongtian;
    long course;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        sanhu = new ArrayList<>();
        for (int n = 800_001; n <= 800_006; n++) {
            sanhu.add(RosterFiles.member(n, "wulashan-sanhu"));
        }
        gongtian = RosterFiles.member(800_007, "xixiaozhao-gongtian");
        List<List<String>> roster = new ArrayList<>(sanhu);
        roster.add(gongtian);
        TrainingFiles.importRoster(http, roster);
        course = TrainingFiles.scheduled(http, "产业带头人培训", "2010-04-12", "8", "INDUSTRY_LEADER", "wulashan");
    }

    @Test
    void everyRowErrorIsToldInChineseAndNothingIsSavedWhileOneRemains() {
        String unknown = RosterFiles.identity(LocalDate.of(1980, 2, 2), 901);
        byte[] file = sheet(List.of(
                TrainingFiles.attendee(sanhu.get(0)),
                row("某某", unknown, null, null),
                TrainingFiles.attendee(gongtian),
                TrainingFiles.attendee(sanhu.get(0)),
                row(sanhu.get(1).get(0), sanhu.get(1).get(2), "9", null),
                row(null, sanhu.get(2).get(2), null, null),
                row("无号码", null, null, null),
                row("号码短", "12345", null, null),
                row(sanhu.get(3).get(0), sanhu.get(3).get(2), "八", null),
                row("别人", sanhu.get(4).get(2), null, null),
                row(sanhu.get(5).get(0), sanhu.get(5).get(2), null, "群众"),
                row("李大学", RosterFiles.identity(LocalDate.of(1986, 6, 6), 902), null, "非党员")));

        ResponseEntity<Map<String, Object>> preview = upload(http, SECRETARY, course, false, file);
        assertThat(preview.getStatusCode().value()).as(String.valueOf(preview.getBody())).isEqualTo(200);
        assertThat(preview.getBody()).containsEntry("rows", 12).containsEntry("applied", false).containsEntry("errorCount", 10);
        assertThat(errors(preview.getBody())).containsExactly(
                "3|公民身份号码|" + unknown + "|党员花名册中没有该身份号码；如为非党员，请在“人员类别”填“非党员”。",
                "4|公民身份号码|" + gongtian.get(2) + "|该党员属于“西小召镇公田村党委”，不在主办组织“乌拉山镇党委”及下级，不能登记参加本培训班。",
                "5|公民身份号码|" + sanhu.get(0).get(2) + "|第 5 行与第 2 行的身份号码重复。",
                "6|学时|9|学时 9.0 超过本培训班的 8.0 学时。",
                "7|姓名||请填写“姓名”。",
                "8|公民身份号码||请填写公民身份号码。",
                "9|公民身份号码|12345|公民身份号码应为 18 位，当前 5 位（若在 Excel 中显示为科学计数法，请将该列设为文本）。",
                "10|学时|八|学时应为数字，如 4.5。",
                "11|姓名|别人|姓名与党员花名册中该身份号码的党员（" + sanhu.get(4).get(0) + "）不符。",
                "12|人员类别|群众|人员类别只能填“党员”或“非党员”（留空为党员）。");

        ResponseEntity<Map<String, Object>> refused = upload(http, SECRETARY, course, true, file);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("detail")).contains("10 处错误，未导入任何数据");
        assertThat(personTimes()).as("nothing half saved").isZero();
    }

    @Test
    void aCleanFileIsSavedOnceAndTheSameFileAgainChangesNothing() {
        List<List<String>> rows = new ArrayList<>();
        sanhu.subList(0, 4).forEach(m -> rows.add(TrainingFiles.attendee(m)));
        rows.get(1).set(2, "4.5");
        rows.add(row("李大学", RosterFiles.identity(LocalDate.of(1986, 6, 6), 902), null, "非党员"));
        byte[] file = sheet(rows);

        ResponseEntity<Map<String, Object>> applied = upload(http, SECRETARY, course, true, file);
        assertThat(applied.getStatusCode().value()).as(String.valueOf(applied.getBody())).isEqualTo(200);
        assertThat(applied.getBody()).containsEntry("added", 5).containsEntry("applied", true).containsEntry("errorCount", 0);
        ResponseEntity<Map<String, Object>> again = upload(http, SECRETARY, course, true, file);
        assertThat(again.getBody()).containsEntry("added", 0).containsEntry("updated", 0).containsEntry("unchanged", 5);
        assertThat(personTimes()).isEqualTo(5);

        rows.get(1).set(2, "6");
        assertThat(upload(http, SECRETARY, course, true, sheet(rows)).getBody()).containsEntry("updated", 1).containsEntry("unchanged", 4);
        long member = jdbc.sql("select id from party_member where identity_number = ?").param(sanhu.get(1).get(2)).query(Long.class).single();
        Map<String, Object> figures = http.get(SECRETARY, "/api/training/members/" + member).getBody();
        assertThat(figures).containsEntry("personTimes", 1).containsEntry("hours", 6.0);
        assertThat(http.get("secretary-xinan", "/api/training/members/" + member).getStatusCode().value()).isEqualTo(404);
        List<Map<String, Object>> attendance = attendance();
        assertThat(attendance).hasSize(5).filteredOn(a -> Boolean.TRUE.equals(a.get("external"))).singleElement()
                .satisfies(a -> assertThat(a).containsEntry("name", "李大学").containsEntry("identityNumber", masked(RosterFiles.identity(LocalDate.of(1986, 6, 6), 902))));
    }

    @Test
    void fileErrorsAreRefusedInChinese() {
        assertRefused(upload(http, SECRETARY, course, false, "姓名,公民身份号码".getBytes(StandardCharsets.UTF_8)), 400, "无法读取文件");
        assertRefused(upload(http, SECRETARY, course, false, new byte[0]), 400, "请选择要导入的 Excel 文件");
        assertRefused(upload(http, SECRETARY, course, false, RosterFiles.xlsx(List.of("姓名", "学时"), List.of(List.of("张三", "8")))), 400,
                "缺少“公民身份号码”列");
        assertRefused(upload(http, SECRETARY, course, false, sheet(List.of())), 400, "没有参训人员");
        assertRefused(http.upload(SECRETARY, "/api/training/courses/" + course + "/attendance/import", "other", "a.xlsx", new byte[10]), 400,
                "请选择要导入的 Excel 文件");
        ResponseEntity<Map<String, Object>> tooLarge = upload(http, SECRETARY, course, false, new byte[10 * 1024 * 1024 + 1024]);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
        assertThat(String.valueOf(tooLarge.getBody())).containsPattern("[\\u4e00-\\u9fa5]");
        assertThat(personTimes()).isZero();
    }

    @Test
    void onlyTheOrganizersSideSeesAndImports() {
        byte[] file = sheet(List.of(TrainingFiles.attendee(sanhu.get(0))));
        assertRefused(upload(http, "secretary-xinan", course, true, file), 404, "找不到编号为 " + course + " 的培训班，或您无权查看");
        assertRefused(upload(http, "secretary-sanhu", course, true, file), 404, "无权查看");
        assertRefused(upload(http, SECRETARY, 999_999, true, file), 404, "找不到编号为 999999 的培训班");
        assertRefused(http.get("secretary-xinan", "/api/training/courses/" + course + "/attendance-template"), 404, "无权查看");
        assertThat(http.getList("secretary-xinan", "/api/training/courses").getBody()).noneMatch(c -> ((Number) c.get("id")).longValue() == course);
        assertThat(http.getList(SECRETARY, "/api/training/courses").getBody()).anyMatch(c -> ((Number) c.get("id")).longValue() == course);
        assertThat(personTimes()).isZero();
    }

    private static String masked(String identity) {
        return identity.substring(0, 6) + "********" + identity.substring(14);
    }

    private int personTimes() {
        return attendance().size();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> attendance() {
        return (List<Map<String, Object>>) http.get("orgdept", "/api/training/courses/" + course).getBody().get("attendance");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("errors")).stream()
                .map(e -> e.get("row") + "|" + e.get("column") + "|" + e.get("value") + "|" + e.get("message")).toList();
    }

    private static void assertRefused(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat((String) response.getBody().get("detail")).contains(message);
    }
}
