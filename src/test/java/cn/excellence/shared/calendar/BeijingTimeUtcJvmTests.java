package cn.excellence.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.guidance.GuidanceProcess;
import cn.excellence.supervision.SupervisionProcess;
import cn.excellence.support.Http;

/**
 * The application on a server whose JVM runs in UTC (the surefire execution {@code utc-jvm} starts this class with
 * {@code -Duser.timezone=UTC}): timers, dates and reports are still Beijing time. At 16:30 UTC on 30 June it is already
 * 1 July, 00:30 in Beijing, so the monthly supervision start "08:00 on the 1st" is due eight hours later — 00:00 UTC —
 * and not at 08:00 UTC (16:00 Beijing time), where the engine's cron would put it in a UTC JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class BeijingTimeUtcJvmTests {

    /** 30 June 2026, 16:30 UTC = 1 July 2026, 00:30 Beijing time. */
    private static final Instant AFTER_16_UTC = Instant.parse("2026-06-30T16:30:00Z");
    /** 2 July 2026 (Thursday), 16:30 UTC = Friday 3 July, 00:30 Beijing time. */
    private static final Instant THURSDAY_AFTER_16_UTC = Instant.parse("2026-07-02T16:30:00Z");

    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void onlyInAJvmStartedInUtc() {
        assumeTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Duser.timezone=UTC"),
                "run by the surefire execution utc-jvm; the default execution (-Dtest=… included) skips it");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theMonthlySupervisionStartIsDueAtEightBeijingTimeOnTheFirst() {
        Job next = fireAndReschedule(SupervisionProcess.CYCLE_PROCESS, AFTER_16_UTC);

        assertThat(next.getDuedate().toInstant()).as("1 July 08:00 Beijing time").isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(storedDueDate(next)).as("the due date as every node reads it from the database (Beijing wall clock)")
                .isEqualTo(LocalDateTime.parse("2026-07-01T08:00:00"));
    }

    @Test
    void theWeeklyGuidanceTimerOpensFridayAtEightBeijingTime() {
        Job next = fireAndReschedule(GuidanceProcess.WEEKLY_PROCESS, THURSDAY_AFTER_16_UTC);

        assertThat(next.getDuedate().toInstant()).as("Friday 3 July 08:00 Beijing time").isEqualTo(Instant.parse("2026-07-03T00:00:00Z"));
        assertThat(storedDueDate(next)).isEqualTo(LocalDateTime.parse("2026-07-03T08:00:00"));
    }

    @Test
    void aReportAskedForAfterSixteenUtcCountsTheNextBeijingDay() {
        ClockUtil.setCurrentTime(Date.from(AFTER_16_UTC));

        ResponseEntity<Map<String, Object>> figures = new Http(port).get("orgdept", "/api/guidance/reports");

        assertThat(figures.getStatusCode().value()).isEqualTo(200);
        assertThat(figures.getBody()).as("this month is July in Beijing").containsEntry("period", "2026-07");
    }

    @Test
    void theJvmRunsInBeijingTimeAfterStart() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo(WorkingDayCalendar.ZONE_ID);
        assertThat(jdbc.sql("select cast(? as timestamp)").param(Timestamp.from(Instant.parse("2026-07-01T00:00:00Z")))
                .query((rs, row) -> rs.getObject(1, LocalDateTime.class)).single())
                .as("JDBC writes an instant as its Beijing wall-clock time").isEqualTo(LocalDateTime.parse("2026-07-01T08:00:00"));
    }

    /** Executes the process's timer start job at {@code now} (the job executor is off) and returns the job it schedules next. */
    private Job fireAndReschedule(String processKey, Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        Job timer = management.createJobQuery().processDefinitionKey(processKey).timers().singleResult();
        management.executeJob(timer.getId());
        Job next = management.createJobQuery().processDefinitionKey(processKey).timers().singleResult();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        return next;
    }

    private LocalDateTime storedDueDate(Job job) {
        return jdbc.sql("select DUEDATE_ from ACT_RU_JOB where ID_ = ?").param(job.getId())
                .query((rs, row) -> rs.getObject(1, LocalDateTime.class)).single();
    }
}
