package cn.excellence.posts;

import cn.excellence.shared.web.PublicSubmissions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.stars.ServiceRecords;
import cn.excellence.support.Http;

/** 设岗定责 and 一书一卡一簿 through the API as secretaries and residents use them, with real security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PostsTests {

    static final String SANHU = "wulashan-sanhu";
    static final String SECRETARY = "secretary-sanhu";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceRecords serviceRecords;

    Http http;
    int year;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** Residents' entries of earlier tests leave this machine's hourly quota to the next test. */
    @AfterEach
    void ageThisMachinesEntries() {
        jdbc.sql("update merit_entry set created_at = ? where client_address = '127.0.0.1'")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).update();
    }

    List<Long> withoutOffice(String organization) {
        return jdbc.sql("""
                select m.id from party_member m join organization o on o.code = m.organization_code
                where o.path like (select path from organization where code = ?) || '%' and m.position is null order by m.id""")
                .param(organization).query(Long.class).list();
    }

    long definePost(String user, String organization, String name, int capacity) {
        ResponseEntity<Map<String, Object>> created = http.post(user, "/api/posts/organizations/" + organization + "/posts",
                Map.of("year", year, "name", name, "duties", "走访独居老人，帮助办理事务。", "capacity", capacity));
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    ResponseEntity<Map<String, Object>> claim(String user, long post, Object member) {
        Map<String, Object> body = new HashMap<>();
        body.put("memberId", member);
        return http.post(user, "/api/posts/" + post + "/claims", body);
    }

    static void assertRefused(ResponseEntity<Map<String, Object>> response, HttpStatus status, String message) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat((String) response.getBody().get("detail")).contains(message);
    }

    @Test
    void villageSecretaryDefinesAPostAndClaimsItForMembersWithoutOffice() {
        long post = definePost(SECRETARY, SANHU, "环境卫生监督岗", 2);
        List<Long> members = withoutOffice(SANHU);

        assertThat(claim(SECRETARY, post, members.get(0)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(claim(SECRETARY, post, members.get(0)), HttpStatus.CONFLICT, "已认领该岗位");
        ResponseEntity<Map<String, Object>> second = claim(SECRETARY, post, members.get(1));
        assertThat(second.getBody().get("free")).isEqualTo(0);
        assertRefused(claim(SECRETARY, post, members.get(2)), HttpStatus.CONFLICT, "已满");

        Map<String, Object> organization = http.get(SECRETARY, "/api/posts/organizations/" + SANHU + "?year=" + year).getBody();
        Map<?, ?> shown = ((List<Map<?, ?>>) organization.get("posts")).stream().filter(p -> ((Number) p.get("id")).longValue() == post)
                .findFirst().orElseThrow();
        assertThat((List<?>) shown.get("holders")).hasSize(2);
        assertThat(shown.get("free")).isEqualTo(0);

        assertThat(http.exchange(SECRETARY, HttpMethod.DELETE, "/api/posts/" + post + "/claims/" + members.get(1), null,
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(claim(SECRETARY, post, members.get(2)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.sql("select count(*) from post_claim where post_id = ?").param(post).query(Long.class).single()).isEqualTo(2);
        assertThat(http.getList(SECRETARY, "/api/posts/organizations/" + SANHU + "/members").getBody())
                .extracting(m -> ((Number) m.get("id")).longValue()).containsExactlyElementsOf(members);
    }

    @Test
    void aMemberMayHoldSeveralPostsButOfficeHoldersAndOutsidersNone() {
        long first = definePost(SECRETARY, SANHU, "政策宣传岗", 5);
        long second = definePost(SECRETARY, SANHU, "矛盾调解岗", 5);
        long member = withoutOffice(SANHU).get(3);
        assertThat(claim(SECRETARY, first, member).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(claim(SECRETARY, second, member).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        long officeHolder = jdbc.sql("select id from party_member where organization_code = ? and position is not null order by id")
                .param(SANHU).query(Long.class).list().get(0);
        assertRefused(claim(SECRETARY, first, officeHolder), HttpStatus.BAD_REQUEST, "无职党员");
        long gongtianMember = withoutOffice("xixiaozhao-gongtian").get(0);
        assertRefused(claim(SECRETARY, first, gongtianMember), HttpStatus.NOT_FOUND, "找不到");
        assertRefused(claim("secretary-wulashan", first, withoutOffice("wulashan-v02").get(0)), HttpStatus.NOT_FOUND, "不属于");
        assertRefused(claim(SECRETARY, first, 99_999_999L), HttpStatus.NOT_FOUND, "找不到编号为 99999999 的党员");
        assertRefused(claim(SECRETARY, first, null), HttpStatus.BAD_REQUEST, "请选择");
        assertRefused(claim(SECRETARY, first, "abc"), HttpStatus.BAD_REQUEST, "");
        assertRefused(claim(SECRETARY, 99_999_999L, member), HttpStatus.NOT_FOUND, "找不到编号为 99999999 的岗位");
        assertThat(jdbc.sql("select claimed from post where id = ?").param(first).query(Integer.class).single()).isEqualTo(1);

        assertThat(serviceRecords.of(List.of(member), year).get(member).postsHeld()).isEqualTo(2);
    }

    @Test
    void aDeactivatedPostKeepsItsHoldersButTakesNoMoreClaims() {
        long post = definePost(SECRETARY, SANHU, "义务讲解岗", 3);
        List<Long> members = withoutOffice(SANHU);
        assertThat(claim(SECRETARY, post, members.get(12)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(http.post("secretary-gongtian", "/api/posts/" + post + "/deactivate", Map.of()), HttpStatus.NOT_FOUND, "无权查看");
        assertThat(http.post(SECRETARY, "/api/posts/" + post + "/deactivate", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertRefused(claim(SECRETARY, post, members.get(13)), HttpStatus.CONFLICT, "已停用");
        Map<?, ?> shown = ((List<Map<?, ?>>) http.get(SECRETARY, "/api/posts/organizations/" + SANHU + "?year=" + year).getBody().get("posts"))
                .stream().filter(p -> ((Number) p.get("id")).longValue() == post).findFirst().orElseThrow();
        assertThat(shown.get("active")).isEqualTo(false);
        assertThat(shown.get("free")).isEqualTo(0);
        assertThat((List<?>) shown.get("holders")).hasSize(1);
        assertRefused(http.exchange(SECRETARY, HttpMethod.DELETE, "/api/posts/" + post + "/claims/" + members.get(13), null,
                MediaType.APPLICATION_JSON), HttpStatus.NOT_FOUND, "未认领");
    }

    @Test
    void twoSecretariesClaimingTheLastPlacesAtOnceNeverOverfillThePost() throws Exception {
        long post = definePost(SECRETARY, SANHU, "护林防火岗", 3);
        List<Long> members = withoutOffice(SANHU).subList(10, 20);
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpStatus>> answers = new ArrayList<>();
            for (long member : members) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return (HttpStatus) claim(member % 2 == 0 ? SECRETARY : "secretary-wulashan", post, member).getStatusCode();
                }));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(Collections.frequency(statuses, HttpStatus.CREATED)).isEqualTo(3);
            assertThat(Collections.frequency(statuses, HttpStatus.CONFLICT)).isEqualTo(members.size() - 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from post_claim where post_id = ?").param(post).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select claimed from post where id = ?").param(post).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void badPostsAreRefusedInChineseAndNothingIsSaved() {
        long before = jdbc.sql("select count(*) from post").query(Long.class).single();
        String path = "/api/posts/organizations/" + SANHU + "/posts";
        assertRefused(http.post(SECRETARY, path, Map.of("year", year, "duties", "职责说明", "capacity", 1)), HttpStatus.BAD_REQUEST, "岗位名称");
        assertRefused(http.post(SECRETARY, path, Map.of("year", year, "name", "岗位", "duties", "长".repeat(501), "capacity", 1)),
                HttpStatus.BAD_REQUEST, "最多 500 个字");
        assertRefused(http.post(SECRETARY, path, Map.of("year", year, "name", "岗位", "duties", "职责说明", "capacity", 0)),
                HttpStatus.BAD_REQUEST, "可认领人数");
        assertRefused(http.post(SECRETARY, path, Map.of("year", year, "name", "岗位", "duties", "职责说明", "capacity", "很多")),
                HttpStatus.BAD_REQUEST, "");
        assertRefused(http.post(SECRETARY, path, Map.of("year", 1990, "name", "岗位", "duties", "职责说明", "capacity", 1)),
                HttpStatus.BAD_REQUEST, "年度");
        assertRefused(http.post(SECRETARY, path, Map.of("year", year, "name", "岗位\u0000", "duties", "职责说明", "capacity", 1)),
                HttpStatus.BAD_REQUEST, "控制字符");
        assertRefused(http.post("secretary-wulashan", "/api/posts/organizations/wulashan/posts",
                Map.of("year", year, "name", "岗位", "duties", "职责说明", "capacity", 1)), HttpStatus.BAD_REQUEST, "嘎查村或社区");
        assertRefused(http.post("supervisor1", path, Map.of("year", year, "name", "岗位", "duties", "职责说明", "capacity", 1)),
                HttpStatus.FORBIDDEN, "党组织书记");
        assertThat(jdbc.sql("select count(*) from post").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSecretarySeesOnlyTheirOrganizationAndBelow() {
        long post = definePost(SECRETARY, SANHU, "邻里守望岗", 1);
        long member = withoutOffice(SANHU).get(5);
        assertThat(claim(SECRETARY, post, member).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertRefused(http.get("secretary-gongtian", "/api/posts/organizations/" + SANHU), HttpStatus.NOT_FOUND, "无权查看");
        assertRefused(http.get("secretary-xixiaozhao", "/api/posts/members/" + member), HttpStatus.NOT_FOUND, "无权查看");
        assertRefused(claim("secretary-gongtian", post, member), HttpStatus.NOT_FOUND, "岗位");
        assertRefused(http.get("secretary-gongtian", "/api/posts/report?township=wulashan"), HttpStatus.NOT_FOUND, "无权查看");
        assertThat(http.exchange("secretary-gongtian", HttpMethod.GET, "/api/posts/members/" + member + "/card.pdf", null,
                MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("secretary-wulashan", "/api/posts/organizations/" + SANHU).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("orgdept", "/api/posts/members/" + member).getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> own = http.get(SECRETARY, "/api/posts/report?year=" + year).getBody();
        assertThat(((Map<?, ?>) own.get("total")).get("code")).isEqualTo(SANHU);
        Map<String, Object> gongtian = http.get("secretary-gongtian", "/api/posts/report?year=" + year).getBody();
        assertThat(((Map<?, ?>) gongtian.get("total")).get("claims")).isEqualTo(0);
    }

    @Test
    void theBranchRecordsPledgeAndMeritsAndThePostCardShowsThem() throws Exception {
        long member = withoutOffice(SANHU).get(6);
        long post = definePost(SECRETARY, SANHU, "产业帮带岗", 2);
        claim(SECRETARY, post, member);
        ResponseEntity<Map<String, Object>> pledge = http.exchange(SECRETARY, HttpMethod.PUT, "/api/posts/members/" + member + "/pledge",
                Map.of("year", year, "items", List.of("每月走访联系户两次", "帮助三户发展养殖")), MediaType.APPLICATION_JSON);
        assertThat(pledge.getStatusCode()).as("%s", pledge.getBody()).isEqualTo(HttpStatus.OK);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        for (String evaluation : List.of("SATISFIED", "FAIRLY_SATISFIED", "DISSATISFIED", "SATISFIED")) {
            assertThat(http.post(SECRETARY, "/api/posts/members/" + member + "/merits",
                    Map.of("date", today, "residentName", "王大妈", "deed", "帮助修缮院墙", "evaluation", evaluation)).getStatusCode())
                    .isEqualTo(HttpStatus.CREATED);
        }
        long last = jdbc.sql("select max(id) from merit_entry where member_id = ?").param(member).query(Long.class).single();
        assertRefused(http.post(SECRETARY, "/api/posts/merits/" + last + "/hide", Map.of()), HttpStatus.BAD_REQUEST, "隐藏原因");
        assertThat(http.post(SECRETARY, "/api/posts/merits/" + last + "/hide", Map.of("reason", "重复登记")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertRefused(http.post(SECRETARY, "/api/posts/merits/" + last + "/hide", Map.of("reason", "重复登记")), HttpStatus.CONFLICT, "已隐藏");

        ServiceRecords.ServiceRecord record = serviceRecords.of(List.of(member, 99_999_999L), year).get(member);
        assertThat(record).isEqualTo(new ServiceRecords.ServiceRecord(member, true, 1, 3, 2 + 1 - 2));
        assertThat(serviceRecords.of(List.of(member), year - 1)).isEmpty();
        List<Long> manyMembers = jdbc.sql("select id from party_member order by id").query(Long.class).list();
        assertThat(manyMembers).hasSizeGreaterThan(2 * PostsServiceRecords.CHUNK);
        assertThat(serviceRecords.of(manyMembers, year)).as("asked in chunks").containsEntry(member, record);
        Map<String, Object> shown = http.get(SECRETARY, "/api/posts/members/" + member + "?year=" + year).getBody();
        assertThat(shown.get("residentPoints")).isEqualTo(1);
        assertThat((List<?>) shown.get("entries")).hasSize(4);

        ResponseEntity<byte[]> card = http.as(SECRETARY).get().uri("/api/posts/members/" + member + "/card.pdf?year=" + year)
                .retrieve().toEntity(byte[].class);
        assertThat(card.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        try (var pdf = Loader.loadPDF(card.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            String name = jdbc.sql("select name from party_member where id = ?").param(member).query(String.class).single();
            assertThat(text).contains(name, "三湖村", "产业帮带岗", "每月走访联系户两次", "帮助三户发展养殖", "积分 1");
        }
    }

    @Test
    void badPledgesAndMeritsAreRefusedInChineseAndNothingIsSaved() {
        long member = withoutOffice(SANHU).get(7);
        String pledgePath = "/api/posts/members/" + member + "/pledge";
        for (Object items : List.of(List.of(), Collections.nCopies(11, "承诺事项"), List.of("长".repeat(201)), List.of("第一行\n第二行"),
                List.of(42))) {
            ResponseEntity<Map<String, Object>> refused = http.exchange(SECRETARY, HttpMethod.PUT, pledgePath, Map.of("year", year, "items", items),
                    MediaType.APPLICATION_JSON);
            assertThat(refused.getStatusCode()).as("%s", items).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("detail")).containsPattern("承诺事项|文字");
        }
        String meritPath = "/api/posts/members/" + member + "/merits";
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertRefused(http.post(SECRETARY, meritPath, Map.of("date", today, "deed", "帮忙", "evaluation", "GOOD")), HttpStatus.BAD_REQUEST, "评价");
        assertRefused(http.post(SECRETARY, meritPath, Map.of("date", "2026-13-01", "deed", "帮忙", "evaluation", "SATISFIED")),
                HttpStatus.BAD_REQUEST, "服务日期");
        assertRefused(http.post(SECRETARY, meritPath, Map.of("date", LocalDate.parse(today).plusDays(1).toString(), "deed", "帮忙",
                "evaluation", "SATISFIED")), HttpStatus.BAD_REQUEST, "服务日期");
        assertRefused(http.post(SECRETARY, meritPath, Map.of("date", today, "evaluation", "SATISFIED")), HttpStatus.BAD_REQUEST, "服务事项");
        assertRefused(http.post(SECRETARY, meritPath, Map.of("date", today, "deed", "帮".repeat(501), "evaluation", "SATISFIED")),
                HttpStatus.BAD_REQUEST, "最多 500 个字");
        assertRefused(http.post("secretary-gongtian", meritPath, Map.of("date", today, "deed", "帮忙", "evaluation", "SATISFIED")),
                HttpStatus.NOT_FOUND, "无权查看");
        assertThat(jdbc.sql("select count(*) from service_pledge where member_id = ?").param(member).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from merit_entry where member_id = ?").param(member).query(Long.class).single()).isZero();
    }

    @Test
    void residentsFileEntriesWithThePublicCodeAtAMeasuredPace() {
        String code = (String) http.get(SECRETARY, "/api/posts/organizations/" + SANHU + "/public-code").getBody().get("code");
        assertThat(http.get(SECRETARY, "/api/posts/organizations/" + SANHU + "/public-code").getBody().get("code")).isEqualTo(code);
        assertRefused(http.get("secretary-gongtian", "/api/posts/organizations/" + SANHU + "/public-code"), HttpStatus.NOT_FOUND, "无权查看");
        Map<String, Object> page = http.get(null, "/api/public/merits/" + code).getBody();
        assertThat((String) page.get("name")).contains("三湖村");
        long member = withoutOffice(SANHU).get(8);
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> entry = new HashMap<>(Map.of("code", code.toLowerCase(), "memberId", member, "date", today, "deed", "帮我家收玉米",
                "evaluation", "SATISFIED"));

        assertRefused(http.post(null, "/api/public/merits", with(entry, "code", "WRONG234")), HttpStatus.NOT_FOUND, "公开码不正确");
        assertRefused(http.post(null, "/api/public/merits", with(entry, "code", "<script>")), HttpStatus.NOT_FOUND, "公开码不正确");
        assertRefused(http.post(null, "/api/public/merits", with(entry, "memberId", withoutOffice("xixiaozhao-gongtian").get(0))),
                HttpStatus.NOT_FOUND, "没有编号为");
        assertRefused(http.post(null, "/api/public/merits", with(entry, "evaluation", "很好")), HttpStatus.BAD_REQUEST, "评价");
        for (int i = 0; i < PublicSubmissions.MAX_PER_HOUR; i++) {
            assertThat(http.post(null, "/api/public/merits", entry).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertRefused(http.post(null, "/api/public/merits", entry), HttpStatus.TOO_MANY_REQUESTS, "每小时最多提交 5 条");
        assertThat(jdbc.sql("select count(*) from merit_entry where member_id = ? and filed_publicly = true and recorded_by is null")
                .param(member).query(Long.class).single()).isEqualTo(PublicSubmissions.MAX_PER_HOUR);

        String rotated = (String) http.post(SECRETARY, "/api/posts/organizations/" + SANHU + "/public-code", Map.of()).getBody().get("code");
        assertThat(rotated).isNotEqualTo(code);
        assertRefused(http.get(null, "/api/public/merits/" + code), HttpStatus.NOT_FOUND, "公开码不正确");
        assertThat(serviceRecords.of(List.of(member), year).get(member).residentPoints()).isEqualTo(2 * PublicSubmissions.MAX_PER_HOUR);
    }

    @Test
    void theReportExportsTheSameFiguresAsExcel() throws Exception {
        long post = definePost(SECRETARY, SANHU, "文明劝导岗", 4);
        claim(SECRETARY, post, withoutOffice(SANHU).get(9));
        Map<String, Object> report = http.get("orgdept", "/api/posts/report?year=" + year + "&township=wulashan").getBody();
        Map<?, ?> total = (Map<?, ?>) report.get("total");
        ResponseEntity<byte[]> excel = http.as("orgdept").get().uri("/api/posts/report.xlsx?year=" + year + "&township=wulashan")
                .retrieve().toEntity(byte[].class);
        assertThat(excel.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getBody()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((int) row.getCell(3).getNumericCellValue()).isEqualTo(total.get("posts"));
            assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(total.get("claims"));
            assertThat((int) row.getCell(6).getNumericCellValue()).isEqualTo(total.get("members"));
        }
        assertThat((Integer) total.get("claims")).isEqualTo(
                jdbc.sql("""
                        select count(*) from post_claim c join post p on p.id = c.post_id join organization o on o.code = p.organization_code
                        where p.post_year = ? and o.path like '/banner/wulashan/%'""").param(year).query(Integer.class).single());
    }

    /** Hostile requests to every endpoint: each a 4xx with a Chinese message, never a 5xx, and nothing saved. */
    @Test
    void hostileRequestsAreRefusedInChineseWithoutA5xxOrAHalfSavedRecord() throws Exception {
        long post = definePost(SECRETARY, SANHU, "安全巡查岗", 3);
        long member = withoutOffice(SANHU).get(11);
        String code = (String) http.get(SECRETARY, "/api/posts/organizations/" + SANHU + "/public-code").getBody().get("code");
        String posts = "/api/posts/organizations/" + SANHU + "/posts";
        String claims = "/api/posts/" + post + "/claims";
        String pledge = "/api/posts/members/" + member + "/pledge";
        String merits = "/api/posts/members/" + member + "/merits";
        String good = "{\"year\":" + year + ",\"name\":\"岗位\",\"duties\":\"职责说明\",\"capacity\":1}";
        String entry = "{\"code\":\"" + code + "\",\"memberId\":" + member + ",\"date\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                + "\",\"deed\":\"帮忙\",\"evaluation\":\"SATISFIED\"}";
        List<String[]> hostile = List.of(
                new String[] {"POST", posts, "{\"year\":", "post"},
                new String[] {"POST", posts, "", "post"},
                new String[] {"POST", posts, "[]", "post"},
                new String[] {"POST", posts, good.replace("\"year\":" + year, "\"year\":\"abc\""), "post"},
                new String[] {"POST", posts, good.replace("\"year\":" + year, "\"year\":1e400"), "post"},
                new String[] {"POST", posts, good.replace("\"capacity\":1", "\"capacity\":99999999999999999999"), "post"},
                new String[] {"POST", posts, good.replace("\"capacity\":1", "\"capacity\":-1"), "post"},
                new String[] {"POST", posts, good.replace("\"name\":\"岗位\"", "\"name\":{\"a\":1}"), "post"},
                new String[] {"POST", posts, good.replace("岗位", "\\u200B\\uFEFF\\u200B"), "post"},
                new String[] {"POST", "/api/posts/organizations/../../etc/posts", good, "post"},
                new String[] {"POST", claims, "{\"memberId\":\"abc\"}", "post_claim"},
                new String[] {"POST", claims, "{\"memberId\":1e400}", "post_claim"},
                new String[] {"POST", claims, "{\"memberId\":-1}", "post_claim"},
                new String[] {"POST", claims, "{}", "post_claim"},
                new String[] {"DELETE", claims + "/abc", null, "post_claim"},
                new String[] {"PUT", pledge, "{\"year\":" + year + ",\"items\":\"一条\"}", "service_pledge"},
                new String[] {"PUT", pledge, "{\"year\":" + year + ",\"items\":[null]}", "service_pledge"},
                new String[] {"PUT", pledge, "{\"year\":" + year + ",\"items\":[{\"a\":1}]}", "service_pledge"},
                new String[] {"PUT", pledge, "{\"year\":99999999999,\"items\":[\"承诺\"]}", "service_pledge"},
                new String[] {"PUT", pledge, "{\"items\":[\"承诺\"]}", "service_pledge"},
                new String[] {"POST", merits, "{\"date\":\"2026-02-30\",\"deed\":\"帮忙\",\"evaluation\":\"SATISFIED\"}", "merit_entry"},
                new String[] {"POST", merits, "{\"date\":\"../../\",\"deed\":\"帮忙\",\"evaluation\":\"SATISFIED\"}", "merit_entry"},
                new String[] {"POST", merits, "{\"date\":\"2026-01-01\",\"deed\":\"帮忙\",\"evaluation\":\"<script>\"}", "merit_entry"},
                new String[] {"POST", merits, "{\"date\":\"2026-01-01\",\"deed\":\"帮\\u0000忙\",\"evaluation\":\"SATISFIED\"}", "merit_entry"},
                new String[] {"POST", merits, "{\"date\":\"2026-01-01\",\"residentName\":\"" + "名".repeat(51)
                        + "\",\"deed\":\"帮忙\",\"evaluation\":\"SATISFIED\"}", "merit_entry"},
                new String[] {"POST", "/api/public/merits", "{\"code\":", "merit_entry"},
                new String[] {"POST", "/api/public/merits", entry.replace(code, "' OR '1'='1' --"), "merit_entry"},
                new String[] {"POST", "/api/public/merits", entry.replace(code, "A".repeat(10_000)), "merit_entry"},
                new String[] {"POST", "/api/public/merits", entry.replace("\"memberId\":" + member, "\"memberId\":\"x\""), "merit_entry"},
                new String[] {"POST", "/api/public/merits", entry.replace("\"date\":\"", "\"date\":\"9"), "merit_entry"},
                new String[] {"GET", "/api/public/merits/%2e%2e", null, null},
                new String[] {"GET", "/api/posts/report?year=abc", null, null},
                new String[] {"GET", "/api/posts/report?township=../../", null, null},
                new String[] {"GET", "/api/posts/members/" + member + "/card.pdf?year=99999", null, null},
                new String[] {"GET", "/api/posts/organizations/" + SANHU + "?year=1e9", null, null});
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((SECRETARY + ":" + SECRETARY).getBytes());
        for (String[] request : hostile) {
            long before = request[3] == null ? 0 : jdbc.sql("select count(*) from " + request[3]).query(Long.class).single();
            java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.baseUrl() + request[1]))
                    .header("Accept", "application/json").header("Content-Type", "application/json").header("Authorization", basic)
                    .method(request[0], request[2] == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(request[2]));
            java.net.http.HttpResponse<String> response = client.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String what = request[0] + " " + request[1] + " " + abbreviated(request[2]) + " → " + response.body();
            assertThat(response.statusCode()).as(what).isBetween(400, 499);
            assertThat(response.body()).as(what).containsPattern("\\p{IsHan}");
            if (request[3] != null) {
                assertThat(jdbc.sql("select count(*) from " + request[3]).query(Long.class).single()).as(what).isEqualTo(before);
            }
        }
    }

    /** A request body in an assertion message, cut short. */
    private static String abbreviated(String body) {
        return body == null ? "" : body.length() <= 80 ? body : body.substring(0, 80) + "…";
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
