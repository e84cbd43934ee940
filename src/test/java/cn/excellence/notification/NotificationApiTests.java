package cn.excellence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.shared.ReminderRecorded;
import cn.excellence.shared.Reminders;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/** The inbox, 催办, preferences and robots through HTTP as their users call them: who may, how often, and bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class NotificationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    Reminders reminders;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    // --- 催办 ---

    @Test
    void orgDeptUrgesATaskAtMostOnceAnHourAndTheAssigneeIsTold() {
        String task = submitTask("dashetai");

        ResponseEntity<Map<String, Object>> urged = http.post("orgdept", "/api/tasks/" + task + "/urge", Map.of("note", "明天上午全委会前请提交。"));
        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(urged.getBody()).containsEntry("urgedBy", "orgdept").containsEntry("taskId", task);
        assertThat(inbox("secretary-dashetai")).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "URGE").containsEntry("link", "/workbench/#/tasks/" + task);
            assertThat((String) e.get("body")).contains("明天上午全委会前请提交。");
        });

        ResponseEntity<Map<String, Object>> again = http.post("orgdept", "/api/tasks/" + task + "/urge", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat((String) again.getBody().get("detail")).contains("每小时最多催办一次").contains("后再试");
        assertThat(urges(task)).isEqualTo(1);

        ProcessTestSupport.moveClock(Duration.ofMinutes(61));
        assertThat(http.post("orgdept", "/api/tasks/" + task + "/urge", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<List<Map<String, Object>>> timeline = http.getList("orgdept", "/api/tasks/" + task + "/urges");
        assertThat(timeline.getBody()).extracting(u -> u.get("note")).containsExactly("明天上午全委会前请提交。", null);
        assertThat(http.getList("secretary-dashetai", "/api/tasks/" + task + "/urges").getBody()).hasSize(2);
        assertThat(inbox("secretary-dashetai")).filteredOn(e -> "URGE".equals(e.get("kind"))).hasSize(2);
    }

    @Test
    void twoUrgesAtTheSameMomentMakeOneUrge() throws Exception {
        String task = submitTask("xiaoshetai");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpStatusCode>> both = pool.invokeAll(List.of(
                    () -> http.post("orgdept", "/api/tasks/" + task + "/urge", null).getStatusCode(),
                    () -> http.post("orgdept2", "/api/tasks/" + task + "/urge", null).getStatusCode()));
            List<HttpStatusCode> statuses = new ArrayList<>();
            for (Future<HttpStatusCode> status : both) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.TOO_MANY_REQUESTS);
        } finally {
            pool.shutdown();
        }
        assertThat(urges(task)).isOne();
    }

    @Test
    void aStrangerWhoSeesTheTaskIsRefusedAndOneWhoDoesNotIsToldThereIsNone() {
        String task = submitTask("xianfeng");

        ResponseEntity<Map<String, Object>> own = http.post("secretary-xianfeng", "/api/tasks/" + task + "/urge", null);
        assertThat(own.getStatusCode()).as("the assignee sees the task but did not start the case").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) own.getBody().get("detail")).contains("组织部");
        ResponseEntity<Map<String, Object>> other = http.post("secretary-xinan", "/api/tasks/" + task + "/urge", null);
        assertThat(other.getStatusCode()).as("another township's task").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) other.getBody().get("detail")).contains("没有找到该任务");
        assertThat(http.get("secretary-xinan", "/api/tasks/" + task + "/urges").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post("orgdept", "/api/tasks/no-such-task/urge", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.post(null, "/api/tasks/" + task + "/urge", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(urges(task)).isZero();
    }

    @Test
    void whoeverStartedTheCaseMayUrgeItsTaskEvenWithoutSeeingIt() {
        long member = jdbc.sql("select min(id) from party_member where organization_code like 'wulashan-sanhu'").query(Long.class).single();
        ResponseEntity<Map<String, Object>> started = http.post("secretary-sanhu", "/engine-rest/process-definition/key/HardshipRelief/submit-form",
                Map.of("variables", Map.of("memberId", Map.of("value", member, "type", "Long"),
                        "reason", Map.of("value", "因病致困，申请救助。", "type", "String"), "amount", Map.of("value", 500.5, "type", "Double"))));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String task = taskService.createTaskQuery().processInstanceId((String) started.getBody().get("id")).singleResult().getId();

        ResponseEntity<Map<String, Object>> urged = http.post("secretary-sanhu", "/api/tasks/" + task + "/urge", Map.of("note", "家里等着用钱。"));

        assertThat(urged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(inbox("secretary-wulashan")).anySatisfy(e -> assertThat(e).containsEntry("kind", "URGE")
                .containsEntry("link", "/workbench/#/tasks/" + task));
        assertThat(http.getList("secretary-sanhu", "/api/tasks/" + task + "/urges").getBody()).hasSize(1);
    }

    @Test
    void badUrgesAreRefusedInChineseAndNothingIsRecorded() {
        String task = submitTask("xixiaozhao");

        assertRefused(http.post("orgdept", "/api/tasks/" + task + "/urge", Map.of("note", "催".repeat(201))), "催办说明");
        assertRefused(http.post("orgdept", "/api/tasks/" + task + "/urge", Map.of("note", "请\u0000尽快")), "控制字符");
        assertRefused(http.post("orgdept", "/api/tasks/" + task + "/urge", Map.of("note", Map.of("x", 1))), null);
        assertRefused(http.exchange("orgdept", HttpMethod.POST, "/api/tasks/" + task + "/urge", "{\"note\":", MediaType.APPLICATION_JSON), null);
        assertRefused(http.post("orgdept", "/api/tasks/" + "x".repeat(65) + "/urge", null), "任务编号");
        assertRefused(http.post("orgdept", "/api/tasks/a'or'1'='1/urge", null), "任务编号");

        assertThat(urges(task)).isZero();
        assertThat(inbox("secretary-xixiaozhao")).noneMatch(e -> "URGE".equals(e.get("kind")));
    }

    // --- the outbox ---

    @Test
    void aReminderToAGroupReachesEachMemberOnceEvenWhenItsCauseRunsAgain() {
        long members = jdbc.sql("select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'org-dept'").query(Long.class).single();
        transactions.executeWithoutResult(s -> reminders.record("pi-test", null, "RECTIFICATION_OVERDUE", "org-dept", "整改已逾期，请督办。"));
        long reminder = jdbc.sql("select max(id) from reminder").query(Long.class).single();
        ReminderRecorded again = new ReminderRecorded(reminder, "pi-test", null, "RECTIFICATION_OVERDUE", "org-dept", "整改已逾期，请督办。");
        transactions.executeWithoutResult(s -> events.publishEvent(again));

        assertThat(jdbc.sql("select count(*) from notification_outbox where cause_key = ? and channel = 'INBOX'").param("REMINDER:" + reminder)
                .query(Long.class).single()).isEqualTo(members).isPositive();
        assertThat(inbox("orgdept")).filteredOn(e -> "整改已逾期，请督办。".equals(e.get("body"))).hasSize(1);
    }

    // --- the inbox ---

    @Test
    void everyoneReadsAndMarksOnlyTheirOwnMessages() {
        submitTask("eerdengbulage");
        List<Map<String, Object>> mine = inbox("secretary-eerdengbulage");
        assertThat(mine).isNotEmpty();
        assertThat(mine).extracting(e -> ((Number) e.get("id")).longValue()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        Object id = mine.get(0).get("id");
        long unread = unread("secretary-eerdengbulage");
        assertThat(unread).isEqualTo(mine.size());

        ResponseEntity<Map<String, Object>> stranger = http.post("secretary-xinan", "/api/inbox/" + id + "/read", null);
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) stranger.getBody().get("detail")).contains("没有找到这条消息");
        assertThat(http.get("secretary-xinan", "/api/inbox?size=200").getBody().get("content").toString()).doesNotContain("id=" + id + ",");
        assertThat(unread("secretary-eerdengbulage")).as("still unread").isEqualTo(unread);

        ResponseEntity<Map<String, Object>> read = http.post("secretary-eerdengbulage", "/api/inbox/" + id + "/read", null);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsEntry("read", true);
        assertThat(unread("secretary-eerdengbulage")).isEqualTo(unread - 1);

        ResponseEntity<Map<String, Object>> all = http.post("secretary-eerdengbulage", "/api/inbox/read-all", null);
        assertThat(all.getBody()).containsEntry("marked", (int) unread - 1);
        assertThat(unread("secretary-eerdengbulage")).isZero();
    }

    @Test
    void badInboxRequestsAreRefusedInChinese() {
        assertRefused(http.get("orgdept", "/api/inbox?size=0"), "每页条数");
        assertRefused(http.get("orgdept", "/api/inbox?size=201"), "每页条数");
        assertRefused(http.get("orgdept", "/api/inbox?page=-1"), "页码");
        assertRefused(http.get("orgdept", "/api/inbox?page=abc"), null);
        assertRefused(http.post("orgdept", "/api/inbox/abc/read", null), null);
        assertRefused(http.post("orgdept", "/api/inbox/99999999999999999999999/read", null), null);
        assertThat(http.post("orgdept", "/api/inbox/987654321/read", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.get(null, "/api/inbox").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- preferences and robots ---

    @Test
    void preferencesAreKeptPerUserAndBadOnesAreRefused() {
        assertThat(http.get("plenary2", "/api/notification/preferences").getBody())
                .containsEntry("emailEnabled", true).containsEntry("dailyDigest", false).containsEntry("quietStart", null);
        assertRefused(put("plenary2", "/api/notification/preferences", prefs(true, false, "25:00", "07:00")), "免打扰开始时间");
        assertRefused(put("plenary2", "/api/notification/preferences", prefs(true, false, "22:00", null)), "免打扰时段");
        assertRefused(put("plenary2", "/api/notification/preferences", prefs(true, false, "07:00", "07:00")), "免打扰时段");
        assertRefused(put("plenary2", "/api/notification/preferences", prefs(null, false, null, null)), "emailEnabled");
        assertRefused(put("plenary2", "/api/notification/preferences", prefs(true, false, "2".repeat(100_000), "07:00")), null);
        assertRefused(put("plenary2", "/api/notification/preferences", Map.of("emailEnabled", "也许", "dailyDigest", false)), null);
        assertThat(http.get("plenary2", "/api/notification/preferences").getBody()).as("nothing saved").containsEntry("quietStart", null);

        assertThat(put("plenary2", "/api/notification/preferences", prefs(false, true, "22:30", "07:00")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.get("plenary2", "/api/notification/preferences").getBody()).containsEntry("emailEnabled", false)
                .containsEntry("dailyDigest", true).containsEntry("quietStart", "22:30").containsEntry("quietEnd", "07:00");
        assertThat(http.get("plenary1", "/api/notification/preferences").getBody()).as("another user's").containsEntry("emailEnabled", true);
    }

    @Test
    void onlyOrgDeptManagesTheRobotsAndBadOnesAreRefused() {
        String url = "/api/notification/webhooks/wulashan";
        assertThat(put("secretary-wulashan", url, robot("WECOM", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("orgdept", "/api/notification/webhooks/atlantis", robot("WECOM", "https://example.invalid/x")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertRefused(put("orgdept", url, robot("SLACK", "https://example.invalid/robot")), "机器人类型");
        assertRefused(put("orgdept", url, robot("DINGTALK", "ftp://example.invalid/robot")), "https://");
        assertRefused(put("orgdept", url, robot("DINGTALK", "javascript:alert(1)//")), "https://");
        assertRefused(put("orgdept", url, robot("DINGTALK", "https://user:pw@example.invalid/robot")), "https://");
        assertRefused(put("orgdept", url, robot("DINGTALK", "https://example.invalid/" + "x".repeat(600))), "机器人地址");
        assertRefused(put("orgdept", url, robot(null, null)), "机器人类型");
        assertThat(jdbc.sql("select count(*) from notification_webhook").query(Long.class).single()).as("nothing saved").isZero();

        ResponseEntity<Map<String, Object>> saved = put("orgdept", url, robot("DINGTALK", "https://oapi.dingtalk.com/robot/send?access_token=t"));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody()).containsEntry("organizationCode", "wulashan").containsEntry("robot", "DINGTALK");
        assertThat(http.getList("orgdept", "/api/notification/webhooks").getBody()).hasSize(1);
        assertThat(http.exchange("secretary-wulashan", HttpMethod.DELETE, url, null, MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.exchange("orgdept", HttpMethod.DELETE, url, null, MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.exchange("orgdept", HttpMethod.DELETE, url, null, MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    // --- helpers ---

    String submitTask(String township) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        body.put("townships", List.of(township));
        body.put("reviewers", List.of("plenary1", "plenary2", "plenary3"));
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long round = ((Number) response.getBody().get("id")).longValue();
        long report = jdbc.sql("select id from duty_report where round_id = ?").param(round).query(Long.class).single();
        return taskService.createTaskQuery().processVariableValueEquals("dutyReportId", report).taskDefinitionKey("Task_SubmitDutyReport")
                .singleResult().getId();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> inbox(String user) {
        return (List<Map<String, Object>>) http.get(user, "/api/inbox?size=200").getBody().get("content");
    }

    long unread(String user) {
        return ((Number) http.get(user, "/api/inbox/unread-count").getBody().get("unread")).longValue();
    }

    long urges(String task) {
        return jdbc.sql("select count(*) from task_urge where task_id = ?").param(task).query(Long.class).single();
    }

    ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
        return http.exchange(user, HttpMethod.PUT, path, body, MediaType.APPLICATION_JSON);
    }

    static Map<String, Object> prefs(Boolean email, Boolean digest, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("emailEnabled", email);
        body.put("dailyDigest", digest);
        body.put("quietStart", start);
        body.put("quietEnd", end);
        return body;
    }

    static Map<String, Object> robot(String robot, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("robot", robot);
        body.put("url", url);
        return body;
    }

    static void assertRefused(ResponseEntity<Map<String, Object>> response, String detail) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String text = (String) response.getBody().get("detail");
        assertThat(text).as("a Chinese message").matches(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        if (detail != null) {
            assertThat(text).contains(detail);
        }
    }
}
