package cn.excellence.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;

/**
 * 我的事项 and the timeline over HTTP as the demo users, with the engine's authorizations on: a secretary sees their own
 * township's (or village's) records only, org-dept everything with filters; the timeline shows who did what with which
 * decision and opinion, and the 催办; another township's secretary finds nothing; bad ids and filters are 400/404 in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@SuppressWarnings("unchecked")
class WorkbenchCasesApiTests {

    static final String DEEDS = "该党组织班子团结，带领群众发展特色种养业，建成村级活动场所，组织生活规范，群众满意度高，连续三年无信访事件。";
    static final String RETURN_REASON = "工作成效请补充具体数字，存在问题请写明整改时限。";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aSecretarySeesTheirTownshipsRecordsAndNotAnotherTownships() {
        long round = openRound();
        long nomination = nominate("secretary-sanhu", "wulashan-sanhu");
        long otherNomination = nominate("secretary-gongtian", "xixiaozhao-gongtian");
        long loan = applyForLoan();
        long relief = applyForRelief();

        List<Map<String, Object>> wulashan = all("secretary-wulashan", "");

        assertThat(wulashan).extracting(i -> i.get("townshipCode")).containsOnly("wulashan");
        assertThat(keys(wulashan)).contains("DUTY_REPORT#" + reportId(round, "wulashan"), "NOMINATION#" + nomination, "LOAN#" + loan,
                "RELIEF#" + relief).doesNotContain("DUTY_REPORT#" + reportId(round, "xinan"), "NOMINATION#" + otherNomination);
        Map<String, Object> report = item(wulashan, "DUTY_REPORT", reportId(round, "wulashan"));
        Task submit = task(round, "wulashan", "Task_SubmitDutyReport");
        assertThat(report).containsEntry("kindLabel", "述职报告").containsEntry("organizationCode", "wulashan")
                .containsEntry("organizationName", jdbc.sql("select name from organization where code = 'wulashan'").query(String.class).single())
                .containsEntry("townshipName", report.get("organizationName"))
                .containsEntry("status", "AWAITING_REPORT").containsEntry("statusLabel", "待提交")
                .containsEntry("processInstanceId", submit.getProcessInstanceId());
        assertThat(OffsetDateTime.parse((String) report.get("deadline")).toInstant()).isEqualTo(submit.getDueDate().toInstant());
        assertThat((String) report.get("deadline")).endsWith("+08:00");
        assertThat(item(wulashan, "LOAN", loan)).containsEntry("status", "TOWNSHIP_REVIEW").containsEntry("statusLabel", "苏木镇审核中");
        assertThat(item(wulashan, "RELIEF", relief).get("processInstanceId")).isNotNull();
        assertThat(item(wulashan, "NOMINATION", nomination).get("organizationCode")).isEqualTo("wulashan-sanhu");

        List<Map<String, Object>> sanhu = all("secretary-sanhu", "");
        assertThat(sanhu).extracting(i -> i.get("organizationCode")).containsOnly("wulashan-sanhu");
        assertThat(keys(sanhu)).contains("NOMINATION#" + nomination, "LOAN#" + loan, "RELIEF#" + relief)
                .doesNotContain("DUTY_REPORT#" + reportId(round, "wulashan"));

        String loanProcess = (String) item(wulashan, "LOAN", loan).get("processInstanceId");
        Map<String, Object> loanTimeline = http.get("secretary-sanhu", "/api/workbench/timeline/" + loanProcess).getBody();
        assertThat(loanTimeline).containsEntry("startedBy", "secretary-sanhu").containsEntry("title", item(wulashan, "LOAN", loan).get("title"));
        assertThat((List<Map<String, Object>>) loanTimeline.get("steps")).last().satisfies(s -> assertThat(s).containsEntry("type", "TASK")
                .containsEntry("open", true).containsEntry("who", "secretary-wulashan"));
        assertThat(http.get("secretary-wulashan", "/api/workbench/timeline/" + loanProcess).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("secretary-xinan", "/api/workbench/timeline/" + loanProcess).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map<String, Object>> other = http.get("secretary-wulashan", "/api/workbench/cases?township=xixiaozhao");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getBody().get("detail").toString()).contains("无权查看");
        assertThat(http.get("secretary-wulashan", "/api/workbench/cases?township=wulashan").getStatusCode()).isEqualTo(HttpStatus.OK);

        Map<String, Object> filters = http.get("secretary-wulashan", "/api/workbench/cases/filters").getBody();
        assertThat((List<Map<String, Object>>) filters.get("townships")).extracting(t -> t.get("code")).containsExactly("wulashan");
        assertThat((List<Map<String, Object>>) filters.get("kinds")).extracting(k -> k.get("kind"))
                .containsExactlyInAnyOrder("DUTY_REPORT", "NOMINATION", "LOAN", "RELIEF", "MONTHLY_REPORT", "SPOT_CHECK", "STAR_RATING", "FIVE_STAR",
                        "THEME", "ORG_CHANGE", "GUIDANCE_REPORT", "VISIT", "PAIRING", "TRAINING");
        assertThat((List<Map<String, Object>>) filters.get("statuses"))
                .anySatisfy(s -> assertThat(s).containsEntry("kind", "DUTY_REPORT").containsEntry("status", "IN_PRE_REVIEW")
                        .containsEntry("label", "预审中"));
    }

    @Test
    void orgDeptSeesEveryTownshipAndFiltersByTownshipKindAndStatus() {
        long round = openRound();
        http.completeTaskForm("secretary-wulashan", task(round, "wulashan", "Task_SubmitDutyReport").getId(), report());
        nominate("secretary-gongtian", "xixiaozhao-gongtian");

        List<Map<String, Object>> xinanReports = all("orgdept", "&township=xinan&kind=DUTY_REPORT");
        assertThat(xinanReports).extracting(i -> i.get("townshipCode")).containsOnly("xinan");
        assertThat(xinanReports).extracting(i -> i.get("kind")).containsOnly("DUTY_REPORT");
        assertThat(xinanReports).hasSize(jdbc.sql("select count(*) from duty_report where township_code = 'xinan'").query(Integer.class).single());

        List<Map<String, Object>> inPreReview = all("orgdept", "&kind=DUTY_REPORT&status=IN_PRE_REVIEW");
        assertThat(keys(inPreReview)).contains("DUTY_REPORT#" + reportId(round, "wulashan"))
                .doesNotContain("DUTY_REPORT#" + reportId(round, "xinan"));
        assertThat(inPreReview).hasSize(jdbc.sql("select count(*) from duty_report where status = 'IN_PRE_REVIEW'").query(Integer.class).single());

        List<Map<String, Object>> everything = all("orgdept", "");
        assertThat(everything).extracting(i -> i.get("townshipCode")).contains("wulashan", "xinan", "xixiaozhao");
        assertThat(everything.stream().filter(i -> i.get("kind").equals("NOMINATION")).count())
                .isEqualTo(jdbc.sql("select count(*) from nomination").query(Long.class).single());
        List<String> updated = everything.stream().map(i -> (String) i.get("updatedAt")).toList();
        assertThat(updated).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));

        Map<String, Object> firstPage = http.get("orgdept", "/api/workbench/cases?page=0&size=2").getBody();
        assertThat(((Number) firstPage.get("totalElements")).intValue()).isEqualTo(everything.size());
        assertThat((List<?>) firstPage.get("content")).hasSize(Math.min(2, everything.size()));
        Map<String, Object> filters = http.get("orgdept", "/api/workbench/cases/filters").getBody();
        assertThat((List<?>) filters.get("townships")).hasSize(9);
    }

    @Test
    void theExcelExportHoldsExactlyTheFilteredListInItsOrder() throws IOException {
        long round = openRound();
        http.completeTaskForm("secretary-wulashan", task(round, "wulashan", "Task_SubmitDutyReport").getId(), report());
        long nomination = nominate("secretary-gongtian", "xixiaozhao-gongtian");

        List<Map<String, Object>> xinanReports = all("orgdept", "&township=xinan&kind=DUTY_REPORT");
        List<List<String>> rows = export("orgdept", "?township=xinan&kind=DUTY_REPORT");
        assertThat(rows.get(0)).containsExactly("类别", "编号", "事项", "组织", "苏木镇", "状态", "期限", "最近变动");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1))
                .containsExactlyElementsOf(xinanReports.stream().map(i -> String.valueOf(i.get("id"))).toList());
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).element(0).isEqualTo("述职报告"))
                .allSatisfy(r -> assertThat(r.get(4)).isEqualTo(xinanReports.get(0).get("townshipName")));

        List<Map<String, Object>> everything = all("orgdept", "");
        assertThat(export("orgdept", "")).hasSize(everything.size() + 1)
                .anySatisfy(r -> assertThat(r).startsWith("评先推荐", String.valueOf(nomination)));

        List<List<String>> wulashan = export("secretary-wulashan", "");
        assertThat(wulashan.subList(1, wulashan.size())).isNotEmpty().extracting(r -> r.get(4))
                .containsOnly(jdbc.sql("select name from organization where code = 'wulashan'").query(String.class).single());
        assertThat(wulashan).noneMatch(r -> r.get(0).equals("评先推荐") && r.get(1).equals(String.valueOf(nomination)));
        assertThat(http.get("secretary-wulashan", "/api/workbench/cases.xlsx?township=xixiaozhao").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void monthlyReportsAndSpotChecksAreTheUnitsOwn() {
        Map<String, Object> body = new HashMap<>(Map.of("period", "2033-05", "reportDueDate", OffsetDateTime.now().plusDays(10).toString(),
                "sampleSize", 6, "seed", 7L, "units", List.of("wulashan", "xinan")));
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/supervision-cycles", body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long cycle = ((Number) opened.getBody().get("cycleId")).longValue();
        long report = jdbc.sql("select id from supervision_report where cycle_id = ? and unit_code = 'wulashan'").param(cycle).query(Long.class).single();
        Task submit = taskService.createTaskQuery().processVariableValueEquals("reportId", report).taskDefinitionKey("Task_SubmitMonthlyReport")
                .singleResult();

        Map<String, Object> awaiting = item(all("secretary-wulashan", "&kind=MONTHLY_REPORT"), "MONTHLY_REPORT", report);
        assertThat(awaiting).containsEntry("status", "AWAITING").containsEntry("statusLabel", "待提交").containsEntry("title", "2033-05 月度汇报")
                .containsEntry("processInstanceId", submit.getProcessInstanceId());
        assertThat(OffsetDateTime.parse((String) awaiting.get("deadline")).toInstant()).isEqualTo(submit.getDueDate().toInstant());
        assertThat(keys(all("secretary-xinan", "&kind=MONTHLY_REPORT"))).doesNotContain("MONTHLY_REPORT#" + report);
        http.completeTaskForm("secretary-wulashan", submit.getId(), Map.of("progress", Map.of("value", "本月完成星级评比初评。"),
                "problems", Map.of("value", "个别支部进度慢。"), "nextSteps", Map.of("value", "下月完成复评和公示。"),
                "membersTrained", Map.of("value", 40), "visitsMade", Map.of("value", 12)));

        assertThat(item(all("secretary-wulashan", "&kind=MONTHLY_REPORT&status=SUBMITTED"), "MONTHLY_REPORT", report))
                .containsEntry("statusLabel", "已提交");
        assertThat(all("orgdept", "&kind=SPOT_CHECK")).hasSize(jdbc.sql("select count(*) from spot_check").query(Integer.class).single());
        assertThat(all("secretary-xinan", "&kind=SPOT_CHECK")).allSatisfy(i -> assertThat(i).containsEntry("townshipCode", "xinan"))
                .hasSize(jdbc.sql("select count(*) from spot_check s join organization o on o.code = s.organization_code"
                        + " where o.township_code = 'xinan'").query(Integer.class).single());
    }

    @Test
    void theTimelineShowsWhoDidWhatWithDecisionOpinionAndUrge() {
        long round = openRound();
        Task submit = task(round, "wulashan", "Task_SubmitDutyReport");
        http.completeTaskForm("secretary-wulashan", submit.getId(), report());
        http.completeTaskForm("orgdept", task(round, "wulashan", "Task_PreReview").getId(),
                Map.of("preReviewDecision", Map.of("value", "RETURN"), "returnReason", Map.of("value", RETURN_REASON)));
        Task again = task(round, "wulashan", "Task_SubmitDutyReport");
        assertThat(http.post("orgdept", "/api/tasks/" + again.getId() + "/urge", Map.of("note", "请于本周内重新提交。")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map<String, Object>> response = http.get("secretary-wulashan", "/api/workbench/timeline/" + submit.getProcessInstanceId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> timeline = response.getBody();
        assertThat(timeline).containsEntry("processInstanceId", submit.getProcessInstanceId()).containsEntry("state", "进行中")
                .containsEntry("endedAt", null).containsEntry("startedBy", "orgdept");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) timeline.get("steps");
        assertThat(steps).extracting(s -> s.get("type")).containsExactly("START", "TASK", "TASK", "TASK", "URGE");
        assertThat(steps).extracting(s -> (String) s.get("name")).satisfiesExactly(name -> assertThat(name).isEqualTo("发起"),
                name -> assertThat(name).isEqualTo("提交述职报告"), name -> assertThat(name).startsWith("组织部预审"),
                name -> assertThat(name).isEqualTo(again.getName()).contains("提交述职报告"),
                name -> assertThat(name).isEqualTo("催办：" + again.getName()));
        assertThat(steps.get(1)).containsEntry("who", "secretary-wulashan").containsEntry("open", false).containsEntry("decision", null);
        assertThat(steps.get(1).get("whoName")).isEqualTo(userName("secretary-wulashan"));
        assertThat(steps.get(2)).containsEntry("who", "orgdept").containsEntry("decision", "退回修改").containsEntry("opinion", RETURN_REASON);
        assertThat(steps.get(3)).containsEntry("who", "secretary-wulashan").containsEntry("open", true);
        assertThat(OffsetDateTime.parse((String) steps.get(3).get("due")).toInstant()).isEqualTo(again.getDueDate().toInstant());
        assertThat(steps.get(4)).containsEntry("who", "orgdept").containsEntry("opinion", "请于本周内重新提交。");
        assertThat(steps).extracting(s -> OffsetDateTime.parse((String) s.get("at")))
                .isSortedAccordingTo(OffsetDateTime::compareTo);

        assertThat(steps).as("the secretary did not start the case and is not org-dept: no 催办")
                .allSatisfy(s -> assertThat(s).containsEntry("urgeable", false));
        ResponseEntity<Map<String, Object>> asOrgDept = http.get("orgdept", "/api/workbench/timeline/" + submit.getProcessInstanceId());
        assertThat(asOrgDept.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> orgDeptSteps = (List<Map<String, Object>>) asOrgDept.getBody().get("steps");
        assertThat(orgDeptSteps).filteredOn(s -> Boolean.TRUE.equals(s.get("urgeable"))).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("taskId", again.getId()).containsEntry("open", true));
        for (String stranger : List.of("secretary-xinan", "secretary-sanhu", "secretary-linhai-chem")) {
            ResponseEntity<Map<String, Object>> refused = http.get(stranger, "/api/workbench/timeline/" + submit.getProcessInstanceId());
            assertThat(refused.getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody().get("detail").toString()).as(stranger).contains("无权查看");
        }
    }

    @Test
    void aPlenaryReviewersRatingShowsItsGradeAndComment() {
        long round = openRound();
        http.completeTaskForm("secretary-xinan", task(round, "xinan", "Task_SubmitDutyReport").getId(), report());
        Task preReview = task(round, "xinan", "Task_PreReview");
        http.completeTaskForm("orgdept", preReview.getId(), Map.of("preReviewDecision", Map.of("value", "ACCEPT")));
        Task rate = taskService.createTaskQuery().processVariableValueEquals("dutyReportId", reportId(round, "xinan"))
                .taskDefinitionKey("Task_RateReport").taskAssignee("plenary1").singleResult();
        http.completeTaskForm("plenary1", rate.getId(), Map.of("rating", Map.of("value", "FAIRLY_GOOD"), "ratingComment", Map.of("value", "材料扎实。")));

        List<Map<String, Object>> steps = (List<Map<String, Object>>) http.get("secretary-xinan", "/api/workbench/timeline/"
                + preReview.getProcessInstanceId()).getBody().get("steps");

        assertThat(steps).filteredOn(s -> s.get("name").toString().startsWith("组织部预审")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("decision", "通过，提交全委会评议").containsEntry("opinion", null));
        assertThat(steps).filteredOn(s -> s.get("name").toString().startsWith("评议述职") && "plenary1".equals(s.get("who"))).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("decision", "较好").containsEntry("opinion", "材料扎实。"));
        assertThat(http.get("plenary1", "/api/workbench/timeline/" + preReview.getProcessInstanceId()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void malformedIdsAndFiltersAreRefusedInChineseNeverA500() {
        Map<String, HttpStatus> expected = new HashMap<>();
        expected.put("/api/workbench/timeline/not%20an%20id", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/timeline/" + "x".repeat(65), HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/timeline/no-such-instance-1", HttpStatus.NOT_FOUND);
        expected.put("/api/workbench/cases?kind=FOO", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?kind=LOAN&status=AWAITING_REPORT", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?status=%3Cscript%3E", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?township=..%2F..%2Fetc", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?township=" + "a".repeat(65), HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?township=nowhere", HttpStatus.NOT_FOUND);
        expected.put("/api/workbench/cases?page=-1", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?size=100000", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?page=x", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases?size=99999999999999999999", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases.xlsx?kind=FOO", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases.xlsx?kind=LOAN&status=AWAITING_REPORT", HttpStatus.BAD_REQUEST);
        expected.put("/api/workbench/cases.xlsx?township=nowhere", HttpStatus.NOT_FOUND);
        expected.forEach((path, status) -> {
            ResponseEntity<Map<String, Object>> response = http.get("orgdept", path);
            assertThat(response.getStatusCode()).as(path).isEqualTo(status);
            assertThat(response.getBody().get("detail").toString()).as(path).containsPattern("\\p{IsHan}");
        });
        assertThat(http.get(null, "/api/workbench/cases").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get(null, "/api/workbench/cases.xlsx").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.get(null, "/api/workbench/timeline/abc").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private long openRound() {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年度述职评议（我的事项）",
                "reportDueDate", OffsetDateTime.now().plusDays(7).toString(), "ratingDueDate", OffsetDateTime.now().plusDays(14).toString(),
                "townships", List.of("wulashan", "xinan"), "reviewers", List.of("plenary1")));
        ResponseEntity<Map<String, Object>> opened = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) opened.getBody().get("id")).longValue();
    }

    private long nominate(String secretary, String village) {
        Map<String, Object> body = new HashMap<>(Map.of("year", 2026, "title", "2026年七一表彰（我的事项）",
                "nominationDeadline", OffsetDateTime.now().plusDays(10).toString()));
        ResponseEntity<Map<String, Object>> campaign = http.post("orgdept", "/api/commendation-campaigns", body);
        assertThat(campaign.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map<String, Object>> created = http.post(secretary, "/api/nominations", Map.of("campaignId", campaign.getBody().get("id"),
                "categoryCode", "WUHAO_VILLAGE", "nomineeOrganizationCode", village, "deeds", DEEDS));
        assertThat(created.getStatusCode()).as(secretary + " nominates").isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private long applyForLoan() {
        Map<String, Object> body = new HashMap<>(Map.of("applicantKind", "COOPERATIVE", "applicantName", "三湖村工作台合作社" + System.nanoTime() % 100000,
                "organizationCode", "wulashan-sanhu", "amount", "50000.00", "termMonths", 12, "bank", "乌拉特前旗农村信用社",
                "purpose", "建设温室大棚，带动农户种植。", "householdsHelped", 12));
        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/assistance-loans", body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return ((Number) created.getBody().get("id")).longValue();
    }

    private long applyForRelief() {
        long member = jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
        ResponseEntity<Map<String, Object>> applied = http.post("secretary-sanhu", "/api/hardship-reliefs",
                Map.of("memberId", member, "reason", "因病致困，申请救助。", "amount", "500"));
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) applied.getBody().get("id")).longValue();
    }

    /** Every page of the user's cases with these extra query parameters. */
    private List<Map<String, Object>> all(String user, String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            ResponseEntity<Map<String, Object>> response = http.get(user, "/api/workbench/cases?size=200&page=" + page + query);
            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
            List<Map<String, Object>> content = (List<Map<String, Object>>) response.getBody().get("content");
            items.addAll(content);
            if (items.size() >= ((Number) response.getBody().get("totalElements")).intValue() || content.isEmpty()) {
                return items;
            }
        }
    }

    /** The 我的事项 workbook's first sheet as text, the header row first. */
    private List<List<String>> export(String user, String query) throws IOException {
        ResponseEntity<byte[]> response = http.as(user).get().uri("/api/workbench/cases.xlsx" + query).retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("filename*=UTF-8''%E6%88%91%E7%9A%84%E4%BA%8B%E9%A1%B9.xlsx");
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == CellType.NUMERIC
                        ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> keys(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("kind") + "#" + i.get("id")).toList();
    }

    private static Map<String, Object> item(List<Map<String, Object>> items, String kind, long id) {
        return items.stream().filter(i -> i.get("kind").equals(kind) && ((Number) i.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    private long reportId(long round, String township) {
        return jdbc.sql("select id from duty_report where round_id = ? and township_code = ?").params(round, township).query(Long.class).single();
    }

    private Task task(long round, String township, String key) {
        return taskService.createTaskQuery().processVariableValueEquals("dutyReportId", reportId(round, township))
                .taskDefinitionKey(key).singleResult();
    }

    private String userName(String userId) {
        return jdbc.sql("select first_ from act_id_user where id_ = ?").param(userId).query(String.class).single();
    }

    private static Map<String, Object> report() {
        return Map.of("theme", Map.of("value", "服务科学发展、服务基层群众"), "achievements", Map.of("value", "实施六项民心工程，组织领导全覆盖。"),
                "problems", Map.of("value", "部分嘎查村党组织活动载体单一。"), "nextPlans", Map.of("value", "深化星级评比，推进产业带头人示范工程。"));
    }
}
