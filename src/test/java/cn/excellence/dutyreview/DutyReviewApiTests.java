package cn.excellence.dutyreview;

import static cn.excellence.dutyreview.DutyReviewProcess.VAR_REPORT_ID;
import static cn.excellence.dutyreview.DutyReviewProcess.VAR_ROUND_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.task.CompleteTaskDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.engine.EngineExceptionMapper;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.StatementLog;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;

/** The duty-review API and the engine REST as clients use them, with real security. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class DutyReviewApiTests {

    static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @Autowired
    StatementLog statements;
    @Autowired
    ServletWebServerApplicationContext context;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static Map<String, Object> roundBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        return body;
    }

    private long openRound(List<String> townships, List<String> reviewers) {
        Map<String, Object> body = roundBody();
        body.put("townships", townships);
        body.put("reviewers", reviewers);
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private long reportId(long roundId, String township) {
        return jdbc.sql("select id from duty_report where round_id = ? and township_code = ?").params(roundId, township)
                .query(Long.class).single();
    }

    private String taskOf(long reportId, String taskKey) {
        return taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, reportId).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private static Map<String, Object> variables(Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

    private static Map<String, Object> goodReport() {
        return variables("theme", "服务科学发展、服务基层群众", "achievements", "实施六项民心工程，组织领导全覆盖。",
                "problems", "部分嘎查村党组织活动载体单一。", "nextPlans", "深化星级评比，推进产业带头人示范工程。");
    }

    /**
     * The secretary's task list as Tasklist asks for it names each task's form without reading its process definition's row
     * (the definition's forms come from the engine's deployment cache); opening the task's form still reads it.
     */
    @Test
    void aTaskListNamesEachTasksFormWithoutReadingItsDefinitionAgain() {
        DutyReviewTestSupport.openRoundThroughApi(http, jdbc, "wulashan", DutyReviewTestSupport.FIVE_REVIEWERS);
        String list = "/engine-rest/task?firstResult=0&maxResults=15&assignee=secretary-wulashan&taskDefinitionKey=" + DutyReviewProcess.TASK_SUBMIT_REPORT;

        List<Map<String, Object>> tasks = new ArrayList<>();
        List<String> listing = statements.duringOnAnyThread(() -> tasks.addAll(http.getList("secretary-wulashan", list).getBody()));

        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat((Map<String, Object>) task.get("camundaFormRef"))
                .containsEntry("key", "DutyReportSubmitForm").containsEntry("binding", "latest"));
        assertThat(listing).as("the task's definition read again").noneMatch(sql -> sql.contains("from ACT_RE_PROCDEF where ID_ = ?"));
        List<String> opening = statements.duringOnAnyThread(() -> assertThat(http.get("secretary-wulashan",
                "/engine-rest/task/" + tasks.get(0).get("id") + "/form").getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(opening).as("any other command reads the definition's row").anyMatch(sql -> sql.contains("from ACT_RE_PROCDEF where ID_ = ?"));
    }

    @Test
    void bothEngineApisReadAndWriteJsonWithOneMapperSetUpAsCamundasOwn() throws Exception {
        Date instant = Date.from(OffsetDateTime.parse("2026-12-03T08:30:00.250+08:00").toInstant());
        assertThat(http.get("orgdept", "/engine-rest/task/count").getStatusCode()).as("the engine REST starts with a first request")
                .isEqualTo(HttpStatus.OK);
        List<ServletContainer> apis = List.of((ServletContainer) context.getBean("jerseyServletRegistration", ServletRegistrationBean.class)
                .getServlet(), webappEngineApi());
        for (ServletContainer api : apis) {
            ContextResolver<ObjectMapper> resolver = api.getApplicationHandler().getInjectionManager().getInstance(Providers.class)
                    .getContextResolver(ObjectMapper.class, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
            ObjectMapper mapper = resolver.getContext(TaskDto.class);
            assertThat(resolver.getContext(CompleteTaskDto.class)).as("one mapper for every body").isSameAs(mapper);
            assertThat(mapper.writeValueAsString(instant)).as("Camunda's date format").isEqualTo("\"2026-12-03T08:30:00.250+0800\"");
            assertThat(mapper.readValue("{\"variables\":{},\"unknown\":1}", CompleteTaskDto.class).getVariables()).as("unknown fields ignored")
                    .isEmpty();
        }
        assertThat(context.getBean("serviceFileCacheFilter", FilterRegistrationBean.class).getUrlPatterns())
                .as("both engine APIs find their engine provider without searching the class path each time")
                .contains("/engine-rest/*", "/camunda/api/*");
    }

    /** The webapps' own engine servlet ("Engine Api", Tasklist's and Cockpit's), loaded if no request has yet. */
    private ServletContainer webappEngineApi() throws Exception {
        Context web = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        Wrapper wrapper = (Wrapper) web.findChild("Engine Api");
        Servlet servlet = wrapper.allocate();
        wrapper.deallocate(servlet);
        return (ServletContainer) servlet;
    }

    @Test
    void orgDeptOpensARoundForAllNineTownships() {
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", roundBody());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).hasPath("/api/duty-review-rounds/" + response.getBody().get("id"));
        assertThat((List<?>) response.getBody().get("reports")).hasSize(9);
        assertThat(response.getBody()).containsEntry("reviewerCount", 5).containsEntry("resultsComplete", false);
    }

    static List<Object[]> badRounds() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"year", null, "年度"});
        cases.add(new Object[] {"year", "二〇二六", "JSON"});
        cases.add(new Object[] {"year", 1800, "评议年度"});
        cases.add(new Object[] {"title", null, "标题"});
        cases.add(new Object[] {"title", "长".repeat(100_000), "标题"});
        cases.add(new Object[] {"townships", List.of("atlantis"), "不是苏木镇代码"});
        cases.add(new Object[] {"townships", List.of("xinan", "xinan"), "重复"});
        cases.add(new Object[] {"townships", List.of("xinan-v04"), "不是苏木镇代码"});
        cases.add(new Object[] {"townships", "wulashan", "JSON"});
        cases.add(new Object[] {"reviewers", List.of("ghost"), "不存在"});
        cases.add(new Object[] {"reportDueDate", OffsetDateTime.now().minusDays(1).toString(), "晚于当前时间"});
        cases.add(new Object[] {"ratingDueDate", OffsetDateTime.now().plusDays(2).toString(), "晚于述职报告截止时间"});
        cases.add(new Object[] {"reportDueDate", "明天", "JSON"});
        return cases;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badRounds")
    void openingARoundWithBadInputIsRefusedAndSavesNothing(String field, Object value, String message) {
        long before = jdbc.sql("select count(*) from duty_review_round").query(Long.class).single();
        Map<String, Object> body = roundBody();
        body.put(field, value);

        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) response.getBody().get("detail")).contains(message);
        assertThat(jdbc.sql("select count(*) from duty_review_round").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from duty_report where round_id not in (select id from duty_review_round)")
                .query(Long.class).single()).isZero();
    }

    @Test
    void malformedOrUnsupportedBodiesAreClientErrors() {
        assertThat(http.exchange("orgdept", HttpMethod.POST, "/api/duty-review-rounds", "{\"year\": ", MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.exchange("orgdept", HttpMethod.POST, "/api/duty-review-rounds", "year=2026", MediaType.TEXT_PLAIN)
                .getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(http.get("orgdept", "/api/duty-review-rounds/abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.get("orgdept", "/api/duty-review-rounds/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get("orgdept", "/api/duty-reports/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyOrgDeptMayOpenARoundThroughAnyPath() {
        assertThat(http.post("secretary-wulashan", "/api/duty-review-rounds", roundBody()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("plenary1", "/api/duty-review-rounds", roundBody()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post("secretary-wulashan", "/engine-rest/process-definition/key/DutyReviewRound/start",
                engineStart("wulashan")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.post(null, "/api/duty-review-rounds", roundBody()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> engineStart(String townships) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        return Map.of("variables", Map.of(
                "year", Map.of("value", 2026, "type", "Integer"),
                "title", Map.of("value", "经引擎接口发起的述职评议"),
                "townships", Map.of("value", townships),
                "reportDueDate", Map.of("value", now.plusDays(7).format(ENGINE_DATE), "type", "Date"),
                "ratingDueDate", Map.of("value", now.plusDays(14).format(ENGINE_DATE), "type", "Date")));
    }

    @Test
    void orgDeptMayStartARoundByKeyThroughTheEngineRest() {
        ResponseEntity<Map<String, Object>> started = http.post("orgdept",
                "/engine-rest/process-definition/key/DutyReviewRound/start", engineStart("wulashan,xinan"));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        long roundId = ((Number) runtimeService.getVariable((String) started.getBody().get("id"), VAR_ROUND_ID)).longValue();
        assertThat((String) started.getBody().get("businessKey")).startsWith("述职评议·").endsWith("·#" + roundId);
        assertThat(jdbc.sql("select township_code from duty_report where round_id = ? order by township_code")
                .param(roundId).query(String.class).list()).containsExactly("wulashan", "xinan");

        ResponseEntity<Map<String, Object>> refused = http.post("orgdept",
                "/engine-rest/process-definition/key/DutyReviewRound/start", engineStart("atlantis"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("不是苏木镇代码");
    }

    @Test
    void aTaskCompletedWithBadInputStaysOpenWithA400() {
        long report = reportId(openRound(List.of("wulashan"), List.of("plenary1")), "wulashan");
        String task = taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT);

        ResponseEntity<Map<String, Object>> missing = http.post("secretary-wulashan", "/engine-rest/task/" + task + "/complete",
                variables("theme", "主题"));
        ResponseEntity<Map<String, Object>> huge = http.post("secretary-wulashan", "/engine-rest/task/" + task + "/submit-form",
                variables("theme", "主题", "achievements", "很".repeat(100_000), "problems", "问题问题问题问题问题", "nextPlans", "打算打算打算打算打算"));
        ResponseEntity<Map<String, Object>> wrongType = http.post("secretary-wulashan", "/engine-rest/task/" + task + "/complete",
                variables("theme", "主题", "achievements", 42, "problems", "问题问题问题问题问题", "nextPlans", "打算打算打算打算打算"));

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) missing.getBody().get("message")).contains("请填写“工作成效”");
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

        assertThat(http.post("secretary-wulashan", "/engine-rest/task/" + task + "/complete", goodReport()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.post("secretary-wulashan", "/engine-rest/task/no-such-task/complete", goodReport()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSecretarySeesNothingOfAnotherTownshipThroughAnyPath() {
        long roundId = openRound(List.of("wulashan", "xinan"), List.of("plenary1"));
        long xinanReport = reportId(roundId, "xinan");
        String xinanTask = taskOf(xinanReport, DutyReviewProcess.TASK_SUBMIT_REPORT);
        String wulashanTask = taskOf(reportId(roundId, "wulashan"), DutyReviewProcess.TASK_SUBMIT_REPORT);

        List<Map<String, Object>> visible = http.getList("secretary-wulashan", "/engine-rest/task?maxResults=100").getBody();
        assertThat(visible).extracting(t -> t.get("id")).contains(wulashanTask).doesNotContain(xinanTask);
        assertThat(http.get("secretary-wulashan", "/engine-rest/task/" + xinanTask).getStatusCode().is4xxClientError()).isTrue();
        assertThat(http.get("secretary-wulashan", "/engine-rest/task/" + xinanTask + "/form-variables").getStatusCode()
                .is4xxClientError()).isTrue();
        assertThat(http.post("secretary-wulashan", "/engine-rest/task/" + xinanTask + "/complete", goodReport()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getList("secretary-wulashan", "/engine-rest/history/task?maxResults=100").getBody())
                .extracting(t -> t.get("id")).doesNotContain(xinanTask);
        assertThat(http.get("secretary-wulashan", "/api/duty-reports/" + xinanReport).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reports = (List<Map<String, Object>>) http.get("secretary-wulashan",
                "/api/duty-review-rounds/" + roundId).getBody().get("reports");
        assertThat(reports).extracting(r -> r.get("townshipCode")).containsExactly("wulashan");
        assertThat(http.get("secretary-xinan", "/api/duty-reports/" + xinanReport).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(taskService.createTaskQuery().taskId(xinanTask).count()).isEqualTo(1);
    }

    /**
     * The other half of the race: a candidate whose right to the task vanishes between reading it and
     * checking the authorization (the task is gone). They lost a race: 409, not 403. Anyone who could
     * never have worked the task still gets Camunda's 403 and learns nothing.
     */
    @Test
    void aCandidateRefusedATaskAnotherJustCompletedGetsAConflictNotAForbidden() {
        long report = reportId(openRound(List.of("xixiaozhao"), List.of("plenary1")), "xixiaozhao");
        http.post("secretary-xixiaozhao", "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT) + "/complete",
                goodReport());
        String preReview = taskOf(report, DutyReviewProcess.TASK_PRE_REVIEW);
        assertThat(http.post("orgdept", "/engine-rest/task/" + preReview + "/complete", variables("preReviewDecision", "ACCEPT"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        EngineExceptionMapper mapper = new EngineExceptionMapper();
        UriInfo uri = Mockito.mock(UriInfo.class);
        Mockito.when(uri.getPath()).thenReturn("task/" + preReview + "/complete");
        ReflectionTestUtils.setField(mapper, "uriInfo", uri);
        AuthorizationException refused = new AuthorizationException("no TASK_WORK on " + preReview);
        try {
            identityService.setAuthentication("orgdept2", List.of("org-dept"));
            assertThat(mapper.toResponse(refused).getStatus()).isEqualTo(409);
            identityService.setAuthentication("secretary-xinan", List.of("township-secretary"));
            assertThat(mapper.toResponse(refused).getStatus()).isEqualTo(403);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void twoUsersCompletingTheSameTaskAtOnceGiveOneSuccessAndOneConflict() throws Exception {
        long report = reportId(openRound(List.of("xixiaozhao"), List.of("plenary1", "plenary2")), "xixiaozhao");
        http.post("secretary-xixiaozhao", "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT) + "/complete",
                goodReport());
        String preReview = taskOf(report, DutyReviewProcess.TASK_PRE_REVIEW);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpStatus>> results = new ArrayList<>();
        for (String user : List.of("orgdept", "orgdept2")) {
            Callable<HttpStatus> complete = () -> {
                start.await();
                return HttpStatus.valueOf(http.post(user, "/engine-rest/task/" + preReview + "/complete",
                        variables("preReviewDecision", "ACCEPT")).getStatusCode().value());
            };
            results.add(pool.submit(complete));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskDefinitionKey(DutyReviewProcess.TASK_PRE_REVIEW)
                .processVariableValueEquals(VAR_REPORT_ID, report).finished().count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report)
                .taskDefinitionKey(DutyReviewProcess.TASK_RATE_REPORT).count()).isEqualTo(2);
    }

    @Test
    void theSecretarySeesTheirResultAndOnlyTheirPlaceInTheRanking() {
        long roundId = openRound(List.of("mingan", "dashetai"), List.of("plenary1"));
        for (String township : List.of("mingan", "dashetai")) {
            long report = reportId(roundId, township);
            http.post("secretary-" + township, "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT) + "/complete", goodReport());
            http.post("orgdept", "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_PRE_REVIEW) + "/complete",
                    variables("preReviewDecision", "ACCEPT"));
            ResponseEntity<Map<String, Object>> rated = http.post("plenary1", "/engine-rest/task/"
                    + taskOf(report, DutyReviewProcess.TASK_RATE_REPORT) + "/complete",
                    variables("rating", township.equals("mingan") ? "POOR" : "GOOD", "ratingComment", "意见"));
            assertThat(rated.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        ProcessTestSupport.executeDueJobs(managementService);

        Map<String, Object> mine = http.get("secretary-mingan", "/api/duty-reports/" + reportId(roundId, "mingan")).getBody();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) mine.get("summary");
        assertThat(summary).containsEntry("grade", "POOR").containsEntry("gradeLabel", "差").containsEntry("status", "RECTIFYING");
        Map<String, Object> round = http.get("secretary-mingan", "/api/duty-review-rounds/" + roundId).getBody();
        assertThat(round).containsEntry("resultsComplete", true);
        assertThat((List<Map<String, Object>>) round.get("ranking")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("townshipCode", "mingan").containsEntry("rank", 2));
        assertThat((List<?>) http.get("orgdept", "/api/duty-review-rounds/" + roundId).getBody().get("ranking")).hasSize(2);
    }

    /**
     * Issue 16: the ratings join in a job (the job executor, within seconds), so between the last rating and the tally the
     * report reads 评议完毕，统计中 in the API and 我的事项, and the last rater's workbench answer says the case goes on in the
     * background rather than that it ended.
     */
    @Test
    @SuppressWarnings("unchecked")
    void betweenTheLastRatingAndTheTallyTheReportReadsTallying() {
        long report = reportId(openRound(List.of("xianfeng"), List.of("plenary1", "plenary2")), "xianfeng");
        http.post("secretary-xianfeng", "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT) + "/complete", goodReport());
        http.post("orgdept", "/engine-rest/task/" + taskOf(report, DutyReviewProcess.TASK_PRE_REVIEW) + "/complete",
                variables("preReviewDecision", "ACCEPT"));
        assertThat(http.post("plenary1", "/engine-rest/task/" + rateTask(report, "plenary1") + "/complete",
                variables("rating", "GOOD", "ratingComment", "意见")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ProcessTestSupport.executeDueJobs(managementService);
        assertThat(statusLabel(report)).isEqualTo(DutyReportStatus.IN_RATING.label());

        ResponseEntity<Map<String, Object>> last = http.post("plenary2", "/api/workbench/tasks/" + rateTask(report, "plenary2") + "/complete",
                Map.of("values", Map.of("rating", "FAIRLY_GOOD", "ratingComment", "意见")), "Idempotency-Key", java.util.UUID.randomUUID().toString());

        assertThat(last.getStatusCode()).as(String.valueOf(last.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(last.getBody()).containsEntry("processEnded", false).containsEntry("inBackground", true);
        assertThat((List<?>) last.getBody().get("next")).isEmpty();
        assertThat(statusLabel(report)).isEqualTo("评议完毕，统计中");
        assertThat((List<Map<String, Object>>) http.get("secretary-xianfeng", "/api/workbench/cases").getBody().get("content"))
                .filteredOn(c -> ((Number) c.get("id")).longValue() == report && "DUTY_REPORT".equals(c.get("kind")))
                .singleElement().satisfies(c -> assertThat(c).containsEntry("statusLabel", "评议完毕，统计中"));
        ProcessTestSupport.executeDueJobs(managementService);
        assertThat(statusLabel(report)).isEqualTo("已评定");
    }

    private String rateTask(long report, String reviewer) {
        return taskService.createTaskQuery().processVariableValueEquals(VAR_REPORT_ID, report)
                .taskDefinitionKey(DutyReviewProcess.TASK_RATE_REPORT).taskAssignee(reviewer).singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    private String statusLabel(long report) {
        Map<String, Object> body = http.get("secretary-xianfeng", "/api/duty-reports/" + report).getBody();
        return (String) ((Map<String, Object>) body.get("summary")).get("statusLabel");
    }

    /** Finding 6 of issue 10: a duty report of zero-width spaces, BOM and direction marks, or with NUL, is refused and the task stays open. */
    @Test
    void aDutyReportOfInvisibleOrControlCharactersIsRefusedAndTheTaskStaysOpen() {
        long report = reportId(openRound(List.of("wulashan"), List.of("plenary1")), "wulashan");
        String task = taskOf(report, DutyReviewProcess.TASK_SUBMIT_REPORT);
        String invisible = "\u200B\uFEFF\u200F".repeat(10);

        ResponseEntity<Map<String, Object>> blank = http.post("secretary-wulashan", "/engine-rest/task/" + task + "/complete",
                variables("theme", invisible, "achievements", invisible, "problems", invisible, "nextPlans", invisible));
        ResponseEntity<Map<String, Object>> nul = http.post("secretary-wulashan", "/engine-rest/task/" + task + "/complete",
                variables("theme", "服务科学发展\u0000", "achievements", "实施六项民心工程，组织领导全覆盖。",
                        "problems", "部分嘎查村党组织活动载体单一。", "nextPlans", "深化星级评比，推进产业带头人示范工程。"));

        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) blank.getBody().get("message")).isEqualTo("请填写“活动主题/载体”。");
        assertThat(nul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) nul.getBody().get("message")).isEqualTo("“theme”含有不可见的控制字符（NUL），请删除后重试。");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(jdbc.sql("select achievements from duty_report where id = ?").param(report).query(String.class).optional().orElse(null))
                .isNull();
    }
}
