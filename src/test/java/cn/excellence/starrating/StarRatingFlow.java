package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.support.ProcessTestSupport;

/**
 * The star rating driven through the Java API as its real users (the engine's authorizations apply to the user set as
 * the current authentication): org-dept starts, each branch's secretary enters and proposes, the reviewer reviews.
 */
final class StarRatingFlow {

    final ProcessEngine engine;
    final BranchRatingService ratings;
    final JdbcClient jdbc;

    StarRatingFlow(ProcessEngine engine, BranchRatingService ratings, JdbcClient jdbc) {
        this.engine = engine;
        this.ratings = ratings;
        this.jdbc = jdbc;
    }

    CurrentUser user(String userId) {
        IdentityService identity = engine.getIdentityService();
        return new CurrentUser(userId, identity.createGroupQuery().groupMember(userId).listPage(0, 50).stream().map(Group::getId).toList());
    }

    /** Runs the call as the user (their engine groups), then runs the jobs that fell due, as the job executor would. */
    <T> T as(String userId, Supplier<T> call) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(userId, user(userId).groups());
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
            ProcessTestSupport.executeDueJobs(engine.getManagementService());
        }
    }

    /** Org-dept starts a campaign as its start form would; returns the campaign id. */
    long start(StarScale scale, Integer quotaPercent) {
        return start(scale, quotaPercent, 2026);
    }

    /** Org-dept starts a campaign of the given year as its start form would; returns the campaign id. */
    long start(StarScale scale, Integer quotaPercent, int year) {
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("year", (long) year, "scale", scale.name(),
                "selfAssessmentDeadline", today.plusDays(20).toString(), "reviewDeadline", today.plusDays(30).toString()));
        if (quotaPercent != null) {
            variables.put("quotaPercent", quotaPercent.longValue());
        }
        String instance = as("orgdept", () -> engine.getRuntimeService().startProcessInstanceByKey(CAMPAIGN_PROCESS, variables).getId());
        return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(VAR_CAMPAIGN_ID)
                .singleResult().getValue();
    }

    List<BranchRating> ratings(long campaignId) {
        return jdbc.sql("select id from star_branch_rating where campaign_id = ? order by id").param(campaignId).query(Long.class).list().stream()
                .map(ratings::rating).toList();
    }

    BranchRating rating(long campaignId, String organizationCode) {
        return ratings(campaignId).stream().filter(r -> r.organizationCode().equals(organizationCode)).findFirst().orElseThrow();
    }

    Task task(long ratingId, String key) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(BRANCH_PROCESS).processVariableValueEquals(VAR_RATING_ID, ratingId)
                .taskDefinitionKey(key).singleResult();
    }

    void complete(String userId, Task task, Object... namesAndValues) {
        as(userId, () -> {
            engine.getTaskService().complete(task.getId(), ProcessTestSupport.variables(namesAndValues));
            return null;
        });
    }

    /** The secretary enters every member's line as {@code entry} gives it (null: not taking part). */
    void enter(BranchRating rating, Function<ScoreRow, BranchRatingService.Entry> entry) {
        List<BranchRatingService.Entry> entries = new ArrayList<>();
        for (ScoreRow row : ratings.sheet(rating.id())) {
            BranchRatingService.Entry given = entry.apply(row);
            entries.add(given != null ? given : new BranchRatingService.Entry(row.memberId(), false, null, null, null, null, null));
        }
        CurrentUser secretary = user(rating.secretary());
        as(rating.secretary(), () -> ratings.save(secretary, rating.id(), entries, "第 %d 条："));
    }

    /** Entered scores adding up to {@code total} (0–70), filled item by item; with all 民主评议 votes 好 the member gets total + 20 points. */
    static BranchRatingService.Entry scored(long memberId, int total, List<Criterion> items) {
        List<Integer> scores = new ArrayList<>();
        int left = total;
        for (Criterion item : items) {
            int score = Math.min(item.maxPoints(), left);
            scores.add(score);
            left -= score;
        }
        return new BranchRatingService.Entry(memberId, true, scores, 10, 0, 0, 0);
    }

    /** 录入 → 提议 → 审核 → 确认 for one branch whose sheet is entered, each by its user. */
    void submitAndConfirm(BranchRating rating) {
        complete(rating.secretary(), task(rating.id(), TASK_ENTER_SCORES), VAR_SCORES_CHECKED, "CHECKED");
        complete(rating.secretary(), task(rating.id(), TASK_PROPOSE_STARS));
        complete(rating.reviewer(), task(rating.id(), TASK_TOWNSHIP_REVIEW), VAR_TOWNSHIP_DECISION, "APPROVE");
        complete("orgdept", task(rating.id(), TASK_ORG_DEPT_CONFIRM), "confirmed", "CONFIRMED");
    }
}
