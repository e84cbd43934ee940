package cn.excellence.starrating;

import cn.excellence.shared.web.PublicSubmissions;
import static cn.excellence.starrating.StarRatingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** The star-rating API as its users call it, with real security: who sees which branch, and every bad input refused in Chinese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StarRatingApiTests {

    static final String SANHU = "wulashan-sanhu";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BranchRatingService ratings;
    @Autowired
    StarCampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    Http http;
    StarRatingFlow flow;
    long campaignId;
    BranchRating sanhu;
    BranchRating foreign;

    @BeforeAll
    void startCampaign() {
        http = new Http(port);
        flow = new StarRatingFlow(engine, ratings, jdbc);
        ResponseEntity<JsonNode> started = http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of()));
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        campaignId = jdbc.sql("select max(id) from star_campaign").query(Long.class).single();
        sanhu = flow.rating(campaignId, SANHU);
        foreign = flow.ratings(campaignId).stream().filter(r -> "xixiaozhao".equals(r.townshipCode())).findFirst().orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void theStartFormRefusesWhatOrgDeptGotWrong() {
        assertRefused(http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of("scale", Map.of("type", "Null")))), 400, "评比类别");
        assertRefused(http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of("criteria", text("政治坚定:15\n带头致富:20")))), 400, "之和应为 80");
        assertRefused(http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of("criteria", text("政治坚定 15")))), 400, "名称:分值");
        assertRefused(http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of("reviewDeadline", text(day(5))))), 400, "审核截止日期应在自评截止日期之后");
        assertRefused(http.submitStartForm("orgdept", CAMPAIGN_PROCESS, form(Map.of("quotaPercent", Map.of("value", 150, "type", "Integer")))), 400,
                "不能大于 100");
        assertThat(http.submitStartForm("secretary-sanhu", CAMPAIGN_PROCESS, form(Map.of())).getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from star_campaign").query(Long.class).single()).as("nothing half saved").isEqualTo(1);
    }

    @Test
    void aBranchSeesOnlyItsOwnMembersAndATownshipOnlyItsBranches() {
        List<?> branches = (List<?>) http.get("secretary-sanhu", "/api/star-ratings/campaigns/" + campaignId).getBody().get("branches");
        assertThat(branches).singleElement().satisfies(b -> assertThat(((Map<?, ?>) b).get("organizationCode")).isEqualTo(SANHU));
        assertThat(status("secretary-sanhu", sheet(sanhu))).isEqualTo(200);
        assertNotFound(http.get("secretary-sanhu", sheet(foreign)));
        assertNotFound(http.exchange("secretary-sanhu", HttpMethod.PUT, sheet(foreign), Map.of("rows", List.of()), MediaType.APPLICATION_JSON));
        assertNotFound(http.get("secretary-sanhu", sheet(foreign) + ".xlsx"));
        assertThat(status("secretary-wulashan", sheet(sanhu))).isEqualTo(200);
        assertNotFound(http.get("secretary-wulashan", sheet(foreign)));
        assertThat(status("orgdept", sheet(foreign))).isEqualTo(200);
        long member = ratings.sheet(sanhu.id()).get(0).memberId();
        assertThat(status("secretary-sanhu", "/api/star-ratings/members/" + member + "/history")).isEqualTo(200);
        assertNotFound(http.get("secretary-gongtian", "/api/star-ratings/members/" + member + "/history"));
        assertNotFound(http.get("secretary-sanhu", "/api/star-ratings/members/99999999/history"));
        assertNotFound(http.get("secretary-sanhu", "/api/star-ratings/report?campaign=" + campaignId + "&township=xixiaozhao"));
        assertNotFound(http.get("orgdept", "/api/star-ratings/report?campaign=99999"));
        Map<String, Object> township = http.get("secretary-wulashan", "/api/star-ratings/report?campaign=" + campaignId).getBody();
        assertThat((List<?>) township.get("byBranch")).isNotEmpty().allSatisfy(b -> assertThat(flow.ratings(campaignId).stream()
                .filter(r -> r.organizationCode().equals(((Map<?, ?>) b).get("code"))).findFirst().orElseThrow().townshipCode()).isEqualTo("wulashan"));
    }

    @Test
    void aSheetWithABadRowIsRefusedWholeInChinese() {
        BranchRating rating = flow.ratings(campaignId).stream().filter(r -> "wulashan".equals(r.townshipCode()) && !r.organizationCode().equals(SANHU))
                .findFirst().orElseThrow();
        String user = rating.secretary();
        List<ScoreRow> rows = ratings.sheet(rating.id());
        Map<String, Object> good = entry(rows.get(0).memberId(), List.of(15, 10, 20, 15, 10), 8, 1, 0, 0);
        assertPutRefused(user, rating, List.of(good, entry(rows.get(1).memberId(), List.of(99, 10, 20, 15, 10), 8, 1, 0, 0)), "应为 0 到 15 分");
        assertPutRefused(user, rating, List.of(good, entry(99999999L, List.of(1, 1, 1, 1, 1), 1, 0, 0, 0)), "不是本支部参评名单中的党员");
        assertPutRefused(user, rating, List.of(entry(rows.get(1).memberId(), List.of(1, 2), 1, 0, 0, 0)), "应有 5 项评分");
        assertPutRefused(user, rating, List.of(entry(rows.get(1).memberId(), List.of(1, 1, 1, 1, 1), -1, 0, 0, 0)), "票数应为 0 到 1000");
        assertPutRefused(user, rating, List.of(entry(rows.get(1).memberId(), List.of(1, 1, 1, 1, 1), 600, 600, 0, 0)), "合计不能超过 1000");
        assertPutRefused(user, rating, List.of(), "没有要保存的评分");
        assertThat(ratings.sheet(rating.id()).get(0).itemScores()).as("nothing half saved").isNull();
        ResponseEntity<Map<String, Object>> malformed = http.exchange(user, HttpMethod.PUT, sheet(rating), "{\"rows\": [{\"memberId\": \"x\"}]}",
                MediaType.APPLICATION_JSON);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map<String, Object>> saved = http.exchange(user, HttpMethod.PUT, sheet(rating), Map.of("rows", List.of(good)),
                MediaType.APPLICATION_JSON);
        assertThat(saved.getStatusCode().value()).as(String.valueOf(saved.getBody())).isEqualTo(200);
        assertThat(ratings.sheet(rating.id()).get(0).complete(5)).isTrue();
    }

    @Test
    void theExcelSheetGoesDownPrefilledAndComesBackCheckedRowByRow() throws IOException {
        BranchRating rating = flow.ratings(campaignId).stream().filter(r -> "baiyanhua".equals(r.townshipCode())).findFirst().orElseThrow();
        String user = rating.secretary();
        byte[] file = http.as(user).get().uri(sheet(rating) + ".xlsx").retrieve().body(byte[].class);
        List<ScoreRow> rows = ratings.sheet(rating.id());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("政治坚定（满分15）");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(rows.get(0).memberName());
        }
        assertUploadRefused(user, rating, "不是 Excel".getBytes(), "无法读取上传的文件");
        assertUploadRefused(user, rating, filled(file, s -> {
            s.getRow(0).removeCell(s.getRow(0).getCell(3));
            s.getRow(0).createCell(3).setCellValue("别的列");
        }), "表头与评分表不符");
        assertUploadRefused(user, rating, filled(file, s -> {
            fill(s.getRow(1), 10);
            s.getRow(2).createCell(3).setCellValue("很好");
        }), "第 3 行：“政治坚定”应为整数");
        assertUploadRefused(user, rating, filled(file, s -> {
            fill(s.getRow(1), 10);
            s.getRow(2).getCell(0).setCellValue(sanhuMember());
        }), "不是本支部参评名单中的党员");
        assertUploadRefused(user, rating, filled(file, s -> {
            s.getRow(1).removeCell(s.getRow(1).getCell(2));
            s.getRow(1).createCell(2).setCellValue("也许");
        }), "“参评”应填“是”或“否”");
        assertThat(ratings.sheet(rating.id())).as("nothing half saved").allSatisfy(r -> assertThat(r.itemScores()).isNull());

        byte[] good = filled(file, s -> {
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                fill(s.getRow(r), 10);
            }
        });
        ResponseEntity<Map<String, Object>> uploaded = upload(user, rating, good);
        assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(200);
        assertThat(ratings.sheet(rating.id())).allSatisfy(r -> assertThat(r.complete(5)).isTrue());
    }

    @Test
    void objectionsAreTakenWhileTheNoticeRunsWithinTheLimit() {
        flow.enter(sanhu, row -> StarRatingFlow.scored(row.memberId(), 62, campaigns.campaign(campaignId).enteredCriteria()));
        http.completeTaskForm("secretary-sanhu", flow.task(sanhu.id(), TASK_ENTER_SCORES).getId(), Map.of(VAR_SCORES_CHECKED, text("CHECKED")));
        http.completeTaskForm("secretary-sanhu", flow.task(sanhu.id(), TASK_PROPOSE_STARS).getId(), Map.of());
        http.completeTaskForm("secretary-wulashan", flow.task(sanhu.id(), TASK_TOWNSHIP_REVIEW).getId(), Map.of(VAR_TOWNSHIP_DECISION, text("APPROVE")));
        http.completeTaskForm("orgdept", flow.task(sanhu.id(), TASK_ORG_DEPT_CONFIRM).getId(), Map.of("confirmed", text("CONFIRMED")));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        String notices = "/api/public/star-notices";
        assertThat(http.anonymous().get().uri(notices).retrieve().body(String.class)).contains("三湖村");
        Map<String, Object> notice = http.get(null, notices + "/" + sanhu.id()).getBody();
        assertThat((List<?>) notice.get("entries")).hasSize(ratings.sheet(sanhu.id()).size());
        assertThat(notice.get("open")).isEqualTo(true);
        assertNotFound(http.get(null, notices + "/" + foreign.id()));

        long member = sanhuMember();
        String objections = notices + "/" + sanhu.id() + "/objections";
        assertProblem(http.post(null, objections, Map.of("memberId", member)), 400, "请填写“异议内容”");
        assertProblem(http.post(null, objections, Map.of("reason", "该党员不参加组织生活。")), 400, "请指明对哪一位公示对象");
        assertProblem(http.post(null, objections, Map.of("memberId", 99999999, "reason", "该党员不参加组织生活。")), 400, "不在本次公示名单中");
        assertProblem(http.post(null, notices + "/" + foreign.id() + "/objections", Map.of("memberId", member, "reason", "该党员不参加组织生活。")), 404,
                "找不到该公示");
        for (int i = 0; i < PublicSubmissions.MAX_PER_HOUR; i++) {
            assertThat(http.post(null, objections, Map.of("memberId", member, "reason", "该党员不参加组织生活，第" + i + "条。")).getStatusCode().value())
                    .isEqualTo(201);
        }
        assertProblem(http.post(null, objections, Map.of("memberId", member, "reason", "该党员不参加组织生活。")), 429, "每小时最多提交 5 条异议");

        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(12))));
        assertProblem(http.post(null, objections, Map.of("memberId", member, "reason", "该党员不参加组织生活。")), 409, "公示期已结束");
    }

    private long sanhuMember() {
        return ratings.sheet(sanhu.id()).get(0).memberId();
    }

    private static void fill(Row row, int score) {
        for (int c = 3; c < 8; c++) {
            row.createCell(c).setCellValue(score);
        }
        row.createCell(8).setCellValue(9);
        for (int c = 9; c < 12; c++) {
            row.createCell(c).setCellValue(c == 9 ? 1 : 0);
        }
    }

    private static byte[] filled(byte[] file, java.util.function.Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResponseEntity<Map<String, Object>> upload(String user, BranchRating rating, byte[] file) {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "sheet.xlsx";
            }
        });
        return http.as(user).post().uri(sheet(rating) + ".xlsx").contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve()
                .toEntity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
    }

    private void assertUploadRefused(String user, BranchRating rating, byte[] file, String message) {
        assertProblem(upload(user, rating, file), 400, message);
    }

    private void assertPutRefused(String user, BranchRating rating, List<Map<String, Object>> rows, String message) {
        assertProblem(http.exchange(user, HttpMethod.PUT, sheet(rating), Map.of("rows", rows), MediaType.APPLICATION_JSON), 400, message);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(message);
    }

    private static void assertNotFound(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(404);
        assertThat(String.valueOf(response.getBody().get("detail"))).containsPattern("找不到");
    }

    private static void assertRefused(ResponseEntity<JsonNode> refused, int status, String message) {
        Http.assertRefused(refused, status, message);
    }

    private int status(String user, String path) {
        return http.get(user, path).getStatusCode().value();
    }

    private static String sheet(BranchRating rating) {
        return "/api/star-ratings/branches/" + rating.id() + "/sheet";
    }

    private static Map<String, Object> entry(long memberId, List<Integer> scores, int good, int fair, int average, int poor) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("memberId", memberId);
        entry.put("participating", true);
        entry.put("scores", new ArrayList<>(scores));
        entry.put("votesGood", good);
        entry.put("votesFair", fair);
        entry.put("votesAverage", average);
        entry.put("votesPoor", poor);
        return entry;
    }

    private static String day(int days) {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate().plusDays(days).toString();
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static Map<String, Object> form(Map<String, Object> changes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("year", Map.of("value", 2026, "type", "Integer"));
        variables.put("scale", text("MEMBER_TEN"));
        variables.put("selfAssessmentDeadline", text(day(20)));
        variables.put("reviewDeadline", text(day(30)));
        variables.putAll(changes);
        return variables;
    }
}
