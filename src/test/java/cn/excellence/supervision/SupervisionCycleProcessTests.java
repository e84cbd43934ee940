package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.TaskInputException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/** A full month of supervision, started by the monthly timer, with the engine clock moved instead of waiting. */
@SpringBootTest(properties = "excellence.supervision.monthly-start=true")
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class SupervisionCycleProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
    }

    private void fireMonthlyTimer() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(CYCLE_PROCESS).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
    }

    private void complete(Task task, Object... namesAndValues) {
        ProcessTestSupport.complete(engine, task.getId(), namesAndValues);
    }

    private long cycleId;

    /** The open tasks of this test's cycle: its reports' and spot checks' processes carry their ids. */
    private List<Task> tasks(String key) {
        boolean report = List.of(TASK_SUBMIT_REPORT, TASK_CHASE_LATE_REPORT, TASK_REVIEW_REPORT).contains(key);
        String process = report ? REPORT_PROCESS : SPOT_CHECK_PROCESS;
        String[] instances = jdbc.sql("select id from " + (report ? "supervision_report" : "spot_check") + " where cycle_id = ?")
                .param(cycleId).query(Long.class).list().stream()
                .flatMap(id -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(process)
                        .variableValueEquals(report ? VAR_REPORT_ID : VAR_SPOT_CHECK_ID, id).list().stream())
                .map(ProcessInstance::getId).toArray(String[]::new);
        return instances.length == 0 ? List.of() : engine.getTaskService().createTaskQuery().taskDefinitionKey(key).processDefinitionKey(process)
                .processInstanceIdIn(instances).orderByTaskId().asc().list();
    }

    /** The reminders of this kind recorded for the reports of this test's cycle (their processes carry the report ids). */
    private long reportReminders(String kind) {
        Set<String> processes = jdbc.sql("select id from supervision_report where cycle_id = ?").param(cycleId).query(Long.class).list()
                .stream().flatMap(id -> engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(REPORT_PROCESS)
                        .variableValueEquals(VAR_REPORT_ID, id).list().stream())
                .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        return jdbc.sql("select process_instance_id from reminder where kind = ?").param(kind).query(String.class).list().stream()
                .filter(processes::contains).count();
    }

    private void submit(Task task) {
        complete(task, "progress", "开展主题党日活动，推进星级评比。", "problems", "个别支部活动不经常。", "nextSteps", "加强督促指导，按月通报。",
                "membersTrained", 120L, "visitsMade", 45L);
    }

    @Test
    void aFullMonthIsReportedCheckedRectifiedAndBulletined() {
        at("2026-06-30T09:00:00+08:00");
        fireMonthlyTimer();
        assertThat(jdbc.sql("select count(*) from supervision_cycle where period = '2026-06'").query(Long.class).single())
                .as("30 June is not the first working day of a month").isZero();

        at("2026-07-01T09:00:00+08:00");
        fireMonthlyTimer();
        cycleId = jdbc.sql("select id from supervision_cycle where period = '2026-07'").query(Long.class).single();
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CYCLE_PROCESS)
                .variableValueEquals(VAR_CYCLE_ID, cycleId).singleResult();
        assertThat(cycle).isWaitingAt(CALL_MONTHLY_REPORTS, CALL_SPOT_CHECKS);
        assertThat(cycle.getBusinessKey()).as("Cockpit's key").isEqualTo("月度督查·2026-07·#" + cycleId);
        at("2026-07-01T10:00:00+08:00");
        fireMonthlyTimer();
        assertThat(jdbc.sql("select count(*) from supervision_cycle where period = '2026-07'").query(Long.class).single())
                .as("once a month").isEqualTo(1);

        List<Task> reports = tasks(TASK_SUBMIT_REPORT);
        assertThat(reports).hasSize(22);
        assertThatThrownBy(() -> complete(reports.get(0), "progress", "进展")).rootCause().isInstanceOf(TaskInputException.class);
        for (Task report : reports.subList(0, 20)) {
            submit(report);
        }
        ProcessTestSupport.moveClock(Duration.ofDays(16));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        submit(reports.get(20));
        ProcessTestSupport.moveClock(Duration.ofDays(3));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        complete(tasks(TASK_CHASE_LATE_REPORT).get(0), "chaseNote", "已电话督促，当日提交。");
        submit(reports.get(21));

        List<Task> reviews = tasks(TASK_REVIEW_REPORT);
        assertThat(reviews).hasSize(22);
        for (int i = 0; i < reviews.size(); i++) {
            complete(reviews.get(i), "reviewResult", i == 0 ? "FOLLOW_UP" : "SATISFACTORY", "reviewComment", "已审阅。");
        }

        List<Task> inspections = tasks(TASK_INSPECT);
        assertThat(inspections).hasSize(10);
        assertThatThrownBy(() -> complete(inspections.get(0), "score1", 25L, "score2", 10L, "score3", 10L, "score4", 10L, "score5", 10L))
                .rootCause().hasMessageContaining("“组织生活规范（0-20分）”不能大于 20");
        for (int i = 0; i < inspections.size(); i++) {
            String findings = i < 3 ? "三会一课记录不全\n党员活动室未挂牌" : null;
            complete(inspections.get(i), "score1", 18L, "score2", 17L, "score3", i < 3 ? 10L : 19L, "score4", 16L, "score5", 18L,
                    "inspectionNotes", "实地查看。", "findings", findings, "rectificationDays", 30L);
        }
        List<Task> rectifications = tasks(TASK_RECTIFY);
        assertThat(rectifications).hasSize(3);
        rectifications.forEach(t -> complete(t, "rectificationReport", "已补全记录并挂牌。"));
        List<Task> verifications = tasks(TASK_VERIFY);
        assertThat(engine.getTaskService().getVariablesLocal(verifications.get(0).getId()))
                .as("a first rectification report shows no previous version").containsExactly(entry("submissionChanges", "首次提交"));
        assertThatThrownBy(() -> complete(verifications.get(0), VAR_VERIFICATION, "SEND_BACK")).rootCause().hasMessageContaining("核验意见");
        complete(verifications.get(0), VAR_VERIFICATION, "SEND_BACK", "verifyComment", "挂牌位置不规范，请重新整改。");
        complete(verifications.get(1), VAR_VERIFICATION, "ACCEPT");
        complete(verifications.get(2), VAR_VERIFICATION, "ACCEPT");
        complete(tasks(TASK_RECTIFY).get(0), "rectificationReport", "已按要求重新挂牌。");
        assertThat(engine.getTaskService().getVariablesLocal(tasks(TASK_VERIFY).get(0).getId()))
                .as("the supervision group sees the report it sent back beside the new one")
                .containsOnly(entry("submissionChanges", "修改了：整改情况"), entry("previousRectificationReport", "已补全记录并挂牌。"));
        assertThat(engine.getTaskService().getVariables(tasks(TASK_VERIFY).get(0).getId(), List.of(VAR_VERIFICATION, VAR_VERIFY_COMMENT)))
                .as("the verdict that sent it back is not offered again").containsEntry(VAR_VERIFICATION, null).containsEntry(VAR_VERIFY_COMMENT, null);
        complete(tasks(TASK_VERIFY).get(0), VAR_VERIFICATION, "ACCEPT");

        assertThat(cycle).isEnded().hasPassed(PUBLISH_BULLETIN, CYCLE_CLOSED);
        Bulletin bulletin = monitoring.bulletin(cycleId).orElseThrow();
        assertThat(bulletin.status()).isEqualTo("CLOSED");
        assertThat(bulletin.period()).isEqualTo("2026-07");
        assertThat(bulletin.onTime()).hasSize(20);
        assertThat(bulletin.late()).hasSize(2);
        assertThat(bulletin.escalated()).hasSize(1);
        assertThat(bulletin.notSubmitted()).isEmpty();
        assertThat(bulletin.followUp()).hasSize(1);
        List<Bulletin.SpotCheckLine> checks = bulletin.spotChecks();
        assertThat(checks).hasSize(10).extracting(Bulletin.SpotCheckLine::organizationCode).doesNotHaveDuplicates();
        assertThat(checks).filteredOn(c -> c.findings() > 0).hasSize(3);
        assertThat(checks).filteredOn(c -> c.sentBack() == 1).hasSize(1);
        assertThat(bulletin.openFindings()).isEmpty();
        long seed = bulletin.seed();
        assertThat(checks).extracting(Bulletin.SpotCheckLine::organizationCode).containsExactlyElementsOf(SampleDraw.draw(
                jdbc.sql("select code from organization where kind <> 'BANNER_COMMITTEE' order by sort_order").query(String.class).list(),
                Set.of(), 10, seed, c -> "ALL"));
        assertThat(reportReminders("REPORT_OVERDUE")).isEqualTo(2);

        Map<String, String> rectifierOfVerifiedCheck = new HashMap<>();
        engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(TASK_VERIFY).list().forEach(verify -> rectifierOfVerifiedCheck.put(
                verify.getProcessInstanceId(), engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(verify.getProcessInstanceId())
                        .taskDefinitionKey(TASK_RECTIFY).list().get(0).getAssignee()));
        assertThat(rectifierOfVerifiedCheck).hasSize(3).doesNotContainValue(null);
        Map<String, String> told = jdbc.sql("""
                select cause_key, recipient from notification_outbox where kind = 'RESULT' and channel = 'INBOX' and cause_key like 'RESULT:%:ACCEPTED'""")
                .query((rs, n) -> Map.entry(rs.getString(1).split(":")[1], rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(told).as("办结: each accepted rectification is told once to its organization's secretary").isEqualTo(rectifierOfVerifiedCheck);
    }

    @Test
    void overdueRectificationIsEscalatedAndRemindersAreRecorded() {
        at("2026-08-03T09:00:00+08:00");
        fireMonthlyTimer();
        cycleId = jdbc.sql("select id from supervision_cycle where period = '2026-08'").query(Long.class).single();
        Task inspection = tasks(TASK_INSPECT).get(0);
        complete(inspection, "score1", 10L, "score2", 10L, "score3", 10L, "score4", 10L, "score5", 10L, "findings", "组织生活不规范", "rectificationDays", 10L);
        ProcessTestSupport.moveClock(Duration.ofDays(9));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        ProcessTestSupport.moveClock(Duration.ofDays(2));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        assertThat(jdbc.sql("select count(*) from reminder where kind = 'RECTIFICATION_DUE_SOON'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reminder where kind = 'RECTIFICATION_OVERDUE' and recipient = 'org-dept'").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from spot_check where overdue = true").query(Long.class).single()).isEqualTo(1);
        ProcessTestSupport.moveClock(Duration.ofDays(3));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(reportReminders("REPORT_DUE_SOON")).as("two days before 17 August, every unit that has not reported").isEqualTo(22);
    }
}
