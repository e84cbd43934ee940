package cn.excellence.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.OrganizationService;
import cn.excellence.support.Http;

/**
 * Contact points, the calendar, visits, photos and 慰问金 through the API as their real users: the calendar moves with the
 * clock, each user reaches only their own points and organizations (404 otherwise), and every bad input is a Chinese 4xx
 * that saves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class VisitsTests {

    static final String SANHU = "wulashan-sanhu";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;
    @Autowired
    OrganizationService organizations;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        at(LocalDate.of(2011, 3, 1));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCalendarShowsTheNextVisitDueAndFlagsItOverdueOnceTheDatePasses() {
        long point = created(http.post("orgdept", "/api/visits/contact-points", point("standing1", SANHU, "2011-01-01", "QUARTERLY")));
        long township = created(http.post("orgdept", "/api/visits/contact-points",
                point("secretary-wulashan", "wulashan", "2011-01-01", "MONTHLY")));

        List<Map<String, Object>> calendar = http.getList("standing1", "/api/visits/calendar?from=2011-03-01&to=2011-06-30").getBody();
        assertThat(calendar).singleElement().satisfies(e -> {
            assertThat(((Number) e.get("contactPointId")).longValue()).isEqualTo(point);
            assertThat(e.get("nextDue")).isEqualTo("2011-04-01");
            assertThat(e.get("overdue")).isEqualTo(false);
            assertThat(e.get("organizationName")).isEqualTo("乌拉山镇三湖村党支部");
        });
        assertThat(http.getList("standing1", "/api/visits/calendar?from=2011-03-01&to=2011-03-20").getBody()).isEmpty();

        at(LocalDate.of(2011, 4, 15));
        assertThat(http.getList("standing1", "/api/visits/calendar?from=2011-05-01&to=2011-05-31").getBody())
                .singleElement().satisfies(e -> assertThat(e.get("overdue")).isEqualTo(true));

        created(http.post("standing1", "/api/visits", visit("2011-04-10", SANHU, List.of(), List.of())));
        assertThat(http.getList("standing1", "/api/visits/calendar?from=2011-04-15&to=2011-12-31").getBody())
                .singleElement().satisfies(e -> {
                    assertThat(e.get("lastVisit")).isEqualTo("2011-04-10");
                    assertThat(e.get("nextDue")).isEqualTo("2011-07-10");
                    assertThat(e.get("overdue")).isEqualTo(false);
                });
        assertThat(http.getList("secretary-wulashan", "/api/visits/calendar?from=2011-01-01&to=2011-12-31").getBody())
                .singleElement().satisfies(e -> assertThat(e.get("leaderId")).isEqualTo("secretary-wulashan"));
        assertThat(http.getList("orgdept", "/api/visits/calendar?from=2011-01-01&to=2011-12-31").getBody())
                .extracting(e -> ((Number) e.get("contactPointId")).longValue()).contains(point, township);
        assertThat(http.getList("standing1", "/api/visits/contact-points").getBody()).hasSize(1);
    }

    @Test
    void aUserReachesOnlyTheirOwnOrganizationsVisits() {
        at(LocalDate.of(2012, 3, 1));
        long member = memberOf(SANHU);
        long visit = created(http.post("secretary-wulashan", "/api/visits", visit("2012-02-01", SANHU, List.of(),
                List.of(Map.of("memberId", member)))));
        assertThat(http.get("standing1", "/api/visits/" + visit).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-wulashan", "/api/visits/" + visit).getBody().get("leaderIds")).isEqualTo(List.of("secretary-wulashan"));

        refused(http.get("secretary-xinan", "/api/visits/" + visit), 404, "无权查看");
        refused(http.post("secretary-xinan", "/api/visits", visit("2012-02-01", SANHU, List.of(), List.of())), 404, "无权查看");
        refused(http.upload("secretary-xinan", "/api/visits/" + visit + "/photos", "file", "a.png", PNG), 404, "无权查看");
        refused(http.get("secretary-xinan", "/api/visits/" + visit + "/photos/1"), 404, "无权查看");
        assertThat(http.getList("secretary-xinan", "/api/visits?year=2012").getBody()).isEmpty();
        assertThat(http.get("secretary-xinan", "/api/visits/report?year=2012").getBody().get("visits")).isEqualTo(0);
        assertThat(http.getList("secretary-wulashan", "/api/visits?year=2012").getBody()).hasSize(1);
        refused(http.post("secretary-sanhu", "/api/visits", visit("2012-02-01", SANHU, List.of(), List.of())), 403, "只有旗委常委");
        refused(http.post("standing1", "/api/visits/contact-points", point("standing1", SANHU, "2012-01-01", "QUARTERLY")), 403,
                "只有旗委组织部");
        refused(http.upload("standing1", "/api/visits/" + visit + "/photos", "file", "a.png", PNG), 403, "参加这次走访的领导");
        assertThat(http.getList("secretary-xinan", "/api/visits/calendar").getBody()).isEmpty();

        List<Map<String, Object>> mine = (List<Map<String, Object>>) http.get("secretary-wulashan", "/api/workbench/cases?kind=VISIT&size=100")
                .getBody().get("content");
        assertThat(mine).anySatisfy(c -> {
            assertThat(((Number) c.get("id")).longValue()).isEqualTo(visit);
            assertThat(c.get("kindLabel")).isEqualTo("联系点走访");
            assertThat(c.get("title")).asString().contains("三湖村");
        });
        assertThat((List<?>) http.get("secretary-xinan", "/api/workbench/cases?kind=VISIT").getBody().get("content")).isEmpty();
    }

    @Test
    void aLeaderAddsPhotosThatAreImagesOfAtMostFiveMegabytes() {
        long visit = created(http.post("standing1", "/api/visits", visit("2011-02-01", "wulashan", List.of(), List.of())));
        ResponseEntity<Map<String, Object>> photo = http.upload("standing1", "/api/visits/" + visit + "/photos", "file", "现场.png", PNG);
        assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(photo.getBody().get("contentType")).isEqualTo("image/png");
        byte[] back = http.as("secretary-wulashan").get().uri("/api/visits/" + visit + "/photos/" + photo.getBody().get("id"))
                .retrieve().body(byte[].class);
        assertThat(back).isEqualTo(PNG);

        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        refused(http.upload("standing1", "/api/visits/" + visit + "/photos", "file", "big.jpg", big), 413, "每张最多 5 MB");
        refused(http.upload("standing1", "/api/visits/" + visit + "/photos", "file", "fake.jpg", "not an image".getBytes()), 400,
                "JPEG 或 PNG");
        refused(http.upload("standing1", "/api/visits/" + visit + "/photos", "file", "empty.png", new byte[0]), 400, "请选择");
        refused(http.upload("standing1", "/api/visits/999999/photos", "file", "a.png", PNG), 404, "找不到");
        assertThat((List<?>) http.get("standing1", "/api/visits/" + visit).getBody().get("photos")).hasSize(1);
    }

    @Test
    void reliefIsPaidOnceThroughTheLedgerAndAShortFundSavesNothing() {
        at(LocalDate.of(2014, 3, 1));
        long member = memberOf(SANHU);
        long before = ledgerSize();
        Map<String, Object> paid = visit("2014-02-01", SANHU, List.of("secretary-wulashan"), List.of(Map.of("memberId", member, "reliefYuan", "500.50")));
        long visit = created(http.post("orgdept", "/api/visits", paid));
        assertThat((List<Map<String, Object>>) http.get("orgdept", "/api/visits/" + visit).getBody().get("members"))
                .singleElement().satisfies(m -> assertThat(m.get("reliefYuan")).isEqualTo(500.50));
        assertThat(ledgerSize()).isEqualTo(before + 1);

        refused(http.post("orgdept", "/api/visits", paid), 409, "不能重复发放");
        Map<String, Object> tooMuch = visit("2014-02-02", SANHU, List.of("secretary-wulashan"),
                List.of(Map.of("memberId", member, "reliefYuan", "300000.00")));
        refused(http.post("orgdept", "/api/visits", tooMuch), 409, "余额不足");
        assertThat(ledgerSize()).isEqualTo(before + 1);
        assertThat(http.getList("orgdept", "/api/visits?year=2014").getBody()).hasSize(1);
        Map<String, Object> report = http.get("orgdept", "/api/visits/report?year=2014").getBody();
        assertThat(List.of(report.get("visits"), report.get("payments"), report.get("paymentsYuan"))).isEqualTo(List.of(1, 1, 500.5));
    }

    @Test
    void everyBadInputIsRefusedInChineseAndSavesNothing() {
        at(LocalDate.of(2015, 3, 1));
        long member = memberOf(SANHU);
        long outside = memberOf("xinan");
        long before = ledgerSize();
        refused(post("standing1", visit(null, SANHU, List.of(), List.of())), 400, "请填写“走访日期”");
        refused(post("standing1", visit("2015-03-02", SANHU, List.of(), List.of())), 400, "不能晚于今天");
        refused(post("standing1", visit("1999-12-31", SANHU, List.of(), List.of())), 400, "不能早于");
        refused(post("standing1", visit("2015-02-01", null, List.of(), List.of())), 400, "请选择走访的党组织");
        refused(post("standing1", visit("2015-02-01", "nowhere", List.of(), List.of())), 404, "找不到组织");
        refused(post("standing1", visit("2015-02-01", SANHU, List.of(), List.of(Map.of("memberId", 987654321)))), 400, "找不到编号为");
        refused(post("standing1", visit("2015-02-01", SANHU, List.of(), List.of(Map.of("memberId", outside)))), 400, "不是“乌拉山镇三湖村党支部”的党员");
        refused(post("standing1", visit("2015-02-01", SANHU, List.of(), List.of(Map.of("memberId", member), Map.of("memberId", member)))),
                400, "重复登记");
        refused(post("standing1", visit("2015-02-01", SANHU, List.of("nobody"), List.of())), 400, "不是旗委常委或苏木镇党委书记");
        refused(post("orgdept", visit("2015-02-01", SANHU, List.of(), List.of())), 400, "请填写参加走访的领导");
        refused(post("orgdept", relief(member, "0")), 400, "应大于零");
        refused(post("orgdept", relief(member, "-5")), 400, "应大于零");
        refused(post("orgdept", relief(member, "100.005")), 400, "最多两位小数");
        refused(post("orgdept", relief(member, "abc")), 400, "请求内容无法解析");
        refused(post("standing1", relief(member, "100")), 403, "只有旗委组织部");
        Map<String, Object> noActivity = visit("2015-02-01", SANHU, List.of(), List.of());
        noActivity.put("activities", List.of());
        refused(post("standing1", noActivity), 400, "请选择走访内容");
        noActivity.put("activities", List.of("PARTY"));
        refused(post("standing1", noActivity), 400, "“走访内容”应为");
        Map<String, Object> longHelp = visit("2015-02-01", SANHU, List.of(), List.of());
        longHelp.put("helpGiven", "帮".repeat(501));
        refused(post("standing1", longHelp), 400, "最多 500 个字");
        Map<String, Object> unknownActivity = visit("2015-02-01", SANHU, List.of(), List.of());
        unknownActivity.put("activityId", 424242);
        refused(post("standing1", unknownActivity), 400, "找不到编号为 424242 的集中走访活动");
        refused(http.exchange("standing1", HttpMethod.POST, "/api/visits", "{\"date\":\"2015-13-45\"}", MediaType.APPLICATION_JSON), 400,
                "请求内容无法解析");

        refused(http.post("orgdept", "/api/visits/contact-points", point(null, SANHU, "2015-01-01", "QUARTERLY")), 400, "请填写领导");
        refused(http.post("orgdept", "/api/visits/contact-points", point("secretary-sanhu", SANHU, "2015-01-01", "QUARTERLY")), 400,
                "不是旗委常委或苏木镇党委书记");
        refused(http.post("orgdept", "/api/visits/contact-points", point("standing1", "nowhere", "2015-01-01", "QUARTERLY")), 404, "找不到组织");
        refused(http.post("orgdept", "/api/visits/contact-points", point("standing1", SANHU, "2016-01-01", "QUARTERLY")), 400, "不能晚于今天");
        refused(http.post("orgdept", "/api/visits/contact-points", point("standing1", SANHU, "2015-01-01", "DAILY")), 400, "“走访频次”应为");
        refused(http.post("orgdept", "/api/visits/contact-points", point("secretary-xinan", SANHU, "2015-01-01", "MONTHLY")), 400,
                "应在本苏木镇内");
        created(http.post("orgdept", "/api/visits/contact-points", point("secretary-baiyanhua", "baiyanhua", "2015-01-01", "QUARTERLY")));
        refused(http.post("orgdept", "/api/visits/contact-points", point("secretary-baiyanhua", "baiyanhua", "2015-01-01", "YEARLY")), 409, "已是");

        refused(http.get("standing1", "/api/visits/calendar?from=2011-05-01&to=2011-04-01"), 400, "不能早于");
        refused(http.get("standing1", "/api/visits/calendar?from=2011-01-01&to=2019-01-01"), 400, "最多查询两年");
        refused(http.get("standing1", "/api/visits/calendar?from=yesterday"), 400, "格式不正确");
        refused(http.get("orgdept", "/api/visits/report?year=1990"), 400, "“年度”应在");
        refused(http.get("orgdept", "/api/visits/report?year=abc"), 400, "格式不正确");
        refused(http.get("orgdept", "/api/visits?year=99999"), 400, "“年度”应在");

        refused(http.post("orgdept", "/api/visits/activities", Map.of("title", "集中走访", "date", "2015-06-29", "groups", List.of())), 400,
                "请安排");
        refused(http.post("orgdept", "/api/visits/activities", Map.of("title", "集中走访", "date", "2015-06-29",
                "groups", List.of(Map.of("name", "第一组", "contactPointIds", List.of(31337))))), 400, "找不到编号为 31337 的联系点");
        refused(http.post("orgdept", "/api/visits/activities", Map.of("date", "2015-06-29",
                "groups", List.of(Map.of("name", "第一组", "contactPointIds", List.of(1))))), 400, "请填写“活动名称”");
        refused(http.post("standing1", "/api/visits/activities", Map.of("title", "集中走访", "date", "2015-06-29", "groups", List.of())), 403,
                "只有旗委组织部");
        refused(http.get("standing1", "/api/visits/activities/777"), 404, "找不到编号为 777");

        assertThat(http.getList("orgdept", "/api/visits?year=2015").getBody()).isEmpty();
        assertThat(ledgerSize()).isEqualTo(before);
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> visit) {
        return http.post(user, "/api/visits", visit);
    }

    private static Map<String, Object> relief(long member, String yuan) {
        return visit("2015-02-01", SANHU, List.of("standing1"), List.of(Map.of("memberId", member, "reliefYuan", yuan)));
    }

    static Map<String, Object> visit(String date, String organization, List<String> leaders, List<Map<String, Object>> members) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("organizationCode", organization);
        body.put("leaderIds", leaders);
        body.put("activities", List.of("ORGANIZATIONAL_LIFE", "CONDOLENCE"));
        body.put("helpGiven", "参加支部组织生活，慰问困难党员。");
        body.put("members", members);
        return body;
    }

    static Map<String, Object> point(String leader, String organization, String since, String frequency) {
        Map<String, Object> body = new HashMap<>();
        body.put("leaderId", leader);
        body.put("organizationCode", organization);
        body.put("since", since);
        body.put("frequency", frequency);
        return body;
    }

    private long memberOf(String organization) {
        return organizations.membersBelow(organizations.get(organization)).get(0).id();
    }

    private long ledgerSize() {
        return ((Number) http.get("fund1", "/api/funds/HARDSHIP_RELIEF/ledger?size=1").getBody().get("totalElements")).longValue();
    }

    private static void at(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    private static long created(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private static void refused(ResponseEntity<Map<String, Object>> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(message);
    }
}
