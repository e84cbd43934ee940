package cn.excellence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * 办结 and 逾期 as their recipients find them in their inbox: a case's outcome reaches the person it is about, with a link
 * to the case in the workbench; a task past its due date reaches its assignee or candidates once per due date, also
 * when two nodes scan at the same moment. The cases are worked as their users work them (the engine REST's
 * submit-form, as Tasklist posts it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class OutcomeNotificationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    OverdueTasksNotifier overdue;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    EngineIdentity identity;
    @Autowired
    PlatformTransactionManager transactions;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    // --- 办结 ---

    @Test
    void theSecretaryIsToldTheGradeOfTheDutyReportWithALinkToTheCase() {
        long round = openRound("xiaoshetai", List.of("plenary1", "plenary2"));
        Task submit = taskOf(round, "Task_SubmitDutyReport");
        http.completeTaskForm("secretary-xiaoshetai", submit.getId(), values(NotificationTests.goodReport()));
        http.completeTaskForm("orgdept", taskOf(round, "Task_PreReview").getId(), values(Map.of("preReviewDecision", "ACCEPT")));
        assertThat(results("secretary-xiaoshetai", submit.getProcessInstanceId())).as("no outcome before the rating").isEmpty();
        for (String reviewer : List.of("plenary1", "plenary2")) {
            Task rate = engine.getTaskService().createTaskQuery().processInstanceId(submit.getProcessInstanceId())
                    .taskDefinitionKey("Task_RateReport").taskAssignee(reviewer).singleResult();
            http.completeTaskForm(reviewer, rate.getId(), values(Map.of("rating", "GOOD", "ratingComment", "工作扎实，成效明显。")));
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        String grade = jdbc.sql("select grade from duty_report where round_id = ?").param(round).query(String.class).single();
        assertThat(grade).isEqualTo("GOOD");
        List<Map<String, Object>> told = results("secretary-xiaoshetai", submit.getProcessInstanceId());
        assertThat(told).singleElement().satisfies(e -> {
            assertThat((String) e.get("title")).isEqualTo("述职评议结果：好");
            assertThat((String) e.get("body")).contains("“好”").contains("满意率 100.00%");
            assertThat(e).containsEntry("kind", "RESULT").containsEntry("link", "/workbench/#/cases/" + submit.getProcessInstanceId());
        });
        assertThat(results("plenary1", submit.getProcessInstanceId())).as("only the person the case is about").isEmpty();
        assertThat(mails(submit.getProcessInstanceId(), "secretary-xiaoshetai")).as("and an e-mail waits for the dispatcher").isOne();
    }

    @Test
    void aReliefsApprovalAndPaymentReachTheSecretaryWhoAppliedAndSoDoesARefusal() {
        long paid = applyForRelief("500");
        String paidCase = processOf("HardshipRelief", "reliefId", paid);
        http.completeTaskForm("secretary-wulashan", reliefTask(paid, "Task_TownshipReliefReview"), values(Map.of("reviewDecision", "APPROVE")));
        assertThat(results("secretary-sanhu", paidCase)).as("the township's yes is a step, not an outcome").isEmpty();
        http.completeTaskForm("orgdept", reliefTask(paid, "Task_OrgDeptReliefApproval"),
                values(Map.of("reviewDecision", "APPROVE", "reviewNote", "同意救助。")));

        assertThat(results("secretary-sanhu", paidCase)).extracting(e -> (String) e.get("title"))
                .containsExactlyInAnyOrder("已批准：困难党员救助", "已发放：困难党员救助");
        assertThat(results("secretary-sanhu", paidCase)).allSatisfy(e -> assertThat(e).containsEntry("link", "/workbench/#/cases/" + paidCase));
        assertThat(results("secretary-sanhu", paidCase)).anySatisfy(e -> assertThat((String) e.get("body")).contains("500.00 元"));

        long refused = applyForRelief("300");
        String refusedCase = processOf("HardshipRelief", "reliefId", refused);
        http.completeTaskForm("secretary-wulashan", reliefTask(refused, "Task_TownshipReliefReview"),
                values(Map.of("reviewDecision", "REJECT", "reviewNote", "已享受其他救助。")));
        assertThat(results("secretary-sanhu", refusedCase)).singleElement().satisfies(e -> {
            assertThat((String) e.get("title")).isEqualTo("未通过：困难党员救助");
            assertThat((String) e.get("body")).contains("已享受其他救助。");
        });
    }

    @Test
    void aLoanRefusedByTheTownshipIsToldToTheSecretaryWhoApplied() {
        ResponseEntity<Map<String, Object>> created = http.post("secretary-sanhu", "/api/assistance-loans", loanApplication());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long loan = ((Number) created.getBody().get("id")).longValue();
        String loanCase = processOf("AssistanceLoan", "loanId", loan);
        String review = engine.getTaskService().createTaskQuery().processInstanceId(loanCase).taskDefinitionKey("Task_TownshipLoanReview")
                .singleResult().getId();

        http.completeTaskForm("secretary-wulashan", review, values(Map.of("reviewDecision", "REJECT", "siteVisitNotes", "实地查看，项目尚未落地。")));

        assertThat(results("secretary-sanhu", loanCase)).singleElement().satisfies(e -> {
            assertThat((String) e.get("title")).isEqualTo("未通过：贴息贷款（王建国）");
            assertThat(e).containsEntry("link", "/workbench/#/cases/" + loanCase);
        });
    }

    // --- 逾期 ---

    @Test
    void anOverdueTaskIsToldOncePerDueDateAndAgainWhenItsMovedDueDatePasses() {
        long round = openRound("mingan", List.of("plenary1"));
        Task submit = taskOf(round, "Task_SubmitDutyReport");
        assertThat(submit.getDueDate()).isNotNull();
        assertThat(overdue.scanOnce()).as("nothing is due yet").isZero();
        assertThat(overdues("secretary-mingan", submit.getId())).isEmpty();

        ProcessTestSupport.moveClock(Duration.between(OffsetDateTime.now().toInstant(), submit.getDueDate().toInstant()).plusMinutes(1));
        overdue.scanOnce();
        overdue.scanOnce();

        assertThat(overdues("secretary-mingan", submit.getId())).singleElement().satisfies(e -> {
            assertThat((String) e.get("title")).isEqualTo("逾期：" + submit.getName());
            assertThat((String) e.get("body")).contains("已于").contains("到期");
            assertThat(e).containsEntry("link", "/workbench/#/tasks/" + submit.getId());
        });

        Date later = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(2).toMillis());
        engine.getTaskService().setDueDate(submit.getId(), later);
        overdue.scanOnce();
        assertThat(overdues("secretary-mingan", submit.getId())).as("the new due date has not passed").hasSize(1);
        ProcessTestSupport.moveClock(Duration.ofDays(2).plusMinutes(1));
        overdue.scanOnce();
        assertThat(overdues("secretary-mingan", submit.getId())).as("passed again, told again").hasSize(2);
    }

    @Test
    void aGroupsOverdueTaskReachesEveryMemberAndTwoNodesScanningAtOnceTellThemOnce() throws Exception {
        long round = openRound("dashetai", List.of("plenary1"));
        http.completeTaskForm("secretary-dashetai", taskOf(round, "Task_SubmitDutyReport").getId(), values(NotificationTests.goodReport()));
        Task preReview = taskOf(round, "Task_PreReview");
        engine.getTaskService().setDueDate(preReview.getId(), new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(1).toMillis()));
        ProcessTestSupport.moveClock(Duration.ofHours(2));

        OverdueTasksNotifier otherNode = new OverdueTasksNotifier(outbox, identity, jdbc, transactions);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> scans = nodes.invokeAll(List.<Callable<Integer>>of(overdue::scanOnce, otherNode::scanOnce));
            for (Future<Integer> scan : scans) {
                scan.get();
            }
        } finally {
            nodes.shutdown();
        }

        long members = jdbc.sql("select count(*) from ACT_ID_MEMBERSHIP where GROUP_ID_ = 'org-dept'").query(Long.class).single();
        assertThat(jdbc.sql("select count(distinct recipient) from notification_outbox where channel = 'INBOX' and kind = 'OVERDUE' and cause_key like ?")
                .param("OVERDUE:" + preReview.getId() + ":%").query(Long.class).single()).isEqualTo(members);
        assertThat(overdues("orgdept", preReview.getId())).hasSize(1);
    }

    // --- helpers ---

    long openRound(String township, List<String> reviewers) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", 2026);
        body.put("title", "2026年度述职评议");
        body.put("reportDueDate", OffsetDateTime.now().plusDays(7).toString());
        body.put("ratingDueDate", OffsetDateTime.now().plusDays(14).toString());
        body.put("townships", List.of(township));
        body.put("reviewers", reviewers);
        ResponseEntity<Map<String, Object>> response = http.post("orgdept", "/api/duty-review-rounds", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) response.getBody().get("id")).longValue();
    }

    Task taskOf(long round, String key) {
        long report = jdbc.sql("select id from duty_report where round_id = ?").param(round).query(Long.class).single();
        Task task = engine.getTaskService().createTaskQuery().processVariableValueEquals("dutyReportId", report).taskDefinitionKey(key)
                .singleResult();
        assertThat(task).as("task %s of report %s", key, report).isNotNull();
        return task;
    }

    long applyForRelief(String amount) {
        long member = jdbc.sql("select min(id) from party_member where organization_code = 'wulashan-sanhu'").query(Long.class).single();
        ResponseEntity<Map<String, Object>> applied = http.post("secretary-sanhu", "/api/hardship-reliefs",
                Map.of("memberId", member, "reason", "因病致困，申请救助。", "amount", amount));
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return ((Number) applied.getBody().get("id")).longValue();
    }

    String reliefTask(long relief, String key) {
        return engine.getTaskService().createTaskQuery().processVariableValueEquals("reliefId", relief).taskDefinitionKey(key)
                .singleResult().getId();
    }

    String processOf(String key, String variable, long id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).variableValueEquals(variable, id)
                .singleResult().getId();
    }

    static Map<String, Object> loanApplication() {
        Map<String, Object> body = new HashMap<>();
        body.put("applicantKind", "INDUSTRY_LEADER");
        body.put("applicantName", "王建国");
        body.put("idNumber", "11010519491231002X");
        body.put("organizationCode", "wulashan-sanhu");
        body.put("amount", "50000.00");
        body.put("termMonths", 12);
        body.put("bank", "乌拉特前旗农村信用社");
        body.put("purpose", "建设温室大棚，带动农户种植。");
        body.put("householdsHelped", 12);
        return body;
    }

    static Map<String, Object> values(Map<String, Object> plain) {
        Map<String, Object> variables = new HashMap<>();
        plain.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return variables;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> inbox(String user) {
        ResponseEntity<Map<String, Object>> response = http.get(user, "/api/inbox?size=200");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("content");
    }

    List<Map<String, Object>> results(String user, String processInstanceId) {
        return inbox(user).stream().filter(e -> "RESULT".equals(e.get("kind")))
                .filter(e -> ("/workbench/#/cases/" + processInstanceId).equals(e.get("link"))).toList();
    }

    List<Map<String, Object>> overdues(String user, String taskId) {
        return inbox(user).stream().filter(e -> "OVERDUE".equals(e.get("kind")))
                .filter(e -> ("/workbench/#/tasks/" + taskId).equals(e.get("link"))).toList();
    }

    long mails(String processInstanceId, String user) {
        return jdbc.sql("select count(*) from notification_outbox where channel = 'EMAIL' and kind = 'RESULT' and recipient = ? and cause_key like ?")
                .params(user, "RESULT:" + processInstanceId + ":%").query(Long.class).single();
    }
}
