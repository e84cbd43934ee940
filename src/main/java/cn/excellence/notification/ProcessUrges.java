package cn.excellence.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.excellence.shared.Groups;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.security.CurrentUser;

/**
 * The 催办 recorded in one process instance, oldest first, for the record's timeline. Who may see the timeline is the
 * caller's business: this only reads.
 */
@Component
public class ProcessUrges {

    /** One urge of a task: who urged it, when, with what note (may be null). */
    public record RecordedUrge(String taskId, String urgedBy, String note, OffsetDateTime urgedAt) {
    }

    private final JdbcClient jdbc;

    ProcessUrges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who may urge a case's open tasks (催办): org-dept, and whoever started the case. */
    public static boolean mayUrge(CurrentUser user, String caseStartedBy) {
        return user.isMemberOf(Groups.ORG_DEPT) || user.userId().equals(caseStartedBy);
    }

    public List<RecordedUrge> of(String processInstanceId) {
        return jdbc.sql("select task_id, urged_by, note, urged_at from task_urge where process_instance_id = ? order by id")
                .param(processInstanceId).query((rs, n) -> new RecordedUrge(rs.getString("task_id"), rs.getString("urged_by"),
                        rs.getString("note"), Rows.instant(rs, "urged_at").atZone(WorkingDayCalendar.ZONE).toOffsetDateTime()))
                .list();
    }
}
