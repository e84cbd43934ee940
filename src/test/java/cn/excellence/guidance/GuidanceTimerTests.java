package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import cn.excellence.shared.TaskInputException;
import cn.excellence.support.ProcessCoverage;
import cn.excellence.support.ProcessTestSupport;

/**
 * The cadence's four timers fire as the engine clock moves (weekly 周报告, monthly 月总结, quarterly 季交流, annual 年评比);
 * reminders, late marking, 督促 and 逾期提交 of the demo staff's reports, each task done as its real user.
 */
@SpringBootTest(properties = {"excellence.guidance.timers=true", "excellence.guidance.report-batch=2"})
@TestPropertySource(properties = {ProcessCoverage.EXCLUDED + "=SupervisionCycle",
        ProcessCoverage.INCLUDED + "=GuidanceWeeklyCycle,GuidanceMonthlyCycle,GuidanceQuarterlyExchange,GuidanceAnnualEvaluation"})
@ActiveProfiles("test")
@DirtiesContext
@Import(ProcessCoverage.class)
class GuidanceTimerTests {

    static final Map<String, Object> WEEKLY = Map.of(VAR_PROGRESS, "走访三湖村两户困难党员，指导召开支部会。", VAR_PROBLEMS, "部分党员外出务工。",
            VAR_NEXT_PLANS, "下周指导开展主题党日活动。");

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** Completes the task as this user, with the user's groups, the way Tasklist does it with authorizations on. */
    void completeAs(String user, Task task, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** The engine refused the input: the form rules directly, a listener's check wrapped or not. */
    static void refusedInput(Throwable refused) {
        Throwable cause = refused;
        while (!(cause instanceof TaskInputException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(TaskInputException.class);
    }

    private void fireTimerOf(String process) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processDefinitionKey(process).timers()
                .singleResult().getId());
    }

    private Task reportTask(String user, String cadence, String period) {
        String instance = jdbc.sql("""
                select r.process_instance_id from guidance_report r join guidance_staff s on s.id = r.staff_id
                where s.user_id = ? and r.cadence = ? and r.period = ?""").params(user, cadence, period).query(String.class).single();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskAssignee(user).singleResult();
    }

    private Map<String, Object> report(String user, String cadence, String period) {
        return jdbc.sql("""
                select r.late, r.escalated, r.status from guidance_report r join guidance_staff s on s.id = r.staff_id
                where s.user_id = ? and r.cadence = ? and r.period = ?""").params(user, cadence, period).query().singleRow();
    }

    private long reminders(String kind, String user) {
        return jdbc.sql("select count(*) from reminder where kind = ? and recipient = ?").params(kind, user).query(Long.class).single();
    }

    private List<Task> chaseTasks() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CHASE).orderByTaskId().asc().list();
    }

    @Test
    void theFourTimersOpenTheirPeriodsAndLateReportsAreMarkedAndChased() {
        // first run on a new clock: every timer overdue since deployment fires once and is set to its next date
        at("2031-06-27T20:00:00+08:00");
        assertThat(jdbc.sql("select count(*) from guidance_report where cadence = 'WEEKLY' and period = '2031-W26'").query(Long.class).single())
                .as("the week ending Sunday 29 June, for the 3 demo staff").isEqualTo(3);
        for (Task evaluation : engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_EVALUATE).list()) {
            completeAs("orgdept", evaluation, Map.of(VAR_RATING, "COMPETENT", VAR_RATING_COMMENT, "按时报告，指导有力。"));
        }
        engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_RECORD_EXCHANGE).list().forEach(t -> completeAs("orgdept", t,
                Map.of(VAR_MEETING_DATE, "2031-04-20", VAR_MINUTES, "一季度交流会：交流各村指导经验，部署二季度工作。", VAR_ATTENDANCE, "张三\n李四")));
        for (String user : List.of("instructor-wulashan", "instructor-sanhu", "liaison-sanhu")) {
            Task weekly = reportTask(user, "WEEKLY", "2031-W26");
            completeAs(user, weekly, WEEKLY);
        }
        chaseTasks().forEach(t -> completeAs("secretary-wulashan", t, Map.of(VAR_CHASE_NOTE, "已电话督促。")));

        // weekly (Friday 4 July), monthly and quarterly (1 July)
        at("2031-07-04T20:00:00+08:00");
        Task onTime = reportTask("instructor-sanhu", "WEEKLY", "2031-W27");
        assertThat(onTime.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2031-07-07T18:00:00+08:00").toInstant()));
        assertThatThrownBy(() -> completeAs("instructor-sanhu", onTime, Map.of(VAR_PROGRESS, "走访", VAR_PROBLEMS, "无", VAR_NEXT_PLANS, "继续")))
                .satisfies(GuidanceTimerTests::refusedInput);
        assertThatThrownBy(() -> completeAs("instructor-sanhu", onTime, Map.of(VAR_PROGRESS, "走访三湖村\u0000两户", VAR_PROBLEMS, "无问题",
                VAR_NEXT_PLANS, "继续指导开展活动"))).satisfies(GuidanceTimerTests::refusedInput);
        completeAs("instructor-sanhu", onTime, WEEKLY);
        assertThat(report("instructor-sanhu", "WEEKLY", "2031-W27")).containsEntry("LATE", false).containsEntry("STATUS", "SUBMITTED");

        Task june = reportTask("liaison-sanhu", "MONTHLY", "2031-06");
        assertThat(june.getTaskDefinitionKey()).isEqualTo(TASK_SUBMIT_MONTHLY);
        assertThat(june.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2031-07-05T18:00:00+08:00").toInstant()));
        Map<String, Object> summary = Map.of(VAR_PROGRESS, "六月指导三湖村党支部完成换届准备。", VAR_PROBLEMS, "活动场所小。", VAR_NEXT_PLANS, "七月指导开展七一活动。");
        completeAs("liaison-sanhu", june, summary);
        completeAs("instructor-sanhu", reportTask("instructor-sanhu", "MONTHLY", "2031-06"), summary);
        completeAs("instructor-wulashan", reportTask("instructor-wulashan", "MONTHLY", "2031-06"), summary);

        Task exchange = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_RECORD_EXCHANGE).taskCandidateUser("instructor-wulashan")
                .singleResult();
        assertThat(engine.getRuntimeService().getVariable(exchange.getExecutionId(), VAR_PERIOD)).isEqualTo("2031-Q2");
        assertThatThrownBy(() -> completeAs("instructor-wulashan", exchange, Map.of(VAR_MEETING_DATE, "2031-08-01", VAR_MINUTES,
                "二季度交流会：各村交流指导经验。", VAR_ATTENDANCE, "张三\n李四"))).satisfies(GuidanceTimerTests::refusedInput).hasStackTraceContaining("“会议日期”不能晚于今天。");
        completeAs("instructor-wulashan", exchange, Map.of(VAR_MEETING_DATE, "2031-07-03", VAR_MINUTES, "二季度交流会：各村交流指导经验，部署三季度工作。",
                VAR_ATTENDANCE, "乌拉山镇党委活动指导员\n三湖村活动指导员\n三湖村党组织联络员"));
        assertThat(jdbc.sql("select attendees from guidance_exchange where period = '2031-Q2'").query(Integer.class).single()).isEqualTo(3);

        // a day before the due time: reminders; at the due time: 逾期, the report stays open
        long remindedBefore = reminders("GUIDANCE_REPORT_DUE_SOON", "liaison-sanhu");
        at("2031-07-06T19:00:00+08:00");
        assertThat(reminders("GUIDANCE_REPORT_DUE_SOON", "liaison-sanhu")).isEqualTo(remindedBefore + 1);
        assertThat(report("liaison-sanhu", "WEEKLY", "2031-W27")).containsEntry("LATE", false);
        at("2031-07-07T19:00:00+08:00");
        assertThat(report("liaison-sanhu", "WEEKLY", "2031-W27")).containsEntry("LATE", true).containsEntry("STATUS", "AWAITING");
        completeAs("liaison-sanhu", reportTask("liaison-sanhu", "WEEKLY", "2031-W27"), WEEKLY);
        assertThat(report("liaison-sanhu", "WEEKLY", "2031-W27")).containsEntry("LATE", true).containsEntry("STATUS", "SUBMITTED");

        // three days late: 督促逾期报告 for the township secretary of the guided organization
        assertThat(chaseTasks()).isEmpty();
        at("2031-07-11T20:00:00+08:00");
        List<Task> chases = chaseTasks();
        assertThat(chases).hasSize(1);
        assertThat(chases.get(0).getAssignee()).isEqualTo("secretary-wulashan");
        completeAs("secretary-wulashan", chases.get(0), Map.of(VAR_CHASE_NOTE, "已当面督促，当日补交。"));
        assertThat(report("instructor-wulashan", "WEEKLY", "2031-W27")).containsEntry("ESCALATED", true);
        completeAs("instructor-wulashan", reportTask("instructor-wulashan", "WEEKLY", "2031-W27"), WEEKLY);
        assertThat(jdbc.sql("select count(*) from guidance_report where period = '2031-W28'").query(Long.class).single())
                .as("the next Friday opened the next week").isEqualTo(3);

        // a timer firing again in the same period (e.g. a second node, a retry) opens nothing more
        long before = jdbc.sql("select count(*) from guidance_report").query(Long.class).single();
        long exchanges = jdbc.sql("select count(*) from guidance_exchange").query(Long.class).single();
        for (String process : List.of(WEEKLY_PROCESS, MONTHLY_PROCESS, EXCHANGE_PROCESS)) {
            fireTimerOf(process);
        }
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
        assertThat(jdbc.sql("select count(*) from guidance_report").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from guidance_exchange").query(Long.class).single()).isEqualTo(exchanges);

        // 1 December: the year's evaluation of the two instructors (not the liaison), rated by org-dept
        at("2031-12-01T20:00:00+08:00");
        List<Task> evaluations = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_EVALUATE).taskCandidateGroup("org-dept").list();
        assertThat(evaluations).hasSize(2);
        assertThatThrownBy(() -> completeAs("orgdept", evaluations.get(0), Map.of(VAR_RATING, "GREAT", VAR_RATING_COMMENT, "很好")))
                .satisfies(GuidanceTimerTests::refusedInput);
        completeAs("orgdept", evaluations.get(0), Map.of(VAR_RATING, "EXCELLENT", VAR_RATING_COMMENT, "指导有方，报告及时。"));
        completeAs("orgdept", evaluations.get(1), Map.of(VAR_RATING, "BASICALLY_COMPETENT", VAR_RATING_COMMENT, "报告有逾期，需改进。"));
        assertThat(jdbc.sql("select rating from guidance_evaluation where eval_year = 2031 order by rating").query(String.class).list())
                .containsExactly("BASICALLY_COMPETENT", "EXCELLENT");
        fireTimerOf(EVALUATION_PROCESS);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_EVALUATE).count()).as("a year is rated once").isZero();
    }
}
