package cn.excellence.themes;

import static cn.excellence.themes.ThemeProcess.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.themes.ThemeViews.RegisterRequest;

/**
 * The theme registration driven through the Java API as its real users (the engine's authorizations apply to the user set
 * as the current authentication): org-dept opens the year, each secretary registers through the API's service, each
 * reviewer works the review task.
 */
final class ThemeFlow {

    final ProcessEngine engine;
    final ThemeRegistrations registrations;
    final ThemeService themes;
    private final Map<String, CurrentUser> users = new HashMap<>();

    ThemeFlow(ProcessEngine engine, ThemeRegistrations registrations, ThemeService themes) {
        this.engine = engine;
        this.registrations = registrations;
        this.themes = themes;
    }

    CurrentUser user(String userId) {
        return users.computeIfAbsent(userId, id -> new CurrentUser(id,
                engine.getIdentityService().createGroupQuery().groupMember(id).listPage(0, 50).stream().map(Group::getId).toList()));
    }

    /** Runs the call as the user (their engine groups); no job falls due by it. */
    <T> T quietly(String userId, Supplier<T> call) {
        engine.getIdentityService().setAuthentication(userId, user(userId).groups());
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Runs the call as the user (their engine groups), then runs the jobs that fell due, as the job executor would. */
    <T> T as(String userId, Supplier<T> call) {
        engine.getIdentityService().setAuthentication(userId, user(userId).groups());
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
            ProcessTestSupport.executeDueJobs(engine.getManagementService());
        }
    }

    static String inDays(int days) {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate().plusDays(days).toString();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }

    /** Org-dept starts 开展主题载体登记 as its start form would (year, deadline as a day); the campaign's process instance id. */
    String open(int year, int deadlineInDays) {
        Map<String, Object> variables = Map.of(VAR_YEAR, (long) year, VAR_DEADLINE, inDays(deadlineInDays));
        return as("orgdept", () -> engine.getRuntimeService().startProcessInstanceByKey(CAMPAIGN_PROCESS, variables).getId());
    }

    /** The secretary registers the organization's theme through the API's service. */
    ThemeViews.RegistrationView register(String userId, int year, String code, String theme, String carrier, String measures) {
        return quietly(userId, () -> registrations.register(user(userId), year, code, new RegisterRequest(theme, carrier, measures)));
    }

    /** The registration's review task as the reviewer sees it under the engine's authorizations (null: none they may see). */
    Task reviewTask(String userId, long registrationId) {
        String instance = themes.registration(registrationId).processInstanceId();
        return quietly(userId, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(TASK_REVIEW)
                .singleResult());
    }

    /** The reviewer claims and decides the review task (APPROVE or RETURN with a note). */
    void review(String userId, long registrationId, String decision, String note) {
        Task task = reviewTask(userId, registrationId);
        if (task == null) {
            throw new AssertionError(userId + " has no review task of registration " + registrationId);
        }
        quietly(userId, () -> {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), userId);
            }
            Map<String, Object> values = new HashMap<>();
            values.put(VAR_DECISION, decision);
            values.put(VAR_REVIEW_NOTE, note);
            engine.getTaskService().complete(task.getId(), values);
            return null;
        });
    }

    /** Who reviews: the reviewer's account, or an org-dept user for the Party committees. */
    static String reviewerOf(ThemeRegistration registration) {
        return registration.reviewer() == null ? "orgdept" : registration.reviewer();
    }

    /** Who registers: the secretary's account, or an org-dept user where the organization and those above have none. */
    static String secretaryOf(ThemeRegistration registration) {
        return registration.secretary() == null ? "orgdept" : registration.secretary();
    }

    List<ThemeRegistration> all(int year) {
        return quietly("orgdept", () -> registrations.visible(user("orgdept"), year));
    }
}
