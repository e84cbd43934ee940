package cn.excellence.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;
import cn.excellence.visits.VisitViews.ActivityView;
import cn.excellence.visits.VisitViews.ContactPointView;
import cn.excellence.visits.VisitViews.GroupPlan;

/**
 * A planned group visit day (集中走访活动), e.g. 6/29: the standing committee in 5 groups, each to its contact points. Org-dept
 * enters the plan; each group's visits are then recorded against the activity, and the plan shows which are done.
 */
@Service
class GroupVisitDays {

    static final int MAX_GROUPS = 20;

    private final VisitRepository repository;
    private final VisitRules rules;
    private final ContactPoints contactPoints;

    GroupVisitDays(VisitRepository repository, VisitRules rules, ContactPoints contactPoints) {
        this.repository = repository;
        this.rules = rules;
        this.contactPoints = contactPoints;
    }

    record GroupRequest(String name, List<Long> contactPointIds) {
    }

    @Transactional
    long plan(CurrentUser user, String title, LocalDate date, List<GroupRequest> groups) {
        rules.requireOrgDept(user, "安排集中走访活动");
        String name = VisitRules.text(title, "活动名称", 100, true);
        if (date == null) {
            throw new TaskInputException("请填写“活动日期”。");
        }
        if (date.isBefore(VisitRules.FIRST_DATE) || date.isAfter(VisitRules.today().plusYears(1))) {
            throw new TaskInputException("“活动日期”应在 2000-01-01 至一年后之间。");
        }
        if (groups == null || groups.isEmpty() || groups.size() > MAX_GROUPS) {
            throw new TaskInputException("请安排 1 至 " + MAX_GROUPS + " 个走访组。");
        }
        Map<String, List<Long>> plan = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (GroupRequest group : groups) {
            String groupName = VisitRules.text(group == null ? null : group.name(), "走访组", VisitService.MAX_GROUP, true);
            if (plan.containsKey(groupName)) {
                throw new TaskInputException("走访组“" + groupName + "”重复。");
            }
            if (group.contactPointIds() == null || group.contactPointIds().isEmpty()) {
                throw new TaskInputException("请为“" + groupName + "”选择联系点。");
            }
            List<Long> points = new ArrayList<>();
            for (Long id : group.contactPointIds()) {
                if (id == null || repository.contactPoint(id).isEmpty()) {
                    throw new TaskInputException("找不到编号为 " + id + " 的联系点。");
                }
                if (!seen.add(id)) {
                    throw new TaskInputException("联系点 " + id + " 被安排了两次。");
                }
                points.add(id);
            }
            plan.put(groupName, points);
        }
        long id = repository.insertActivity(name, date, user.userId());
        plan.forEach((group, points) -> points.forEach(point -> repository.insertActivityGroup(id, group, point)));
        return id;
    }

    /** The activity's groups with their contact points and the visits recorded against it by the group. */
    ActivityView view(CurrentUser user, long id) {
        rules.requireRecorder(user);
        VisitRepository.Day activity = repository.activity(id)
                .orElseThrow(() -> ApiException.notFound("找不到编号为 " + id + " 的集中走访活动。"));
        LocalDate date = activity.date();
        List<Visit> visits = repository.visits(null, date, date).stream().filter(v -> Long.valueOf(id).equals(v.activityId())).toList();
        Map<String, List<ContactPointView>> groups = new LinkedHashMap<>();
        for (VisitRepository.PlannedPoint planned : repository.activityGroups(id)) {
            ContactPoint point = repository.contactPoint(planned.contactPointId()).orElseThrow();
            groups.computeIfAbsent(planned.group(), g -> new ArrayList<>()).add(contactPoints.view(point));
        }
        List<GroupPlan> plans = groups.entrySet().stream().map(e -> new GroupPlan(e.getKey(), e.getValue(),
                visits.stream().filter(v -> e.getKey().equals(v.group())).map(Visit::id).toList())).toList();
        return new ActivityView(id, activity.title(), date, plans);
    }
}
