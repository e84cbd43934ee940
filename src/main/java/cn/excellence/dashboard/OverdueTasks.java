package cn.excellence.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.excellence.dashboard.DashboardViews.OverdueBoard;
import cn.excellence.dashboard.DashboardViews.OverdueRow;
import cn.excellence.organization.Organization;
import cn.excellence.organization.OrganizationService;
import cn.excellence.shared.Groups;

/**
 * Open user tasks past their due date (逾期待办), per organization: an assigned task counts for its assignee's
 * organization, a group task for the group (旗委组织部, 旗委全委会委员 …). The engine query runs as the user, so its
 * authorizations apply; a secretary then sees only the tasks of their township's organizations.
 */
@Component
class OverdueTasks {

    static final int MOST = 2000;

    private final TaskService tasks;
    private final OrganizationService organizations;

    OverdueTasks(TaskService tasks, OrganizationService organizations) {
        this.tasks = tasks;
        this.organizations = organizations;
    }

    OverdueBoard board(List<String> townships, boolean everything) {
        Date now = ClockUtil.getCurrentTime();
        Map<String, Owner> owners = new LinkedHashMap<>();
        for (Task task : tasks.createTaskQuery().active().dueBefore(now).orderByDueDate().asc().listPage(0, MOST)) {
            Owner owner = owner(task);
            if (everything || owner.township() != null && townships.contains(owner.township())) {
                owners.merge(owner.key(), owner.with(task), Owner::add);
            }
        }
        List<OverdueRow> rows = owners.values().stream().map(o -> new OverdueRow(o.code(), o.name(), o.count(), o.oldestDue(),
                Duration.between(o.oldestDue(), now.toInstant()).toDays())).sorted(Comparator.comparing(OverdueRow::tasks).reversed()
                .thenComparing(OverdueRow::organizationName)).toList();
        return new OverdueBoard(rows.stream().mapToInt(OverdueRow::tasks).sum(), rows);
    }

    private Owner owner(Task task) {
        if (task.getAssignee() != null) {
            Optional<Organization> organization = organizations.organizationOf(task.getAssignee()).flatMap(organizations::find);
            return organization.map(o -> new Owner(o.code(), o.code(), o.name(), o.townshipCode(), 0, null))
                    .orElse(new Owner("user:" + task.getAssignee(), null, task.getAssignee(), null, 0, null));
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId)
                .findFirst().map(g -> new Owner("group:" + g, null, groupName(g), null, 0, null))
                .orElse(new Owner("unassigned", null, "未分派", null, 0, null));
    }

    private static String groupName(String group) {
        return Groups.ALL.stream().filter(g -> g[0].equals(group)).map(g -> g[1]).findFirst().orElse(group);
    }

    private record Owner(String key, String code, String name, String township, int count, Instant oldestDue) {

        Owner with(Task task) {
            return new Owner(key, code, name, township, 1, task.getDueDate().toInstant());
        }

        Owner add(Owner other) {
            Instant oldest = oldestDue.isBefore(other.oldestDue) ? oldestDue : other.oldestDue;
            return new Owner(key, code, name, township, count + other.count, oldest);
        }
    }
}
