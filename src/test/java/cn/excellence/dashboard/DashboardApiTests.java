package cn.excellence.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.fund.FundLedger;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The dashboard's figures as org-dept and the secretaries read them over HTTP with real security: equal to what the
 * test itself did (reports submitted, pre-reviewed, rated; a payment; a relief batch) and to the database's own rows;
 * a secretary sees their own township only; the exports hold the same figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DashboardApiTests {

    static final List<String> TOWNSHIPS = List.of("wulashan", "xinan", "xixiaozhao");
    static final List<String> REVIEWERS = List.of("plenary1", "plenary2");
    static final String DEEDS = "该党组织班子团结，带领群众发展特色种养业，建成村级活动场所，组织生活规范，群众满意度高，连续三年无信访事件。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FundLedger ledger;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** wulashan: submitted, accepted, rated GOOD by both; xinan: submitted only; xixiaozhao: nothing yet. */
    private long roundWithProgress() {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年度述职评议（工作概况）",
                "reportDueDate", OffsetDateTime.now().plusDays(7).toString(), "ratingDueDate", OffsetDateTime.now().plusDays(14).toString(),
                "townships", TOWNSHIPS, "reviewers", REVIEWERS));
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long round = ((Number) opened.getBody().get("id")).longValue();
        complete("secretary-wulashan", task(round, "wulashan", "Task_SubmitDutyReport"), report());
        complete("secretary-xinan", task(round, "xinan", "Task_SubmitDutyReport"), report());
        complete("orgdept", task(round, "wulashan", "Task_PreReview"), variables("preReviewDecision", "ACCEPT"));
        for (String reviewer : REVIEWERS) {
            String rate = taskService.createTaskQuery().processVariableValueEquals("dutyReportId", reportId(round, "wulashan"))
                    .taskDefinitionKey("Task_RateReport").taskAssignee(reviewer).singleResult().getId();
            complete(reviewer, rate, variables("rating", "GOOD", "ratingComment", "意见"));
        }
        ProcessTestSupport.executeDueJobs(managementService);
        return round;
    }

    @Test
    void dutyReviewProgressIsWhatTheUsersDid() {
        long round = roundWithProgress();

        Map<String, Object> board = http.get("orgdept", "/api/dashboard/duty-review?round=" + round).getBody();

        assertThat(board).containsEntry("townshipCount", 3).containsEntry("submitted", 2).containsEntry("preReviewed", 1)
                .containsEntry("rated", 1).containsEntry("reviewerCount", REVIEWERS.size());
        Map<String, Map<String, Object>> rows = byTownship(board);
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(TOWNSHIPS);
        for (String township : TOWNSHIPS) {
            long report = reportId(round, township);
            assertThat(rows.get(township)).as(township)
                    .containsEntry("ratingsIn", jdbc.sql("select count(*) from duty_rating where report_id = ?").param(report)
                            .query(Integer.class).single())
                    .containsEntry("ratingsNeeded", REVIEWERS.size())
                    .containsEntry("submitted", !township.equals("xixiaozhao"))
                    .containsEntry("preReviewed", township.equals("wulashan"));
        }
        assertThat(rows.get("wulashan")).containsEntry("ratingsIn", 2).containsEntry("grade", "好").containsEntry("rank", 1);
        assertThat(new BigDecimal(rows.get("wulashan").get("satisfaction").toString())).isEqualByComparingTo(
                jdbc.sql("select satisfaction from duty_report where id = ?").param(reportId(round, "wulashan")).query(BigDecimal.class).single());
        assertThat(rows.get("xinan")).containsEntry("rank", null).containsEntry("grade", null);
        assertThat((List<Map<String, Object>>) board.get("ranking")).extracting(r -> r.get("townshipCode")).containsExactly("wulashan");
    }

    @Test
    void aSecretarySeesOnlyTheirOwnTownshipOnEveryEndpoint() throws Exception {
        long round = roundWithProgress();

        Map<String, Object> mine = http.get("secretary-xinan", "/api/dashboard/duty-review?round=" + round).getBody();
        assertThat(byTownship(mine).keySet()).containsExactly("xinan");
        assertThat(mine).containsEntry("townshipCount", 1).containsEntry("submitted", 1).containsEntry("rated", 0);
        assertThat((List<?>) mine.get("ranking")).isEmpty();
        for (String path : List.of("/api/dashboard/duty-review", "/api/dashboard/duty-review.xlsx", "/api/dashboard/duty-review.pdf")) {
            ResponseEntity<Map<String, Object>> other = http.get("secretary-xinan", path + "?round=" + round + "&township=wulashan");
            assertThat(other.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(other.getBody().get("detail").toString()).as(path).contains("无权查看");
        }
        try (XSSFWorkbook workbook = workbook("secretary-xinan", "/api/dashboard/duty-review.xlsx?round=" + round)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(byTownship(mine).get("xinan").get("townshipName"));
        }
        for (String path : List.of("/api/dashboard/funds", "/api/dashboard/funds.xlsx", "/api/dashboard/relief-batches",
                "/api/dashboard/relief-batches.xlsx")) {
            ResponseEntity<Map<String, Object>> refused = http.get("secretary-xinan", path);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("detail").toString()).as(path).contains("组织部");
        }
        assertThat(http.get("secretary-sanhu", "/api/dashboard/duty-review?round=" + round).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("secretary-linhai-chem", "/api/dashboard/duty-review?round=" + round).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get(null, "/api/dashboard/duty-review").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void nominationsPerCategoryAreTheSecretariesOwnAgainstTheQuota() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年七一表彰（工作概况）",
                "nominationDeadline", OffsetDateTime.now().plusDays(10).toString()));
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/commendation-campaigns", body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long campaign = ((Number) opened.getBody().get("id")).longValue();
        Map<String, Integer> quotas = new HashMap<>();
        ((List<Map<String, Object>>) opened.getBody().get("categories")).forEach(c -> quotas.put((String) c.get("code"), (Integer) c.get("quota")));
        nominate("secretary-sanhu", campaign, "wulashan-sanhu");
        nominate("secretary-gongtian", campaign, "xixiaozhao-gongtian");

        Map<String, Object> all = http.get("orgdept", "/api/dashboard/commendation?campaign=" + campaign).getBody();
        Map<String, Object> wulashan = http.get("secretary-wulashan", "/api/dashboard/commendation?campaign=" + campaign).getBody();

        Map<String, Map<String, Object>> categories = byCategory(all);
        assertThat(categories.keySet()).containsExactlyInAnyOrderElementsOf(quotas.keySet());
        quotas.forEach((code, quota) -> assertThat(categories.get(code)).as(code).containsEntry("quota", quota)
                .containsEntry("nominated", jdbc.sql("select count(*) from nomination n join commendation_category c on c.id = n.category_id"
                        + " where n.campaign_id = ? and c.code = ?").params(campaign, code).query(Integer.class).single()));
        assertThat(categories.get("WUHAO_VILLAGE")).containsEntry("nominated", 2).containsEntry("selected", 0).containsEntry("objections", 0);
        assertThat(byCategory(wulashan).get("WUHAO_VILLAGE")).containsEntry("nominated", 1).containsEntry("quota", quotas.get("WUHAO_VILLAGE"));
        assertThat(http.get("secretary-wulashan", "/api/dashboard/commendation?campaign=" + campaign + "&township=xixiaozhao")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("secretary-wulashan", "/api/dashboard/commendation.xlsx?campaign=" + campaign + "&township=xixiaozhao")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("orgdept", "/api/dashboard/commendation?campaign=999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("orgdept", "/api/dashboard/commendation?campaign=x").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        try (XSSFWorkbook workbook = workbook("secretary-wulashan", "/api/dashboard/commendation.xlsx?campaign=" + campaign)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Map<String, Object>> rows = (List<Map<String, Object>>) wulashan.get("categories");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int r = 1; r <= rows.size(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(rows.get(r - 1).get("name"));
                assertThat((int) sheet.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(rows.get(r - 1).get("nominated"));
            }
        }
    }

    private void nominate(String secretary, long campaign, String village) {
        ResponseEntity<Map<String, Object>> created = http.post(secretary, "/api/nominations", Map.of("campaignId", campaign,
                "categoryCode", "WUHAO_VILLAGE", "nomineeOrganizationCode", village, "deeds", DEEDS));
        assertThat(created.getStatusCode()).as(secretary + " nominates").isEqualTo(HttpStatus.CREATED);
    }

    private static Map<String, Map<String, Object>> byCategory(Map<String, Object> board) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        ((List<Map<String, Object>>) board.get("categories")).forEach(c -> rows.put((String) c.get("code"), c));
        return rows;
    }

    @Test
    void supervisionCountsTheMonthlyReportsOnTimeAndTheSpotChecksPerTownship() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("period", "2032-01", "reportDueDate", OffsetDateTime.now().plusDays(10).toString(),
                "sampleSize", 6, "seed", 7L, "units", List.of("wulashan", "xinan")));
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/supervision-cycles", body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long cycle = ((Number) opened.getBody().get("cycleId")).longValue();
        long report = jdbc.sql("select id from supervision_report where cycle_id = ? and unit_code = 'wulashan'").param(cycle)
                .query(Long.class).single();
        String task = taskService.createTaskQuery().processVariableValueEquals("reportId", report)
                .taskDefinitionKey("Task_SubmitMonthlyReport").singleResult().getId();
        complete("secretary-wulashan", task, variables("progress", "本月完成星级评比初评。", "problems", "个别支部进度慢。",
                "nextSteps", "下月完成复评和公示。", "membersTrained", 40, "visitsMade", 12));

        Map<String, Map<String, Object>> rows = byTownship(http.get("orgdept", "/api/dashboard/supervision?cycle=" + cycle).getBody());

        assertThat(rows.get("wulashan")).containsEntry("reportsDue", 1).containsEntry("reportsSubmitted", 1)
                .containsEntry("reportsOnTime", 1);
        assertThat(new BigDecimal(rows.get("wulashan").get("onTimeRate").toString())).isEqualByComparingTo("100");
        assertThat(rows.get("xinan")).containsEntry("reportsDue", 1).containsEntry("reportsSubmitted", 0);
        assertThat(new BigDecimal(rows.get("xinan").get("onTimeRate").toString())).isEqualByComparingTo("0");
        assertThat(rows.get("mingan")).containsEntry("reportsDue", 0).containsEntry("onTimeRate", null);
        rows.forEach((township, row) -> assertThat(row.get("spotChecks")).as(township).isEqualTo(jdbc.sql("""
                select count(*) from spot_check s join organization o on o.code = s.organization_code
                where s.cycle_id = ? and o.township_code = ?""").params(cycle, township).query(Integer.class).single()));
        Map<String, Object> mine = http.get("secretary-xinan", "/api/dashboard/supervision?cycle=" + cycle).getBody();
        assertThat(byTownship(mine).keySet()).containsExactly("xinan");
        assertThat(http.get("secretary-xinan", "/api/dashboard/supervision?township=wulashan").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("secretary-xinan", "/api/dashboard/supervision.xlsx?township=wulashan").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("orgdept", "/api/dashboard/supervision?cycle=999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("orgdept", "/api/dashboard/supervision?cycle=1.5").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        try (XSSFWorkbook workbook = workbook("secretary-xinan", "/api/dashboard/supervision.xlsx?cycle=" + cycle)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(byTownship(mine).get("xinan").get("reportsDue"));
            assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(byTownship(mine).get("xinan").get("spotChecks"));
        }
    }

    @Test
    void overdueTasksAreCountedPerOrganizationAsTheEngineHasThem() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年度述职评议（逾期）",
                "reportDueDate", OffsetDateTime.now().plusDays(3).toString(), "ratingDueDate", OffsetDateTime.now().plusDays(14).toString(),
                "townships", List.of("wulashan", "xinan"), "reviewers", REVIEWERS));
        assertThat(http.post("orgdept", "/api/duty-review-rounds", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Date later = Date.from(Instant.now().plus(Duration.ofDays(5)));
        ClockUtil.setCurrentTime(later);
        try {
            Map<String, Object> all = http.get("orgdept", "/api/dashboard/overdue-tasks").getBody();
            Map<String, Object> mine = http.get("secretary-wulashan", "/api/dashboard/overdue-tasks").getBody();

            assertThat(all.get("total")).isEqualTo((int) taskService.createTaskQuery().active().dueBefore(later).count());
            Map<String, Object> wulashan = overdueRow(all, "wulashan");
            long expected = taskService.createTaskQuery().taskAssignee("secretary-wulashan").dueBefore(later).count();
            assertThat(expected).isPositive();
            assertThat(wulashan.get("tasks")).isEqualTo((int) expected);
            assertThat(((Number) wulashan.get("mostDaysOverdue")).longValue()).isGreaterThanOrEqualTo(1);
            assertThat((List<Map<String, Object>>) mine.get("organizations")).allSatisfy(row -> assertThat(jdbc.sql(
                    "select township_code from organization where code = ?").param(row.get("organizationCode")).query(String.class).single())
                    .isEqualTo("wulashan"));
            assertThat(overdueRow(mine, "wulashan")).containsEntry("tasks", (int) expected);
            assertThat(http.get("secretary-wulashan", "/api/dashboard/overdue-tasks?township=xinan").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(http.get("secretary-wulashan", "/api/dashboard/overdue-tasks.xlsx?township=xinan").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            try (XSSFWorkbook workbook = workbook("secretary-wulashan", "/api/dashboard/overdue-tasks.xlsx")) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat((int) sheet.getRow(sheet.getLastRowNum()).getCell(1).getNumericCellValue()).isEqualTo(mine.get("total"));
            }
        } finally {
            ClockUtil.reset();
        }
    }

    private static Map<String, Object> overdueRow(Map<String, Object> board, String code) {
        return ((List<Map<String, Object>>) board.get("organizations")).stream().filter(r -> code.equals(r.get("organizationCode")))
                .findFirst().orElseThrow(() -> new AssertionError("no overdue row for " + code + " in " + board));
    }

    @Test
    void fundTotalsAndMonthlyPaymentsAreTheLedgersOwn() {
        Map<String, Object> before = fund(http.get("orgdept", "/api/dashboard/funds").getBody(), "HARDSHIP_RELIEF");
        ledger.pay("HARDSHIP_RELIEF", 123_45, false, "dashboard:test:1", "member:1", "慰问金", "test");

        Map<String, Object> board = http.get("fund1", "/api/dashboard/funds").getBody();

        Map<String, Object> after = fund(board, "HARDSHIP_RELIEF");
        assertThat(new BigDecimal(after.get("paid").toString()).subtract(new BigDecimal(before.get("paid").toString())))
                .isEqualByComparingTo("123.45");
        for (Map<String, Object> f : (List<Map<String, Object>>) board.get("funds")) {
            Map<String, Object> row = jdbc.sql("select total_fen, committed_fen, paid_fen from fund where code = ?").param(f.get("code"))
                    .query().singleRow();
            long total = ((Number) row.get("total_fen")).longValue();
            long committed = ((Number) row.get("committed_fen")).longValue();
            long paid = ((Number) row.get("paid_fen")).longValue();
            assertThat(yuan(f, "total")).isEqualByComparingTo(BigDecimal.valueOf(total, 2));
            assertThat(yuan(f, "paid")).isEqualByComparingTo(BigDecimal.valueOf(paid, 2));
            assertThat(yuan(f, "committed")).isEqualByComparingTo(BigDecimal.valueOf(committed, 2));
            assertThat(yuan(f, "available")).isEqualByComparingTo(BigDecimal.valueOf(total - committed - paid, 2));
        }
        Map<String, Long> expected = new HashMap<>();
        jdbc.sql("select created_at, amount_fen from fund_ledger where entry_type = 'PAYMENT'").query((rs, n) -> expected.merge(
                YearMonth.from(rs.getTimestamp(1).toInstant().atZone(WorkingDayCalendar.ZONE)).toString(), rs.getLong(2), Long::sum)).list();
        List<Map<String, Object>> months = (List<Map<String, Object>>) board.get("paymentsByMonth");
        assertThat(months).extracting(m -> m.get("month")).containsExactlyElementsOf(expected.keySet().stream().sorted().toList());
        months.forEach(m -> assertThat(((Number) m.get("amountFen")).longValue()).isEqualTo(expected.get(m.get("month"))));
    }

    @Test
    void reliefBatchesCountTheMembersAndTheMoney() {
        Map<String, Object> before = http.get("orgdept", "/api/dashboard/relief-batches").getBody();
        List<Long> members = jdbc.sql("select id from party_member order by id desc limit 3").query(Long.class).list();
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/relief-batches",
                Map.of("title", "工作概况测试慰问", "rule", "LIST", "memberIds", members, "amount", "66.60"));
        assertThat(opened.getStatusCode().is2xxSuccessful()).isTrue();

        Map<String, Object> after = http.get("orgdept", "/api/dashboard/relief-batches").getBody();

        assertThat(((Number) after.get("batches")).intValue() - ((Number) before.get("batches")).intValue()).isEqualTo(1);
        assertThat(((Number) after.get("members")).longValue() - ((Number) before.get("members")).longValue()).isEqualTo(3);
        assertThat(new BigDecimal(after.get("totalAmount").toString()).subtract(new BigDecimal(before.get("totalAmount").toString())))
                .isEqualByComparingTo("199.80");
        assertThat(((Number) after.get("batches")).longValue())
                .isEqualTo(jdbc.sql("select count(*) from relief_batch").query(Long.class).single());
    }

    @Test
    void theExportsHoldTheSameFiguresAsTheApi() throws Exception {
        long round = roundWithProgress();
        Map<String, Map<String, Object>> rows = byTownship(http.get("orgdept", "/api/dashboard/duty-review?round=" + round).getBody());

        try (XSSFWorkbook workbook = workbook("orgdept", "/api/dashboard/duty-review.xlsx?round=" + round)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("已评议人数");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> api = rows.values().stream().filter(t -> t.get("townshipName").equals(row.getCell(1).getStringCellValue()))
                        .findFirst().orElseThrow();
                assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(api.get("ratingsIn"));
                assertThat(row.getCell(8).getStringCellValue()).isEqualTo(api.get("grade") == null ? "" : api.get("grade"));
            }
        }
        ResponseEntity<byte[]> pdf = http.as("orgdept").get().uri("/api/dashboard/duty-review.pdf?round=" + round).retrieve().toEntity(byte[].class);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("述职评议汇总表", "乌拉山镇", "新安镇", "西小召镇", "好",
                    new BigDecimal(rows.get("wulashan").get("satisfaction").toString()).toPlainString());
        }
        Map<String, Object> funds = http.get("orgdept", "/api/dashboard/funds").getBody();
        try (XSSFWorkbook workbook = workbook("orgdept", "/api/dashboard/funds.xlsx")) {
            List<Map<String, Object>> list = (List<Map<String, Object>>) funds.get("funds");
            for (int i = 0; i < list.size(); i++) {
                Row row = workbook.getSheetAt(0).getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(list.get(i).get("name"));
                assertThat(BigDecimal.valueOf(row.getCell(4).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(list.get(i).get("available").toString()));
            }
        }
        Map<String, Object> relief = http.get("orgdept", "/api/dashboard/relief-batches").getBody();
        try (XSSFWorkbook workbook = workbook("orgdept", "/api/dashboard/relief-batches.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(((Number) relief.get("members")).longValue());
        }
    }

    @Test
    void badInputIsAChineseClientErrorNeverAServerError() {
        long round = roundWithProgress();
        Map<String, HttpStatus> cases = Map.of(
                "/api/dashboard/duty-review?round=abc", HttpStatus.BAD_REQUEST,
                "/api/dashboard/duty-review?round=99999999999999999999", HttpStatus.BAD_REQUEST,
                "/api/dashboard/duty-review?round=999999", HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review?round=-1", HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review.xlsx?round=x", HttpStatus.BAD_REQUEST,
                "/api/dashboard/duty-review.pdf?round=999999", HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review?round=" + round + "&township=atlantis", HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review?round=" + round + "&township=" + "长".repeat(500), HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review?round=" + round + "&township=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatus.NOT_FOUND,
                "/api/dashboard/duty-review?round=" + round + "&township=wulashan-sanhu", HttpStatus.NOT_FOUND);
        cases.forEach((path, status) -> {
            ResponseEntity<Map<String, Object>> response = http.get("orgdept", path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(status);
            String detail = response.getBody().get("detail").toString();
            assertThat(detail).as(path).containsPattern("\\p{IsHan}").doesNotContain("<script>").hasSizeLessThan(200);
        });
    }

    private XSSFWorkbook workbook(String user, String path) throws Exception {
        ResponseEntity<byte[]> export = http.as(user).get().uri(path).retrieve().toEntity(byte[].class);
        assertThat(export.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return new XSSFWorkbook(new ByteArrayInputStream(export.getBody()));
    }

    private static BigDecimal yuan(Map<String, Object> row, String key) {
        return new BigDecimal(row.get(key).toString());
    }

    private static Map<String, Object> fund(Map<String, Object> board, String code) {
        return ((List<Map<String, Object>>) board.get("funds")).stream().filter(f -> f.get("code").equals(code)).findFirst().orElseThrow();
    }

    private static Map<String, Map<String, Object>> byTownship(Map<String, Object> board) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        ((List<Map<String, Object>>) board.get("townships")).forEach(t -> rows.put((String) t.get("townshipCode"), t));
        return rows;
    }

    private long reportId(long round, String township) {
        return jdbc.sql("select id from duty_report where round_id = ? and township_code = ?").params(round, township)
                .query(Long.class).single();
    }

    private String task(long round, String township, String key) {
        return taskService.createTaskQuery().processVariableValueEquals("dutyReportId", reportId(round, township))
                .taskDefinitionKey(key).singleResult().getId();
    }

    private void complete(String user, String task, Map<String, Object> variables) {
        assertThat(http.post(user, "/engine-rest/task/" + task + "/complete", variables).getStatusCode()).as(user + " completes " + task)
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static Map<String, Object> report() {
        return variables("theme", "服务科学发展、服务基层群众", "achievements", "实施六项民心工程，组织领导全覆盖。",
                "problems", "部分嘎查村党组织活动载体单一。", "nextPlans", "深化星级评比，推进产业带头人示范工程。");
    }

    private static Map<String, Object> variables(Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1]));
        }
        return Map.of("variables", variables);
    }
}
