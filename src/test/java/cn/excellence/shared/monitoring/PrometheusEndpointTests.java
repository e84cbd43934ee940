package cn.excellence.shared.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.shared.Groups;
import cn.excellence.support.Http;

/**
 * {@code /actuator/prometheus} as a monitoring system reads it: after duty reports and a loan are started, a job has
 * failed and incidents are open, the engine's gauges equal what the engine itself counts; request timings include the
 * engine REST; only administrators and the monitoring group may read it. (Spring Boot's tests export no metrics unless
 * asked: {@link AutoConfigureObservability}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("test")
@DirtiesContext
class PrometheusEndpointTests {

    private static final String MONITOR = "prometheus-scraper";

    @Autowired
    ProcessEngine engine;
    @Autowired
    EngineGauges gauges;
    @LocalServerPort
    int port;

    @Test
    void theEngineGaugesShowWhatTheEngineCounts() {
        Http http = new Http(port);
        openDutyReports(http);
        applyForLoan(http);
        ManagementService management = engine.getManagementService();
        List<Job> timers = management.createJobQuery().processDefinitionKey(DutyReviewProcess.REPORT_PROCESS).timers().list();
        assertThat(timers).as("the duty reports' reminder and deadline timers").hasSizeGreaterThan(2);
        management.setJobRetries(timers.get(0).getId(), 0);
        management.setJobDuedate(timers.get(1).getId(), Date.from(OffsetDateTime.now().minusMinutes(5).toInstant()));
        engine.getRuntimeService().createIncident("manualCheck", timers.get(2).getExecutionId(), "checked by hand");
        gauges.refresh();

        String scrape = scrape(http, "admin");

        for (String key : List.of(DutyReviewProcess.REPORT_PROCESS, "AssistanceLoan")) {
            long open = engine.getTaskService().createTaskQuery().processDefinitionKey(key).count();
            assertThat(open).as(key + " has open tasks").isPositive();
            assertThat(gauge(scrape, "excellence_engine_tasks_open", "process", key)).as(key).isEqualTo(open);
        }
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
            assertThat(gauge(scrape, "excellence_engine_tasks_open", "process", definition.getKey())).as(definition.getKey())
                    .isEqualTo(engine.getTaskService().createTaskQuery().processDefinitionKey(definition.getKey()).count());
        }
        assertThat(gauge(scrape, "excellence_engine_jobs_backlog", null, null)).isEqualTo(management.createJobQuery().executable().count())
                .isPositive();
        assertThat(gauge(scrape, "excellence_engine_jobs_failed", null, null)).isEqualTo(management.createJobQuery().noRetriesLeft().count())
                .isPositive();
        for (String type : List.of("failedJob", "manualCheck", "failedExternalTask")) {
            assertThat(gauge(scrape, "excellence_engine_incidents_open", "type", type)).as(type)
                    .isEqualTo(engine.getRuntimeService().createIncidentQuery().incidentType(type).count());
        }
        assertThat(gauge(scrape, "excellence_engine_incidents_open", "type", "failedJob")).isPositive();
    }

    @Test
    void requestTimingsIncludeTheEngineRestAndTheApplicationsApi() {
        Http http = new Http(port);
        assertThat(http.as("orgdept").get().uri("/engine-rest/task/count").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        assertThat(http.get("orgdept", "/api/organizations/wulashan").getStatusCode().value()).isEqualTo(200);

        String scrape = scrape(http, "admin");

        assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/engine-rest/\\*\\*\"[^}]*} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/organizations/\\{code}\"[^}]*} [1-9]");
        assertThat(scrape).as("a request is timed once, not again around each security filter (SecurityConfig)")
                .doesNotContain("spring_security_filterchains").doesNotContain("spring_security_http_secured_requests")
                .as("authorization decisions are still observed")
                .containsPattern("spring_security_authorizations_seconds_count\\{[^}]*} [1-9]");
    }

    @Test
    void onlyAdministratorsAndTheMonitoringGroupMayRead() {
        createMonitoringUser();
        Http http = new Http(port);

        ResponseEntity<String> anonymous = http.anonymous().get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).contains("请先登录").doesNotContain("excellence_engine");
        ResponseEntity<String> wrongPassword = http.as("admin", "wrong").get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of("orgdept", "secretary-wulashan", "plenary1")) {
            ResponseEntity<String> refused = http.as(user).get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).contains("您没有执行此操作的权限").doesNotContain("excellence_engine");
        }
        assertThat(http.as("orgdept").get().uri("/actuator/info").retrieve().toEntity(String.class).getStatusCode())
                .as("nothing else of the actuator for ordinary users either").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(scrape(http, MONITOR)).contains("excellence_engine_jobs_backlog");
        assertThat(http.anonymous().get().uri("/actuator/health").retrieve().toEntity(String.class).getStatusCode())
                .as("health stays public").isEqualTo(HttpStatus.OK);
    }

    private void createMonitoringUser() {
        IdentityService identity = engine.getIdentityService();
        if (identity.createGroupQuery().groupId(Groups.MONITORING).count() == 0) {
            identity.saveGroup(identity.newGroup(Groups.MONITORING));
        }
        if (identity.createUserQuery().userId(MONITOR).count() == 0) {
            User user = identity.newUser(MONITOR);
            user.setPassword(MONITOR);
            ((IdentityServiceImpl) identity).saveUser(user, true);
            identity.createMembership(MONITOR, Groups.MONITORING);
        }
    }

    private static String scrape(Http http, String user) {
        ResponseEntity<String> response = http.as(user).get().uri("/actuator/prometheus").retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).as(user + " reads the metrics").isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of one series (by its metric name and one label), as a whole number; fails when it is not there. */
    private static long gauge(String scrape, String name, String label, String value) {
        String labels = label == null ? "\\{[^}]*}" : "\\{[^}]*" + label + "=\"" + Pattern.quote(value) + "\"[^}]*}";
        Matcher matcher = Pattern.compile("(?m)^" + name + labels + " ([0-9.E+-]+)$").matcher(scrape);
        assertThat(matcher.find()).as(name + " " + label + "=" + value + " in\n" + scrape).isTrue();
        return (long) Double.parseDouble(matcher.group(1));
    }

    private static void openDutyReports(Http http) {
        String round = "{\"year\":2027,\"title\":\"2027年度述职评议\",\"townships\":[\"wulashan\",\"xinan\"],\"reviewers\":[\"plenary1\"],"
                + "\"reportDueDate\":\"" + OffsetDateTime.now().plusDays(7) + "\",\"ratingDueDate\":\"" + OffsetDateTime.now().plusDays(14) + "\"}";
        ResponseEntity<String> created = http.as("orgdept").post().uri("/api/duty-review-rounds")
                .contentType(MediaType.APPLICATION_JSON).body(round).retrieve().toEntity(String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private static void applyForLoan(Http http) {
        Map<String, Object> body = new HashMap<>(Map.of("applicantKind", "COOPERATIVE", "applicantName", "三湖村监控合作社",
                "organizationCode", "wulashan-sanhu", "amount", "50000.00", "termMonths", 12, "bank", "乌拉特前旗农村信用社",
                "purpose", "建设温室大棚，带动农户种植。", "householdsHelped", 12));
        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/assistance-loans", body);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    }
}
