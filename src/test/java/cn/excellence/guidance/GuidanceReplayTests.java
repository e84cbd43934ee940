package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationKind;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;

/**
 * The source replayed: 22 苏木镇党委活动指导员, 93 嘎查村活动指导员 and 526 联络员 registered by org-dept, a month of weekly
 * reports (July 2026: four weeks) and the monthly summary, all submitted through the engine as themselves, five late,
 * one escalated and chased by the township secretary; the API's figures are computed from those records.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "excellence.guidance.timers=true")
@ActiveProfiles("test")
@DirtiesContext
class GuidanceReplayTests {

    static final Map<String, Object> REPORT = Map.of(VAR_PROGRESS, "本周指导所联系组织开展主题党日活动。", VAR_PROBLEMS, "个别党员参加不经常。",
            VAR_NEXT_PLANS, "下周督促落实活动载体。");

    private final Http http;
    private final ProcessEngine engine;
    private final GuidanceService guidance;
    private final OrganizationService organizations;

    @Autowired
    GuidanceReplayTests(@LocalServerPort int port, ProcessEngine engine, GuidanceService guidance, OrganizationService organizations) {
        this.http = new Http(port);
        this.engine = engine;
        this.guidance = guidance;
        this.organizations = organizations;
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private void at(String time) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    private void fire(String process) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processDefinitionKey(process).timers()
                .singleResult().getId());
        ProcessTestSupport.executeDueJobs(engine.getManagementService());
    }

    /** The open report tasks by their staff member (each sees only their own). */
    private Map<String, Task> openReports(String taskKey) {
        Map<String, Task> tasks = new HashMap<>();
        engine.getTaskService().createTaskQuery().processDefinitionKey(REPORT_PROCESS).taskDefinitionKey(taskKey).list()
                .forEach(t -> tasks.put(t.getAssignee(), t));
        return tasks;
    }

    private void submitAs(String user, Task task) {
        engine.getIdentityService().setAuthentication(user, List.of(Groups.INSTRUCTOR));
        try {
            engine.getTaskService().complete(task.getId(), REPORT);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Everyone but {@code holdBack} submits now; returns the held-back tasks. */
    private Map<String, Task> submitAllBut(String taskKey, Set<String> holdBack) {
        Map<String, Task> open = openReports(taskKey);
        Map<String, Task> held = new HashMap<>();
        open.forEach((user, task) -> {
            if (holdBack.contains(user)) {
                held.put(user, task);
            } else {
                submitAs(user, task);
            }
        });
        return held;
    }

    private void register() {
        CurrentUser orgDept = new CurrentUser("orgdept", List.of(Groups.ORG_DEPT));
        List<Organization> all = organizations.subtree(organizations.get("banner"));
        List<StaffRequest> requests = new ArrayList<>();
        all.stream().filter(o -> o.kind() == OrganizationKind.PARTY_COMMITTEE && !o.code().equals("wulashan")).forEach(o -> requests.add(
                new StaffRequest("zdy-" + o.code(), o.name() + "活动指导员", StaffKind.TOWNSHIP_INSTRUCTOR.name(), List.of(o.code()), true)));
        all.stream().filter(o -> o.village() && !o.code().equals("wulashan-sanhu")).forEach(o -> requests.add(
                new StaffRequest("gcc-" + o.code(), o.name() + "活动指导员", StaffKind.VILLAGE_INSTRUCTOR.name(), List.of(o.code()), true)));
        all.stream().filter(o -> o.kind() == OrganizationKind.GENERAL_BRANCH || o.kind() == OrganizationKind.BRANCH)
                .filter(o -> !o.code().equals("wulashan-sanhu")).forEach(o -> requests.add(
                        new StaffRequest("llr-" + o.code(), o.name() + "联络员", StaffKind.LIAISON.name(), List.of(o.code()), true)));
        requests.forEach(r -> guidance.register(r, orgDept));
    }

    @Test
    void aMonthOfReportsOf641StaffIsCountedFromTheRecords() {
        register();
        assertThat(guidance.visibleStaff(new CurrentUser("orgdept", List.of(Groups.ORG_DEPT)))).as("with the 3 demo staff").hasSize(641);

        at("2026-07-03T20:00:00+08:00");
        fire(WEEKLY_PROCESS);
        Set<String> late = Set.of("gcc-" + villageOf(0), "gcc-" + villageOf(1), "llr-" + liaisonOrganization(), "zdy-organs", "liaison-sanhu");
        Map<String, Task> heldBack = submitAllBut(TASK_SUBMIT_WEEKLY, late);
        assertThat(heldBack).as("the five held back exist").hasSize(5);
        at("2026-07-07T10:00:00+08:00");
        heldBack.forEach(this::submitAs);

        at("2026-07-10T20:00:00+08:00");
        fire(WEEKLY_PROCESS);
        submitAllBut(TASK_SUBMIT_WEEKLY, Set.of());

        at("2026-07-17T20:00:00+08:00");
        fire(WEEKLY_PROCESS);
        Map<String, Task> escalated = submitAllBut(TASK_SUBMIT_WEEKLY, Set.of("instructor-sanhu"));
        at("2026-07-23T19:00:00+08:00");
        Task chase = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CHASE).singleResult();
        assertThat(chase.getAssignee()).isEqualTo("secretary-wulashan");
        engine.getIdentityService().setAuthentication("secretary-wulashan", List.of(Groups.TOWNSHIP_SECRETARY));
        try {
            engine.getTaskService().complete(chase.getId(), Map.of(VAR_CHASE_NOTE, "已电话督促三湖村活动指导员补交。"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        submitAs("instructor-sanhu", escalated.get("instructor-sanhu"));

        at("2026-07-24T20:00:00+08:00");
        fire(WEEKLY_PROCESS);
        submitAllBut(TASK_SUBMIT_WEEKLY, Set.of());

        at("2026-08-01T20:00:00+08:00");
        fire(MONTHLY_PROCESS);
        submitAllBut(TASK_SUBMIT_MONTHLY, Set.of());
        ProcessTestSupport.executeDueJobs(engine.getManagementService());

        ResponseEntity<Map<String, Object>> figures = http.get("orgdept", "/api/guidance/reports?period=2026-07");
        assertThat(figures.getStatusCode().value()).isEqualTo(200);
        assertThat(figures.getBody()).containsEntry("staff", 641).containsEntry("townshipInstructors", 22).containsEntry("villageInstructors", 93)
                .containsEntry("liaisons", 526).containsEntry("weeklyReports", 2564).containsEntry("weeklySubmitted", 2564)
                .containsEntry("monthlySummaries", 641).containsEntry("monthlySubmitted", 641).containsEntry("late", 6)
                .containsEntry("lateSubmitted", 6).containsEntry("escalated", 1);

        ResponseEntity<Map<String, Object>> wulashan = http.get("secretary-wulashan", "/api/guidance/reports?period=2026-07");
        assertThat(wulashan.getBody()).as("the township secretary sees the staff guiding the township").containsEntry("escalated", 1);
        assertThat((Integer) wulashan.getBody().get("staff")).isBetween(3, 640);
        ResponseEntity<Map<String, Object>> own = http.get("instructor-sanhu", "/api/guidance/reports?period=2026-07");
        assertThat(own.getBody()).containsEntry("staff", 1).containsEntry("weeklyReports", 4).containsEntry("late", 1).containsEntry("escalated", 1);
    }

    private String liaisonOrganization() {
        return organizations.subtree(organizations.get("banner")).stream()
                .filter(o -> o.kind() == OrganizationKind.BRANCH && !o.village()).findFirst().orElseThrow().code();
    }

    private String villageOf(int index) {
        return organizations.subtree(organizations.get("banner")).stream().filter(o -> o.village() && !o.code().equals("wulashan-sanhu"))
                .skip(index).findFirst().orElseThrow().code();
    }
}
