package cn.excellence.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** The workbench's task API as a secretary and org-dept call it over HTTP, with the engine's authorizations on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class WorkbenchApiTests {

    static final String TASKS = "/api/workbench/tasks";
    static final String DRAFTS = "/api/workbench/drafts/";
    static final String START_FORMS = "/api/workbench/start-forms";
    static final String DONE = "/api/workbench/done";

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
    IdempotentRequests requestsPruner;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    // --- 待办 and completion ---

    @Test
    void aSecretaryCompletesTheDutyReportOnceAndOrgDeptPreReviewsNext() {
        String task = openDutyReport("wulashan");

        ResponseEntity<List<Map<String, Object>>> todo = http.getList("secretary-wulashan", TASKS);
        assertThat(todo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(todo.getBody()).filteredOn(t -> task.equals(t.get("id"))).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("name", "提交述职报告").containsEntry("processDefinitionKey", "DutyReport")
                    .containsEntry("processName", "苏木镇党委书记述职").containsEntry("mine", true).containsEntry("claimable", false)
                    .containsEntry("overdue", false).containsEntry("assignee", "secretary-wulashan");
            assertThat((String) t.get("due")).endsWith("+08:00");
        });
        ResponseEntity<Map<String, Object>> form = http.get("secretary-wulashan", TASKS + "/" + task);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) form.getBody().get("schema")).containsEntry("id", "DutyReportSubmitForm");
        assertThat((Map<String, Object>) form.getBody().get("data")).isNotNull();

        String key = UUID.randomUUID().toString();
        ResponseEntity<Map<String, Object>> done = complete("secretary-wulashan", task, key, goodReport());
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).containsEntry("taskId", task).containsEntry("taskName", "提交述职报告")
                .containsEntry("replayed", false).containsEntry("processEnded", false);
        assertThat((List<Map<String, Object>>) done.getBody().get("next")).singleElement().satisfies(next -> {
            assertThat(next).containsEntry("name", "组织部预审").containsEntry("candidateLabel", "旗委组织部");
            assertThat((List<String>) next.get("candidateGroups")).containsExactly("org-dept");
        });

        ResponseEntity<Map<String, Object>> again = complete("secretary-wulashan", task, key, goodReport());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("replayed", true).containsEntry("next", done.getBody().get("next"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isOne();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processOf(task)).taskDefinitionKey("Task_PreReview").count()).isOne();

        assertThat(http.getList("orgdept", TASKS).getBody()).filteredOn(t -> processOf(task).equals(t.get("processInstanceId")))
                .singleElement().satisfies(t -> assertThat(t).containsEntry("name", "组织部预审").containsEntry("subject", "乌拉山镇党委")
                        .containsEntry("claimable", true).containsEntry("mine", false));
        assertThat(http.getList("secretary-wulashan", TASKS).getBody()).noneMatch(t -> task.equals(t.get("id")));
        String preReview = taskService.createTaskQuery().processInstanceId(processOf(task)).singleResult().getId();
        assertThat(status(complete("orgdept", preReview, UUID.randomUUID().toString(), Map.of("preReviewDecision", "ACCEPT"))))
                .as("a candidate completes without claiming first").isEqualTo(200);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(preReview).singleResult().getAssignee()).isEqualTo("orgdept");
        ResponseEntity<Map<String, Object>> gone = complete("secretary-wulashan", task, UUID.randomUUID().toString(), goodReport());
        assertThat(gone.getStatusCode()).as("completed already, another key").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(detail(gone)).isEqualTo("该任务已由他人办理或已撤销。");
        assertThat(complete("secretary-wulashan", "other-task", key, goodReport()).getStatusCode()).as("the key reused for another task")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void overdueTasksComeFirstThenByDueDateAndTasksWithoutOneLast() {
        String dueInAWeek = openDutyReport("eerdengbulage");
        String overdue = openDutyReport("eerdengbulage");
        String noDue = openDutyReport("eerdengbulage");
        taskService.setDueDate(overdue, Date.from(Instant.now().minus(Duration.ofDays(1))));
        taskService.setDueDate(noDue, null);

        List<Map<String, Object>> todo = http.getList("secretary-eerdengbulage", TASKS).getBody().stream()
                .filter(t -> List.of(dueInAWeek, overdue, noDue).contains(t.get("id"))).toList();
        assertThat(todo).extracting(t -> t.get("id")).containsExactly(overdue, dueInAWeek, noDue);
        assertThat(todo).extracting(t -> t.get("overdue")).containsExactly(true, false, false);
        assertThat(todo.get(2).get("due")).isNull();
    }

    @Test
    void keysAreKeptThirtyDaysThenForgotten() {
        String task = openDutyReport("xiaoshetai");
        String key = UUID.randomUUID().toString();
        assertThat(status(complete("secretary-xiaoshetai", task, key, goodReport()))).isEqualTo(200);
        assertThat(requests("secretary-xiaoshetai")).isOne();
        try {
            ProcessTestSupport.moveClock(Duration.ofDays(29));
            requestsPruner.prune();
            assertThat(requests("secretary-xiaoshetai")).as("29 days old: kept").isOne();
            assertThat(complete("secretary-xiaoshetai", task, key, goodReport()).getBody()).containsEntry("replayed", true);

            ProcessTestSupport.moveClock(Duration.ofDays(2));
            assertThat(requestsPruner.prune()).isPositive();
            assertThat(requests("secretary-xiaoshetai")).as("31 days old: forgotten").isZero();
            assertThat(status(complete("secretary-xiaoshetai", task, key, goodReport()))).as("no replay, and the task is done")
                    .isEqualTo(404);
        } finally {
            ProcessTestSupport.resetClock();
        }
    }

    @Test
    void twoIdenticalCompletionsAtOnceCompleteTheTaskOnceAndGetTheSameAnswer() throws Exception {
        String task = openDutyReport("xinan");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ResponseEntity<Map<String, Object>>> answers = new ArrayList<>();
        try {
            Callable<ResponseEntity<Map<String, Object>>> send = () -> complete("secretary-xinan", task, key, goodReport());
            for (Future<ResponseEntity<Map<String, Object>>> answer : pool.invokeAll(List.of(send, send))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).as(String.valueOf(a.getBody())).isEqualTo(HttpStatus.OK));
        assertThat(answers).extracting(a -> a.getBody().get("replayed")).containsExactlyInAnyOrder(true, false);
        assertThat(answers.get(0).getBody().get("next")).isEqualTo(answers.get(1).getBody().get("next"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isOne();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(processOf(task)).taskDefinitionKey("Task_PreReview").count())
                .isOne();
        assertThat(requests("secretary-xinan")).isOne();
    }

    @Test
    void aRefusedCompletionSavesNothingAndSaysWhyInChinese() {
        String task = openDutyReport("xianfeng");
        Map<String, Object> shortAchievements = goodReport();
        shortAchievements.put("achievements", "太短");

        ResponseEntity<Map<String, Object>> refused = complete("secretary-xianfeng", task, UUID.randomUUID().toString(), shortAchievements);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("工作成效");
        Map<String, Object> missing = goodReport();
        missing.remove("theme");
        assertThat(detail(complete("secretary-xianfeng", task, UUID.randomUUID().toString(), missing))).contains("活动主题");

        assertThat(requests("secretary-xianfeng")).isZero();
        assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
    }

    @Test
    void aMissingOrMalformedKeyOrBodyIsRefused() {
        String task = openDutyReport("xiaoshetai");
        String secretary = "secretary-xiaoshetai";
        ResponseEntity<Map<String, Object>> noKey = http.post(secretary, TASKS + "/" + task + "/complete", Map.of("values", goodReport()));
        assertThat(noKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(detail(noKey)).contains("Idempotency-Key");
        for (String key : List.of("short", "has space in it", "x".repeat(101), "<script>alert(1)</script>", "a/b/c/d/e/f")) {
            assertThat(detail(complete(secretary, task, key, goodReport()))).as(key).contains("Idempotency-Key");
        }
        String key = UUID.randomUUID().toString();
        assertThat(status(raw(secretary, TASKS + "/" + task + "/complete", key, null))).isEqualTo(400);
        assertThat(status(raw(secretary, TASKS + "/" + task + "/complete", key, "{}"))).isEqualTo(400);
        assertThat(status(raw(secretary, TASKS + "/" + task + "/complete", key, "{\"values\": {\"theme\": "))).isEqualTo(400);
        assertThat(status(http.post(secretary, TASKS + "/" + task + "/complete", Map.of("values", "theme"), "Idempotency-Key", key)))
                .isEqualTo(400);
        assertThat(status(http.post(secretary, TASKS + "/" + task + "/complete", Map.of("values", List.of(1)), "Idempotency-Key", key)))
                .isEqualTo(400);
        assertThat(status(http.exchange(secretary, HttpMethod.POST, TASKS + "/" + task + "/complete", "{not json",
                MediaType.APPLICATION_JSON))).isEqualTo(400);
        Map<String, Object> oversized = goodReport();
        oversized.put("achievements", "很".repeat(30_000));
        assertThat(detail(complete(secretary, task, key, oversized))).contains("64 KB");
        Map<String, Object> unknown = goodReport();
        unknown.put("secretary", "secretary-xinan");
        assertThat(detail(complete(secretary, task, key, unknown))).contains("没有字段");
        Map<String, Object> object = goodReport();
        object.put("theme", Map.of("nested", true));
        assertThat(status(complete(secretary, task, key, object))).isEqualTo(400);

        assertThat(requests(secretary)).isZero();
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void anotherTownshipsTaskIsNotThere() {
        String task = openDutyReport("mingan");
        for (ResponseEntity<Map<String, Object>> response : List.of(http.get("secretary-xinan", TASKS + "/" + task),
                http.post("secretary-xinan", TASKS + "/" + task + "/claim", null),
                complete("secretary-xinan", task, UUID.randomUUID().toString(), goodReport()))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(detail(response)).contains("该任务已由他人办理或已撤销");
        }
        assertThat(http.getList("secretary-xinan", TASKS).getBody()).noneMatch(t -> task.equals(t.get("id")));
        assertThat(status(http.get("secretary-xinan", TASKS + "/bad%20id"))).isIn(400, 404);
        assertThat(status(http.get(null, TASKS))).isEqualTo(401);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void orgDeptClaimsThePreReviewAndAColleagueIsToldWhoHasIt() {
        String report = openDutyReport("dashetai");
        assertThat(status(complete("secretary-dashetai", report, UUID.randomUUID().toString(), goodReport()))).isEqualTo(200);
        String preReview = taskService.createTaskQuery().processInstanceId(processOf(report)).singleResult().getId();

        assertThat(status(http.post("secretary-wulashan", TASKS + "/" + preReview + "/claim", null))).isEqualTo(404);
        ResponseEntity<Map<String, Object>> form = http.get("orgdept2", TASKS + "/" + preReview);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> data = (Map<String, Object>) form.getBody().get("data");
        List<String> tasklistFields = new ArrayList<>();
        http.formVariables("orgdept2", preReview).fieldNames().forEachRemaining(tasklistFields::add);
        assertThat(data.keySet()).as("the values Tasklist's form opens with").containsExactlyInAnyOrderElementsOf(tasklistFields);
        assertThat(data).containsEntry("theme", "服务科学发展、服务基层群众").containsEntry("achievements", "实施六项民心工程，组织领导全覆盖。");
        assertThat((Map<String, Object>) form.getBody().get("task")).containsEntry("subject", "大佘太镇党委").containsEntry("claimable", true);

        ResponseEntity<Map<String, Object>> claimed = http.post("orgdept", TASKS + "/" + preReview + "/claim", null);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody()).containsEntry("mine", true).containsEntry("assignee", "orgdept").containsEntry("claimable", false);
        assertThat(status(http.post("orgdept", TASKS + "/" + preReview + "/claim", null))).as("claiming one's own again").isEqualTo(200);

        ResponseEntity<Map<String, Object>> taken = http.post("orgdept2", TASKS + "/" + preReview + "/claim", null);
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(detail(taken)).contains("组织部干部甲");
        assertThat(status(complete("orgdept2", preReview, UUID.randomUUID().toString(), Map.of("preReviewDecision", "ACCEPT")))).isEqualTo(409);
        assertThat(http.getList("orgdept2", TASKS).getBody()).noneMatch(t -> preReview.equals(t.get("id")));

        ResponseEntity<Map<String, Object>> accepted = complete("orgdept", preReview, UUID.randomUUID().toString(),
                Map.of("preReviewDecision", "ACCEPT"));
        assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) accepted.getBody().get("next")).isNotEmpty()
                .allSatisfy(next -> assertThat(next.get("name")).isEqualTo("评议述职"));
    }

    // --- drafts ---

    @Test
    void aDraftKeepsTheNewerCopyAndGoesWithTheCompletion() {
        String task = openDutyReport("wulashan");
        String draft = DRAFTS + "task-" + task;
        String secretary = "secretary-wulashan";
        assertThat(status(http.get(secretary, draft))).isEqualTo(404);

        OffsetDateTime now = OffsetDateTime.now();
        ResponseEntity<Map<String, Object>> saved = putDraft(secretary, draft, Map.of("theme", "第二版"), now);
        assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map<String, Object>> older = putDraft(secretary, draft, Map.of("theme", "第一版"), now.minusMinutes(5));
        assertThat(older.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Map<String, Object>) older.getBody().get("values")).as("an older copy is ignored").containsEntry("theme", "第二版");
        ResponseEntity<Map<String, Object>> read = http.get(secretary, draft);
        assertThat(read.getBody()).containsEntry("draftKey", "task-" + task);
        assertThat((Map<String, Object>) read.getBody().get("values")).containsEntry("theme", "第二版");
        assertThat(Duration.between(OffsetDateTime.parse((String) read.getBody().get("savedAt")), now).abs()).isLessThan(Duration.ofMillis(1));
        assertThat((String) read.getBody().get("savedAt")).endsWith("+08:00");
        assertThat(status(http.get("secretary-xinan", draft))).as("another township's task").isEqualTo(404);

        Map<String, Object> shortReport = goodReport();
        shortReport.put("problems", "短");
        assertThat(status(complete(secretary, task, UUID.randomUUID().toString(), shortReport))).isEqualTo(400);
        assertThat(status(http.get(secretary, draft))).as("a refused completion keeps the draft").isEqualTo(200);
        assertThat(status(complete(secretary, task, UUID.randomUUID().toString(), goodReport()))).isEqualTo(200);
        assertThat(status(http.get(secretary, draft))).as("the completion deletes the draft").isEqualTo(404);
    }

    @Test
    void aDraftIsRefusedWhenItsKeyOrValuesAreWrong() {
        String task = openDutyReport("xianfeng");
        String secretary = "secretary-xianfeng";
        OffsetDateTime now = OffsetDateTime.now();
        for (String key : List.of("report-1", "task-", "task-a_b", "start-", "start-1abc", "x".repeat(300))) {
            assertThat(detail(putDraft(secretary, DRAFTS + key, Map.of("theme", "x"), now))).as(key).contains("草稿标识");
        }
        assertThat(detail(putDraft(secretary, DRAFTS + "task-" + task, Map.of("theme", "很".repeat(25_000)), now))).contains("64 KB");
        assertThat(status(http.exchange(secretary, HttpMethod.PUT, DRAFTS + "task-" + task, Map.of("values", "text", "savedAt", now.toString()),
                MediaType.APPLICATION_JSON))).isEqualTo(400);
        assertThat(detail(http.exchange(secretary, HttpMethod.PUT, DRAFTS + "task-" + task, Map.of("values", Map.of(), "savedAt", "yesterday"),
                MediaType.APPLICATION_JSON))).contains("savedAt");
        assertThat(detail(http.exchange(secretary, HttpMethod.PUT, DRAFTS + "task-" + task, Map.of("values", Map.of()),
                MediaType.APPLICATION_JSON))).contains("savedAt");
        assertThat(status(putDraft(secretary, DRAFTS + "task-no-such-task", Map.of(), now))).isEqualTo(404);
        assertThat(status(putDraft(secretary, DRAFTS + "start-DutyReviewRound", Map.of(), now))).as("org-dept's start form").isEqualTo(404);
        assertThat(drafts(secretary)).isZero();

        assertThat(status(putDraft(secretary, DRAFTS + "task-" + task, Map.of("theme", "草稿"), now))).isEqualTo(200);
        assertThat(status(http.exchange(secretary, HttpMethod.DELETE, DRAFTS + "task-" + task, null, MediaType.APPLICATION_JSON))).isEqualTo(204);
        assertThat(drafts(secretary)).isZero();
    }

    // --- 发起 ---

    @Test
    void theStartFormsAreWhatTasklistListsForEachUser() {
        for (String user : List.of("orgdept", "secretary-wulashan", "secretary-sanhu", "plenary1", "fund1", "supervisor1")) {
            ResponseEntity<List<Map<String, Object>>> forms = http.getList(user, START_FORMS);
            assertThat(forms.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(forms.getBody()).extracting(f -> (String) f.get("key")).as(user)
                    .containsExactlyInAnyOrderElementsOf(http.startableProcessKeys(user));
        }
        assertThat(http.getList("secretary-sanhu", START_FORMS).getBody()).extracting(f -> f.get("key")).contains("HardshipRelief");
        ResponseEntity<Map<String, Object>> form = http.get("secretary-sanhu", START_FORMS + "/HardshipRelief");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).containsEntry("key", "HardshipRelief");
        assertThat(((Map<String, Object>) form.getBody().get("schema")).get("components")).isNotNull();
        assertThat(status(http.get("secretary-sanhu", START_FORMS + "/DutyReviewRound"))).isEqualTo(404);
        assertThat(status(http.get("secretary-sanhu", START_FORMS + "/DutyReport"))).as("not startable in Tasklist").isEqualTo(404);
        assertThat(status(http.get("secretary-sanhu", START_FORMS + "/no'key"))).isEqualTo(400);
    }

    @Test
    void aStartSentTwiceWithOneKeyStartsOneProcess() {
        long member = jdbc.sql("select min(id) from party_member where organization_code like 'wulashan-sanhu'").query(Long.class).single();
        Map<String, Object> values = Map.of("memberId", member, "reason", "因病致困，申请救助。", "amount", 500.5);
        String key = UUID.randomUUID().toString();
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("HardshipRelief").count();

        ResponseEntity<Map<String, Object>> started = start("secretary-sanhu", "HardshipRelief", key, values);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody()).containsEntry("replayed", false);
        assertThat((String) started.getBody().get("businessKey")).isNotBlank();
        assertThat((List<Map<String, Object>>) started.getBody().get("next")).isNotEmpty();
        ResponseEntity<Map<String, Object>> again = start("secretary-sanhu", "HardshipRelief", key, values);
        assertThat(again.getBody()).containsEntry("replayed", true).containsEntry("processInstanceId", started.getBody().get("processInstanceId"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("HardshipRelief").count()).isEqualTo(before + 1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId((String) started.getBody().get("processInstanceId"))
                .singleResult().getStartUserId()).isEqualTo("secretary-sanhu");

        assertThat(detail(start("secretary-sanhu", "HardshipRelief", UUID.randomUUID().toString(), Map.of("memberId", member, "amount", 500))))
                .contains("申请理由");
        assertThat(status(start("secretary-sanhu", "DutyReviewRound", UUID.randomUUID().toString(), Map.of()))).isEqualTo(404);
        assertThat(status(start("secretary-sanhu", "HardshipRelief", "bad key", values))).isEqualTo(400);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("HardshipRelief").count()).isEqualTo(before + 1);
    }

    @Test
    void orgDeptOpensARoundThroughTheStartFormWithTheFormJsValuesTasklistWouldSend() {
        Map<String, Object> values = new HashMap<>();
        values.put("year", 2027);
        values.put("title", "2027年度苏木镇党委书记述职评议");
        values.put("chosenTownships", List.of("xixiaozhao", "eerdengbulage"));
        values.put("reviewerScope", "LISTED");
        values.put("reviewers", "plenary1，plenary2 plenary3");
        values.put("reportDueDate", LocalDate.now().plusDays(7).toString());
        values.put("ratingDueDate", LocalDate.now().plusDays(14).toString());
        String draft = DRAFTS + "start-DutyReviewRound";
        assertThat(status(putDraft("orgdept", draft, Map.of("title", "草稿"), OffsetDateTime.now()))).isEqualTo(200);
        assertThat(status(putDraft("orgdept2", draft, Map.of("title", "同事的草稿"), OffsetDateTime.now()))).isEqualTo(200);

        ResponseEntity<Map<String, Object>> started = start("orgdept", "DutyReviewRound", UUID.randomUUID().toString(), values);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        assertThat((String) started.getBody().get("businessKey")).startsWith("述职评议·2027年度苏木镇党委书记述职评议·#");
        assertThat((List<Map<String, Object>>) started.getBody().get("next")).as("one report per ticked township").hasSize(2)
                .allSatisfy(next -> assertThat(next).containsEntry("name", "提交述职报告"))
                .extracting(next -> next.get("assignee")).containsExactlyInAnyOrder("secretary-xixiaozhao", "secretary-eerdengbulage");
        assertThat(status(http.get("orgdept", draft))).as("the start deletes the starter's draft").isEqualTo(404);
        assertThat(status(http.get("orgdept2", draft))).as("and only the starter's").isEqualTo(200);

        values.put("chosenTownships", List.of("xinan"));
        values.put("year", 1999);
        assertThat(detail(start("orgdept", "DutyReviewRound", UUID.randomUUID().toString(), values))).contains("年度");
        assertThat(requests("orgdept")).isOne();
    }

    // --- 已办 ---

    @Test
    void doneListsWhatICompletedNewestFirstAndOnlyMine() {
        String first = openDutyReport("baiyanhua");
        String second = openDutyReport("baiyanhua");
        String secretary = "secretary-baiyanhua";
        assertThat(status(complete(secretary, first, UUID.randomUUID().toString(), goodReport()))).isEqualTo(200);
        assertThat(status(complete(secretary, second, UUID.randomUUID().toString(), goodReport()))).isEqualTo(200);

        ResponseEntity<Map<String, Object>> done = http.get(secretary, DONE + "?page=0&size=20");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> content = (List<Map<String, Object>>) done.getBody().get("content");
        assertThat(content).extracting(d -> d.get("taskId")).containsExactly(second, first);
        assertThat(content.get(0)).containsEntry("name", "提交述职报告").containsEntry("processName", "苏木镇党委书记述职")
                .containsEntry("processInstanceId", processOf(second));
        assertThat((String) content.get(0).get("completedAt")).endsWith("+08:00");
        assertThat(done.getBody()).containsEntry("totalElements", 2);
        assertThat((List<?>) http.get(secretary, DONE + "?page=1&size=1").getBody().get("content")).singleElement()
                .satisfies(d -> assertThat((Map<String, Object>) d).containsEntry("taskId", first));

        assertThat((List<Map<String, Object>>) http.get("secretary-xinan", DONE).getBody().get("content"))
                .noneMatch(d -> first.equals(d.get("taskId")) || second.equals(d.get("taskId")));
        assertThat(status(http.get(secretary, DONE + "?size=0"))).isEqualTo(400);
        assertThat(status(http.get(secretary, DONE + "?size=abc"))).isEqualTo(400);
        assertThat(status(http.get(secretary, DONE + "?page=-1"))).isEqualTo(400);
    }

    // --- helpers ---

    /** Opens a duty-review round for one township as org-dept does; the id of its secretary's 提交述职报告 task. */
    String openDutyReport(String township) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        body.put("townships", List.of(township));
        body.put("reviewers", List.of("plenary1", "plenary2", "plenary3"));
        assertThat(http.post("orgdept", "/api/duty-review-rounds", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ProcessTestSupport.executeDueJobs(managementService);
        List<Task> tasks = taskService.createTaskQuery().taskAssignee("secretary-" + township).processDefinitionKey("DutyReport")
                .orderByTaskCreateTime().desc().list();
        assertThat(tasks).isNotEmpty();
        return tasks.get(0).getId();
    }

    static Map<String, Object> goodReport() {
        Map<String, Object> values = new HashMap<>();
        values.put("theme", "服务科学发展、服务基层群众");
        values.put("achievements", "实施六项民心工程，组织领导全覆盖。");
        values.put("problems", "部分嘎查村党组织活动载体单一。");
        values.put("nextPlans", "深化星级评比，推进产业带头人示范工程。");
        return values;
    }

    ResponseEntity<Map<String, Object>> complete(String user, String task, String key, Map<String, Object> values) {
        return http.post(user, TASKS + "/" + task + "/complete", Map.of("values", values), "Idempotency-Key", key);
    }

    /** A POST with this Idempotency-Key and this body text as sent (none for null). */
    ResponseEntity<Map<String, Object>> raw(String user, String path, String key, String body) {
        var request = http.as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().toEntity(new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    ResponseEntity<Map<String, Object>> putDraft(String user, String path, Map<String, Object> values, OffsetDateTime savedAt) {
        return http.exchange(user, HttpMethod.PUT, path, Map.of("values", values, "savedAt", savedAt.toString()), MediaType.APPLICATION_JSON);
    }

    ResponseEntity<Map<String, Object>> start(String user, String processKey, String key, Map<String, Object> values) {
        return http.post(user, START_FORMS + "/" + processKey, Map.of("values", values), "Idempotency-Key", key);
    }

    long drafts(String user) {
        return jdbc.sql("select count(*) from workbench_draft where user_id = ?").param(user).query(Long.class).single();
    }

    String processOf(String taskId) {
        return historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    long requests(String user) {
        return jdbc.sql("select count(*) from workbench_request where user_id = ?").param(user).query(Long.class).single();
    }

    static String detail(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().is4xxClientError()).as(response.getStatusCode() + " " + response.getBody()).isTrue();
        return String.valueOf(response.getBody().get("detail"));
    }

    static int status(ResponseEntity<?> response) {
        return response.getStatusCode().value();
    }
}
