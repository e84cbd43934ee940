package cn.excellence.shared.web;

import static cn.excellence.commendation.CommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.WebSession;

/**
 * Hostile input to every door of the application (issue 10): {@code /api} of every feature, the public
 * notices, the engine REST, the webapps' own API, the administrators' pages and the modeler. None may
 * answer with a 5xx, leak a stack trace or a class name, or save anything half-way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    /** A fully qualified Java class name, or a line of a stack trace. */
    private static final Pattern LEAK = Pattern.compile("\\b(java|javax|jakarta|org|com|cn|sun)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+|\\tat |\\bat [a-z]+\\.[a-z]+\\.");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    private WebSession adminSession;
    private String csrfToken;
    private String webappCsrfToken;
    private Map<String, String> fixtures;

    static List<HostileInput> hostileInputs() {
        return HostileInputs.all();
    }

    @BeforeAll
    void openCasesToAttack() throws Exception {
        long notice = campaignOnNotice();
        ProcessTestSupport.resetClock();
        fixtures = Map.of("{task}", dutyReportTask(), "{campaign}", String.valueOf(openCampaign()), "{notice}", String.valueOf(notice),
                "{onNotice}", String.valueOf(jdbc.sql("select id from nomination where campaign_id = ? and status = 'ON_NOTICE'").param(notice)
                        .query(Long.class).single()),
                "{member}", String.valueOf(jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'")
                        .query(Long.class).single()));
        logInAdministrator();
    }

    @AfterAll
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileInputs")
    void isAnsweredWithoutA5xxALeakOrAHalfSavedRecord(HostileInput input) throws Exception {
        long before = count(input.unchangedTable());

        HttpResponse<String> response = send(input);

        assertThat(response.statusCode()).as(input.name() + ": " + response.body()).isLessThan(500);
        assertThat(LEAK.matcher(response.body()).find()).as(input.name() + " leaks: " + response.body()).isFalse();
        if (input.unchangedTable() != null) {
            assertThat(response.statusCode()).as(input.name() + " is refused: " + response.body()).isBetween(400, 499);
            assertThat(count(input.unchangedTable())).as(input.name() + " saves nothing in " + input.unchangedTable()).isEqualTo(before);
        }
    }

    private HttpResponse<String> send(HostileInput input) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + resolve(input.path())));
        byte[] body = input.body() == null ? null : resolve(new String(input.body(), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        request.method(input.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        request.header("Accept", "application/json");
        boolean session = input.user() != null && input.user().startsWith("session:");
        if (session) {
            request.header("X-XSRF-TOKEN", input.path().startsWith("/camunda/") ? webappCsrfToken : csrfToken);
        } else if (input.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((input.user() + ":" + input.user()).getBytes(StandardCharsets.UTF_8)));
        }
        return (session ? adminSession : new WebSession(port)).send(request);
    }

    /** Fixture ids are ASCII, so the placeholders are replaced in the raw bytes (read as Latin-1) whatever the body's encoding. */
    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            resolved = resolved.replace(fixture.getKey(), fixture.getValue());
        }
        return resolved;
    }

    private long count(String table) {
        return table == null ? 0 : jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void logInAdministrator() {
        adminSession = new WebSession(port);
        adminSession.logIn("admin", "admin");
        csrfToken = adminSession.csrfToken();
        assertThat(csrfToken).as("the administrator is logged in").isNotBlank();
        HttpResponse<String> webapps = adminSession.get("/camunda/api/admin/auth/user/default");
        assertThat(webapps.statusCode()).as("the administrator is logged in to the webapps").isEqualTo(200);
        webappCsrfToken = adminSession.cookie("XSRF-TOKEN");
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return new WebSession(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", HostileInput.JSON)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long created(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).path("id").asLong();
    }

    private String dutyReportTask() throws Exception {
        created(post("orgdept", "/api/duty-review-rounds", "{\"year\":2026,\"title\":\"2026年度述职评议\",\"townships\":[\"wulashan\"],"
                + "\"reviewers\":[\"plenary1\"],\"reportDueDate\":\"" + OffsetDateTime.now().plusDays(7) + "\",\"ratingDueDate\":\""
                + OffsetDateTime.now().plusDays(14) + "\"}"));
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT).taskAssignee("secretary-wulashan")
                .list().get(0).getId();
    }

    private long openCampaign() throws Exception {
        return created(post("orgdept", "/api/commendation-campaigns", "{\"year\":2026,\"title\":\"2026年七一表彰\",\"nominationDeadline\":\""
                + OffsetDateTime.now().plusDays(10) + "\"}"));
    }

    /** A campaign whose notice (公示) is running, with one nominee on it: as org-dept and the standing committee would do it. */
    private long campaignOnNotice() throws Exception {
        long campaign = openCampaign();
        long nomination = created(post("orgdept", "/api/nominations", "{\"campaignId\":" + campaign + ",\"categoryCode\":\"WUHAO_TOWNSHIP\","
                + "\"nomineeOrganizationCode\":\"wulashan\",\"deeds\":\"" + HostileInputs.DEEDS + "\"}"));
        complete(NOMINATION_PROCESS, VAR_NOMINATION_ID, nomination, TASK_ORG_DEPT_REVIEW, VAR_REVIEW_DECISION, "APPROVE");
        ProcessTestSupport.moveClock(Duration.ofDays(10).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        complete(CAMPAIGN_PROCESS, VAR_CAMPAIGN_ID, campaign, TASK_SELECT_NOMINEES, VAR_SELECTED, "[\"" + nomination + "\"]");
        complete(CAMPAIGN_PROCESS, VAR_CAMPAIGN_ID, campaign, TASK_APPROVE_LIST, VAR_APPROVAL_DECISION, "APPROVE");
        return campaign;
    }

    private void complete(String process, String idVariable, long id, String taskKey, String variable, Object value) {
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(process).processVariableValueEquals(idVariable, id)
                .taskDefinitionKey(taskKey).singleResult();
        ProcessTestSupport.complete(engine, task.getId(), variable, value);
    }
}
