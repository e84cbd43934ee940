package cn.excellence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import jakarta.mail.internet.MimeMessage;

/**
 * Notifications as their recipients get them: a task assigned in a real process, a reminder timer firing, 催办; the
 * inbox, e-mail to a real SMTP server (GreenMail) and a group robot (a local HTTP server), retried when delivery fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class NotificationTests {

    /** A real SMTP server for the class, on a free port. */
    /**
     * One SMTP server for the JVM on a free port, never stopped: the PostgreSQL subclass may run after this class in
     * the same JVM and shares it (a server stopped after the first class left the second without one).
     */
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    static final String SECRETARY = "secretary-wulashan";
    static final String TASK_SUBMIT_REPORT = "Task_SubmitDutyReport";
    static final String TASK_PRE_REVIEW = "Task_PreReview";

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    MailDelivery mail;
    @Autowired
    WebhookDelivery webhooks;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    NotificationProperties properties;
    @Autowired
    NotificationOutbox outbox;

    Http http;

    @BeforeEach
    void setUp() throws Exception {
        http = new Http(port);
        MAIL.purgeEmailFromAllMailboxes(); // the server outlives the class: each test starts with no mail
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    // --- the causes ---

    @Test
    void aReminderTimerGivesExactlyOneInboxEntryAndOneMailPerRecipient() throws Exception {
        long round = openRound("wulashan");
        dispatcher.dispatchOnce();
        Set<String> mailsBefore = mailIds();

        ProcessTestSupport.moveClock(Duration.ofDays(6).plusMinutes(1));
        ProcessTestSupport.executeDueJobs(managementService);
        ProcessTestSupport.executeDueJobs(managementService);
        dispatcher.dispatchOnce();
        dispatcher.dispatchOnce();

        List<Map<String, Object>> reminders = inbox(SECRETARY).stream().filter(e -> "REMINDER".equals(e.get("kind"))).toList();
        assertThat(reminders).hasSize(1);
        assertThat((String) reminders.get(0).get("body")).contains("述职报告将于").contains("截止");
        assertThat((String) reminders.get(0).get("link")).isEqualTo("/workbench/#/tasks/" + submitTask(round).getId());
        List<MimeMessage> mails = since(mailsBefore).stream()
                .filter(m -> address(m).equals(SECRETARY + "@example.invalid")).toList();
        assertThat(mails).extracting(NotificationTests::subject).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("提醒");
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
    }

    @Test
    void anAssignedTaskReachesItsAssigneeAndAGroupTaskEveryMemberByInboxAndMail() throws Exception {
        long round = openRound("baiyanhua");
        Task submit = submitTask(round);
        assertThat(inbox("secretary-baiyanhua")).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "TASK_ASSIGNED").containsEntry("read", false)
                    .containsEntry("link", "/workbench/#/tasks/" + submit.getId());
            assertThat((String) e.get("title")).startsWith("新待办：");
        });

        Map<String, Object> variables = new HashMap<>();
        goodReport().forEach((k, v) -> variables.put(k, Map.of("value", v)));
        ResponseEntity<Map<String, Object>> completed = http.post("secretary-baiyanhua", "/engine-rest/task/" + submit.getId() + "/complete",
                Map.of("variables", variables));
        assertThat(completed.getStatusCode()).as("the secretary completes through the engine REST, as Tasklist does").isEqualTo(HttpStatus.NO_CONTENT);
        Task preReview = taskOf(round, TASK_PRE_REVIEW);
        assertThat(inbox("orgdept")).anySatisfy(e -> assertThat(e).containsEntry("link", "/workbench/#/tasks/" + preReview.getId()));
        assertThat(rows("TASK:" + preReview.getId(), "INBOX")).isEqualTo(count("select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'org-dept'"));

        dispatcher.dispatchOnce();
        assertThat(List.of(MAIL.getReceivedMessages())).filteredOn(m -> subject(m).contains("组织部预审"))
                .extracting(m -> address(m)).contains("orgdept@example.invalid").doesNotHaveDuplicates();
    }

    @Test
    void noNotificationOutlivesARolledBackCompletion() {
        long round = openRound("xinan");
        Task submit = submitTask(round);
        List<String> seenInside = new ArrayList<>();

        transactions.executeWithoutResult(status -> {
            taskService.complete(submit.getId(), goodReport());
            Task preReview = taskOf(round, TASK_PRE_REVIEW);
            seenInside.add(preReview.getId());
            assertThat(rows("TASK:" + preReview.getId(), "INBOX")).as("written inside the completing transaction").isPositive();
            status.setRollbackOnly();
        });

        assertThat(rows("TASK:" + seenInside.get(0), null)).isZero();
        assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).as("the submission is still open").isOne();
    }

    @Test
    void aReturnedReportTellsTheSecretaryItCameBack() {
        long round = openRound("xiaoshetai");
        taskService.complete(submitTask(round).getId(), goodReport());
        taskService.complete(taskOf(round, TASK_PRE_REVIEW).getId(),
                Map.of("preReviewDecision", "RETURN", "returnReason", "工作成效请补充具体数据。"));

        assertThat(inbox("secretary-xiaoshetai")).anySatisfy(e -> {
            assertThat(e).containsEntry("kind", "TASK_RETURNED");
            assertThat((String) e.get("title")).contains("退回");
        });
    }

    // --- delivery ---

    @Test
    void aRobotThatFailsOnceIsRetriedAndGetsTheMessageExactlyOnce() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        List<String> delivered = new CopyOnWriteArrayList<>();
        HttpServer robot = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        robot.createContext("/robot", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = calls.incrementAndGet() == 1;
            if (!fail) {
                delivered.add(body);
            }
            byte[] answer = (fail ? "down" : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
        try {
            assertThat(http.exchange("orgdept", HttpMethod.PUT, "/api/notification/webhooks/mingan",
                    Map.of("robot", "WECOM", "url", "http://localhost:" + robot.getAddress().getPort() + "/robot"), MediaType.APPLICATION_JSON)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            long round = openRound("mingan");
            String cause = "TASK:" + submitTask(round).getId();

            dispatcher.dispatchOnce();
            assertThat(calls).hasValue(1);
            Map<String, Object> row = row(cause, "WEBHOOK");
            assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat((String) row.get("last_error")).contains("500");

            dispatcher.dispatchOnce();
            assertThat(calls).as("not before the retry is due").hasValue(1);
            ProcessTestSupport.moveClock(properties.firstRetry().plusSeconds(1));
            dispatcher.dispatchOnce();
            dispatcher.dispatchOnce();

            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0)).contains("\"msgtype\":\"text\"").contains("提交述职报告");
            assertThat(row(cause, "WEBHOOK")).containsEntry("status", "SENT").containsEntry("attempts", 2);
        } finally {
            robot.stop(0);
        }
    }

    @Test
    void aDeliveryThatKeepsFailingEndsFailedAndIsShownToAdministrators() {
        transactions.executeWithoutResult(s -> jdbc.sql("""
                insert into notification_webhook (organization_code, robot, url, updated_by, updated_at)
                values ('xinan', 'DINGTALK', 'http://localhost:1/nothing-listens-here', 'orgdept', current_timestamp)""").update());
        transactions.executeWithoutResult(s -> outbox.write(new Notice(NotificationKind.URGE, "TEST:fails", "必败的通知", "正文", Notice.WORKBENCH),
                List.of("secretary-xinan")));

        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            dispatcher.dispatchOnce();
            ProcessTestSupport.moveClock(NotificationDispatcher.backoff(properties.firstRetry(), attempt + 1).plusSeconds(1));
        }

        assertThat(row("TEST:fails", "WEBHOOK")).containsEntry("status", "FAILED").containsEntry("attempts", properties.maxAttempts());
        ResponseEntity<List<Map<String, Object>>> failed = http.getList("admin", "/api/notification/failed");
        assertThat(failed.getBody()).anySatisfy(f -> assertThat(f).containsEntry("title", "必败的通知").containsEntry("channel", "WEBHOOK"));
        assertThat(http.get("secretary-xinan", "/api/notification/failed").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void twoDispatchersRunningAtOnceNeverSendARowTwice() throws Exception {
        Set<String> before = mailIds();
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                outbox.write(new Notice(NotificationKind.REMINDER, "TEST:parallel-" + i, "并发-" + i, "正文", Notice.WORKBENCH),
                        List.of("plenary1", "plenary2"));
            }
        });
        NotificationDispatcher first = new NotificationDispatcher(jdbc, mail, webhooks, preferences, properties, "node-a");
        NotificationDispatcher second = new NotificationDispatcher(jdbc, mail, webhooks, preferences, properties, "node-b");

        int[] sent = new int[2];
        Thread a = new Thread(() -> sent[0] = first.dispatchOnce());
        Thread b = new Thread(() -> sent[1] = second.dispatchOnce());
        a.start();
        b.start();
        a.join();
        b.join();

        List<String> keys = since(before).stream()
                .map(m -> address(m) + " " + subject(m)).toList();
        assertThat(keys).filteredOn(k -> k.contains("并发-")).hasSize(80).doesNotHaveDuplicates();
        assertThat(sent[0]).as("both nodes took part").isPositive();
        assertThat(sent[1]).as("both nodes took part").isPositive();
        assertThat(count("select count(*) from notification_outbox where cause_key like 'TEST:parallel-%' and channel = 'EMAIL' and status = 'SENT'"))
                .isEqualTo(80);
    }

    @Test
    void quietHoursHoldTheMailButNotTheInboxAndEmailOffSendsNone() {
        ProcessTestSupport.moveClock(Duration.ZERO);
        String now = OffsetDateTime.now().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime().withSecond(0).withNano(0).toString();
        String later = OffsetDateTime.now().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalTime().plusHours(2).withSecond(0)
                .withNano(0).toString();
        ProcessTestSupport.resetClock();
        assertThat(http.exchange("plenary3", HttpMethod.PUT, "/api/notification/preferences",
                Map.of("emailEnabled", true, "dailyDigest", false, "quietStart", now, "quietEnd", later), MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> off = new HashMap<>(Map.of("emailEnabled", false, "dailyDigest", false));
        assertThat(http.exchange("plenary4", HttpMethod.PUT, "/api/notification/preferences", off, MediaType.APPLICATION_JSON)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Set<String> before = mailIds();
        transactions.executeWithoutResult(s -> outbox.write(new Notice(NotificationKind.URGE, "TEST:quiet", "夜间通知", "正文", Notice.WORKBENCH),
                List.of("plenary3", "plenary4")));

        dispatcher.dispatchOnce();

        assertThat(mailsTitled(before, "夜间通知")).isEmpty();
        assertThat(inbox("plenary3")).anySatisfy(e -> assertThat(e).containsEntry("title", "夜间通知"));
        assertThat(row("TEST:quiet", "EMAIL", "plenary3")).containsEntry("status", "PENDING");
        assertThat(row("TEST:quiet", "EMAIL", "plenary4")).containsEntry("status", "SKIPPED");

        ProcessTestSupport.moveClock(Duration.ofHours(2).plusMinutes(1));
        dispatcher.dispatchOnce();
        assertThat(mailsTitled(before, "夜间通知")).extracting(NotificationTests::address).containsExactly("plenary3@example.invalid");
        assertThat(row("TEST:quiet", "EMAIL", "plenary3")).containsEntry("status", "SENT");
    }

    @Test
    void aDailyDigestSendsOneMailForTheDayAtTheDigestTime() {
        assertThat(http.exchange("plenary5", HttpMethod.PUT, "/api/notification/preferences",
                Map.of("emailEnabled", true, "dailyDigest", true), MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.OK);
        Set<String> before = mailIds();
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                outbox.write(new Notice(NotificationKind.REMINDER, "TEST:digest-" + i, "汇总-" + i, "正文", Notice.WORKBENCH), List.of("plenary5"));
            }
        });
        dispatcher.dispatchOnce();
        assertThat(mailsTo(before, "plenary5")).isEmpty();

        ProcessTestSupport.moveClock(Duration.ofDays(1));
        dispatcher.dispatchOnce();

        List<MimeMessage> mails = mailsTo(before, "plenary5");
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).contains("每日汇总").contains("3");
        assertThat(GreenMailUtil.getBody(mails.get(0))).isNotBlank();
    }

    // --- helpers ---

    /** The Message-IDs of the mails received so far (GreenMail lists them by mailbox, not by arrival). */
    static Set<String> mailIds() {
        return Stream.of(MAIL.getReceivedMessages()).map(NotificationTests::messageId).collect(Collectors.toSet());
    }

    static List<MimeMessage> since(Set<String> before) {
        return Stream.of(MAIL.getReceivedMessages()).filter(m -> !before.contains(messageId(m))).toList();
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<MimeMessage> mailsTo(Set<String> from, String user) {
        return since(from).stream()
                .filter(m -> address(m).equals(user + "@example.invalid")).toList();
    }

    List<MimeMessage> mailsTitled(Set<String> from, String title) {
        return since(from).stream()
                .filter(m -> subject(m).contains(title)).toList();
    }

    long openRound(String township) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        body.put("townships", List.of(township));
        body.put("reviewers", List.of("plenary1", "plenary2", "plenary3"));
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    Task submitTask(long round) {
        return taskOf(round, TASK_SUBMIT_REPORT);
    }

    /** The open task of the round's one report. */
    Task taskOf(long round, String key) {
        long report = jdbc.sql("select id from duty_report where round_id = ?").param(round).query(Long.class).single();
        Task task = taskService.createTaskQuery().processVariableValueEquals("dutyReportId", report).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task %s of report %s", key, report).isNotNull();
        return task;
    }

    static Map<String, Object> goodReport() {
        return Map.of("theme", "服务科学发展、服务基层群众", "achievements", "实施六项民心工程，组织领导全覆盖。",
                "problems", "部分嘎查村党组织活动载体单一。", "nextPlans", "深化星级评比，推进产业带头人示范工程。");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> inbox(String user) {
        ResponseEntity<Map<String, Object>> response = http.get(user, "/api/inbox?size=200");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("content");
    }

    long rows(String cause, String channel) {
        return channel == null ? count("select count(*) from notification_outbox where cause_key = '" + cause + "'")
                : count("select count(*) from notification_outbox where cause_key = '" + cause + "' and channel = '" + channel + "'");
    }

    Map<String, Object> row(String cause, String channel) {
        return jdbc.sql("select status, attempts, last_error from notification_outbox where cause_key = ? and channel = ?").params(cause, channel)
                .query().listOfRows().stream().map(NotificationTests::lower).findFirst().orElseThrow();
    }

    Map<String, Object> row(String cause, String channel, String recipient) {
        return jdbc.sql("select status, attempts from notification_outbox where cause_key = ? and channel = ? and recipient = ?")
                .params(cause, channel, recipient).query().listOfRows().stream().map(NotificationTests::lower).findFirst().orElseThrow();
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(), v instanceof Number n && !(v instanceof Long) ? n.intValue() : v));
        return lower;
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
