package cn.excellence.benchmark;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.dutyreview.DutyReviewService;
import cn.excellence.dutyreview.RoundRequest;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.WebSession;

/**
 * The application's duty-report cycle (a round for one township: start, the secretary submits, org-dept pre-reviews, five
 * plenary members rate, the due jobs run, the report is tallied) driven three ways, always as the real users with the
 * engine's authorizations on: the Java API ({@code identityService.setAuthentication}), the engine REST API with HTTP
 * Basic, and the webapps' session as Tasklist uses it.
 */
final class AppCycles {

    static final String TOWNSHIP = "wulashan";
    static final String SECRETARY = "secretary-" + TOWNSHIP;
    static final String ORG_DEPT = "orgdept";
    static final Map<String, Object> SUBMISSION = Map.of(DutyReviewProcess.VAR_THEME, "服务科学发展、服务基层群众",
            DutyReviewProcess.VAR_ACHIEVEMENTS, "实施基础强民、产业富民、服务便民等六项民心工程，组织领导全覆盖。",
            DutyReviewProcess.VAR_PROBLEMS, "部分嘎查村党组织活动载体单一，党员参与度不够均衡。",
            DutyReviewProcess.VAR_NEXT_PLANS, "深化星级评比、岗位竞赛，推进千名党员产业带头人示范工程。");
    static final Map<String, Object> ACCEPTANCE = Map.of(DutyReviewProcess.VAR_PRE_REVIEW_DECISION, DutyReviewProcess.DECISION_ACCEPT);
    static final Map<String, Object> RATING = Map.of(DutyReviewProcess.VAR_RATING, "GOOD", DutyReviewProcess.VAR_RATING_COMMENT, "评议意见：好");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningApp app;
    private final ProcessEngine engine;
    private final JdbcClient jdbc;
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Http http;
    private final Map<String, WebappClient> sessions = new HashMap<>();

    AppCycles(RunningApp app) {
        this.app = app;
        this.engine = app.bean(ProcessEngine.class);
        this.jdbc = app.bean(JdbcClient.class);
        this.http = new Http(app.port());
        for (String user : users()) {
            groups.put(user, engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        }
    }

    static List<String> users() {
        List<String> users = new java.util.ArrayList<>(List.of(SECRETARY, ORG_DEPT));
        users.addAll(BareEngine.REVIEWERS);
        return users;
    }

    // ---- the Java API, as the users ----

    void javaCycle() {
        long tallied = tallied();
        Date now = ClockUtil.getCurrentTime();
        as(ORG_DEPT, () -> app.bean(DutyReviewService.class).startRound(new RoundRequest(2026, "基准述职评议", List.of(TOWNSHIP),
                BareEngine.REVIEWERS, new Date(now.getTime() + Duration.ofDays(7).toMillis()),
                new Date(now.getTime() + Duration.ofDays(14).toMillis()))));
        TaskService tasks = engine.getTaskService();
        String instance = as(SECRETARY, () -> {
            Task task = tasks.createTaskQuery().taskAssignee(SECRETARY).taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT).singleResult();
            tasks.complete(task.getId(), SUBMISSION);
            return task.getProcessInstanceId();
        });
        as(ORG_DEPT, () -> {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(DutyReviewProcess.TASK_PRE_REVIEW)
                    .singleResult().getId(), ACCEPTANCE);
            return null;
        });
        for (String reviewer : BareEngine.REVIEWERS) {
            as(reviewer, () -> {
                tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(reviewer).singleResult().getId(), RATING);
                return null;
            });
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        requireTallied(tallied);
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, groups.get(user));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    // ---- the engine REST API with HTTP Basic ----

    void restCycle() {
        long tallied = tallied();
        JsonNode started = http.submitStartForm(ORG_DEPT, DutyReviewProcess.ROUND_PROCESS, roundForm()).getBody();
        require(started != null && started.hasNonNull("id"), "round start refused: " + started);
        JsonNode submit = restTask(SECRETARY, "assignee=" + SECRETARY + "&taskDefinitionKey=" + DutyReviewProcess.TASK_SUBMIT_REPORT);
        String instance = submit.path("processInstanceId").asText();
        restComplete(SECRETARY, submit, SUBMISSION);
        restComplete(ORG_DEPT, restTask(ORG_DEPT, "processInstanceId=" + instance + "&taskDefinitionKey=" + DutyReviewProcess.TASK_PRE_REVIEW),
                ACCEPTANCE);
        for (String reviewer : BareEngine.REVIEWERS) {
            restComplete(reviewer, restTask(reviewer, "processInstanceId=" + instance + "&assignee=" + reviewer), RATING);
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        requireTallied(tallied);
    }

    /** Requests one engine-REST cycle sends: the start, then a task query and a completion for each of its seven tasks. */
    static final int REST_REQUESTS_PER_CYCLE = 15;

    /**
     * The HTTP floor: as many requests as one REST cycle sends, each the cheapest the engine REST answers as a Basic user
     * (its version: the same client, Tomcat, filters, login check, Jersey and JSON, and no engine command).
     */
    void httpFloor() {
        for (int i = 0; i < REST_REQUESTS_PER_CYCLE; i++) {
            JsonNode version = http.as(SECRETARY).get().uri(http.baseUrl() + "/engine-rest/version").retrieve().body(JsonNode.class);
            require(version != null && version.hasNonNull("version"), "no version: " + version);
        }
    }

    private JsonNode restTask(String user, String query) {
        JsonNode list = http.as(user).get().uri(http.baseUrl() + "/engine-rest/task?firstResult=0&maxResults=15&" + query).retrieve().body(JsonNode.class);
        require(list != null && list.size() == 1, user + " sees " + list + " for " + query);
        return list.get(0);
    }

    private void restComplete(String user, JsonNode task, Map<String, Object> values) {
        int status = http.submitTaskForm(user, task.path("id").asText(), typed(values)).getStatusCode().value();
        require(status == 204, user + " could not complete " + task.path("taskDefinitionKey").asText() + ": " + status);
    }

    // ---- the webapps' session, as Tasklist ----

    void webappCycle() {
        long tallied = tallied();
        WebappClient orgDept = session(ORG_DEPT);
        HttpResponse<String> started = orgDept.post("/process-definition/key/" + DutyReviewProcess.ROUND_PROCESS + "/submit-form",
                Map.of("variables", roundForm()));
        require(started.statusCode() == 200, "round start: " + started.statusCode() + " " + started.body());
        WebappClient secretary = session(SECRETARY);
        JsonNode submit = secretary.task("assignee=" + SECRETARY + "&taskDefinitionKey=" + DutyReviewProcess.TASK_SUBMIT_REPORT);
        String instance = submit.path("processInstanceId").asText();
        secretary.complete(submit, typed(SUBMISSION));
        orgDept.complete(orgDept.task("processInstanceId=" + instance + "&taskDefinitionKey=" + DutyReviewProcess.TASK_PRE_REVIEW),
                typed(ACCEPTANCE));
        for (String reviewer : BareEngine.REVIEWERS) {
            WebappClient member = session(reviewer);
            member.complete(member.task("processInstanceId=" + instance + "&assignee=" + reviewer), typed(RATING));
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        requireTallied(tallied);
    }

    private WebappClient session(String user) {
        return sessions.computeIfAbsent(user, u -> WebappClient.loggedIn(new WebSession(app.port()), u));
    }

    /** One user's Tasklist: logged in once through the webapps' login, then its engine API with the XSRF header. */
    record WebappClient(WebSession browser, String token) {

        static final String ENGINE = "/camunda/api/engine/engine/default";

        static WebappClient loggedIn(WebSession browser, String user) {
            return new WebappClient(browser, logIn(browser, user));
        }

        private static String logIn(WebSession browser, String user) {
            HttpResponse<String> page = browser.get("/camunda/api/admin/auth/user/default");
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            require(login.statusCode() == 200, user + " could not log in to Tasklist: " + login.statusCode());
            return browser.webappCsrfToken();
        }

        JsonNode task(String query) {
            HttpResponse<String> list = browser.send(HttpRequest.newBuilder(browser.uri(ENGINE + "/task?firstResult=0&maxResults=15&" + query)).header("X-XSRF-TOKEN", token)
                    .header("Accept", "application/json"));
            require(list.statusCode() == 200, query + ": " + list.statusCode() + " " + list.body());
            JsonNode tasks = read(list.body());
            require(tasks.size() == 1, "sees " + tasks + " for " + query);
            return tasks.get(0);
        }

        void complete(JsonNode task, Map<String, Object> variables) {
            HttpResponse<String> done = post("/task/" + task.path("id").asText() + "/submit-form", Map.of("variables", variables));
            require(done.statusCode() == 204, task.path("taskDefinitionKey").asText() + ": " + done.statusCode() + " " + done.body());
        }

        HttpResponse<String> post(String path, Object body) {
            try {
                return browser.send(HttpRequest.newBuilder(browser.uri(ENGINE + path)).header("X-XSRF-TOKEN", token)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- shared ----

    /** The round's start form as Tasklist posts it: one township, the five listed members, the deadlines as days. */
    static Map<String, Object> roundForm() {
        LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", Map.of("value", 2026));
        form.put("title", Map.of("value", "基准述职评议"));
        form.put("chosenTownships", Map.of("value", "[\"" + TOWNSHIP + "\"]", "type", "Json"));
        form.put("reviewerScope", Map.of("value", "LISTED"));
        form.put("reviewers", Map.of("value", String.join(",", BareEngine.REVIEWERS)));
        form.put("reportDueDate", Map.of("value", today.plusDays(7).toString()));
        form.put("ratingDueDate", Map.of("value", today.plusDays(14).toString()));
        return form;
    }

    /** The variables the application's own start of a round sets ({@code DutyReviewService.startRound}), for the bare engine's start. */
    static Map<String, Object> roundStartVariables() {
        Date now = ClockUtil.getCurrentTime();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(DutyReviewProcess.VAR_YEAR, 2026);
        variables.put(DutyReviewProcess.VAR_TITLE, "基准述职评议");
        variables.put(DutyReviewProcess.VAR_TOWNSHIPS, TOWNSHIP);
        variables.put(DutyReviewProcess.VAR_REVIEWERS, String.join(",", BareEngine.REVIEWERS));
        variables.put(DutyReviewProcess.VAR_REPORT_DUE, new Date(now.getTime() + Duration.ofDays(7).toMillis()));
        variables.put(DutyReviewProcess.VAR_RATING_DUE, new Date(now.getTime() + Duration.ofDays(14).toMillis()));
        return variables;
    }

    /** The variables the last cycle left in history (its round's and its report's), as the bare engine counts its own. */
    long variablesOfLastCycle() {
        org.camunda.bpm.engine.HistoryService history = engine.getHistoryService();
        String round = history.createHistoricProcessInstanceQuery().processDefinitionKey(DutyReviewProcess.ROUND_PROCESS)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getId();
        String report = history.createHistoricProcessInstanceQuery().superProcessInstanceId(round).singleResult().getId();
        return history.createHistoricVariableInstanceQuery().processInstanceId(round).count()
                + history.createHistoricVariableInstanceQuery().processInstanceId(report).count();
    }

    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }

    private long tallied() {
        return jdbc.sql("select count(*) from duty_report where grade is not null").query(Long.class).single();
    }

    private void requireTallied(long before) {
        require(tallied() == before + 1, "the report was not tallied");
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
