package cn.excellence.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 催办: org-dept, or whoever started the case, urges an open task; its assignee or candidates are notified (kind URGE),
 * the urge is recorded for the record's timeline, and a task is urged at most once an hour. A user who may not see the
 * task and may not urge it is told there is no such task.
 */
@Component
class TaskUrges {

    /** One urge: who, when, with what note. */
    record Urge(long id, String taskId, String urgedBy, String note, OffsetDateTime urgedAt) {
    }

    static final Duration INTERVAL = Duration.ofHours(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final JdbcClient jdbc;
    private final EngineIdentity identity;
    private final NotificationOutbox outbox;

    TaskUrges(JdbcClient jdbc, EngineIdentity identity, NotificationOutbox outbox) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.outbox = outbox;
    }

    @Transactional
    Urge urge(CurrentUser user, String taskId, String note) {
        Task task = task(taskId);
        if (!mayUrge(user, task)) {
            if (visible(taskId)) {
                throw ApiException.forbidden("只有旗委组织部或发起该事项的人可以催办。");
            }
            throw notFound();
        }
        String text = TextRules.optional(note, "催办说明", 200);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        passGate(taskId, now);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into task_urge (task_id, process_instance_id, urged_by, note, urged_at) values (?, ?, ?, ?, ?)")
                .params(taskId, task.getProcessInstanceId(), user.userId(), text, Rows.value(now)).update(key, "id");
        long id = key.getKey().longValue();
        List<String> recipients = identity.workersOf(task.getAssignee(),
                identity.privileged(() -> identity.engine().getTaskService().getIdentityLinksForTask(taskId)));
        outbox.write(new Notice(NotificationKind.URGE, "URGE:" + id, "催办：" + task.getName(),
                "“" + task.getName() + "”被催办，请尽快处理。" + (text == null ? "" : "说明：" + text), Notice.taskLink(taskId)),
                recipients.stream().filter(r -> !r.equals(user.userId())).toList());
        return new Urge(id, taskId, user.userId(), text, local(now).toOffsetDateTime());
    }

    List<Urge> urges(CurrentUser user, String taskId) {
        Task task = task(taskId);
        if (!mayUrge(user, task) && !visible(taskId)) {
            throw notFound();
        }
        return jdbc.sql("select id, task_id, urged_by, note, urged_at from task_urge where task_id = ? order by id")
                .param(taskId).query((rs, n) -> new Urge(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        local(Rows.instant(rs, "urged_at")).toOffsetDateTime())).list();
    }

    /** Moves the task's gate an hour on when it is open; refuses (429) while it is closed, also to a node urging at the same moment. */
    private void passGate(String taskId, Instant now) {
        if (jdbc.sql("update task_urge_gate set next_allowed_at = ? where task_id = ? and next_allowed_at <= ?")
                .params(Rows.value(now.plus(INTERVAL)), taskId, Rows.value(now)).update() == 1) {
            return;
        }
        Instant next = jdbc.sql("select next_allowed_at from task_urge_gate where task_id = ?").param(taskId)
                .query((rs, n) -> Rows.instant(rs, "next_allowed_at")).optional().orElse(null);
        if (next == null) {
            try {
                jdbc.sql("insert into task_urge_gate (task_id, next_allowed_at) values (?, ?)").params(taskId, Rows.value(now.plus(INTERVAL))).update();
                return;
            } catch (DuplicateKeyException e) {
                next = now.plus(INTERVAL);
            }
        }
        throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "该任务已于 " + TIME.format(local(next.minus(INTERVAL))) + " 催办过，每小时最多催办一次，请于 "
                + TIME.format(local(next)) + " 后再试。");
    }

    private Task task(String taskId) {
        if (taskId == null || !taskId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new TaskInputException("任务编号格式不正确。");
        }
        Task task = identity.privileged(() -> identity.engine().getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            throw notFound();
        }
        return task;
    }

    private boolean mayUrge(CurrentUser user, Task task) {
        if (ProcessUrges.mayUrge(user, null)) {
            return true;
        }
        HistoricProcessInstance instance = task.getProcessInstanceId() == null ? null : identity.privileged(() -> identity.engine()
                .getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult());
        return instance != null && ProcessUrges.mayUrge(user, instance.getStartUserId());
    }

    /** Whether the current user sees the task under the engine's authorizations (the request's user is the engine's). */
    private boolean visible(String taskId) {
        return identity.engine().getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    }

    private static ApiException notFound() {
        return ApiException.notFound("没有找到该任务，或您无权查看。");
    }

    private static java.time.ZonedDateTime local(Instant instant) {
        return instant.atZone(WorkingDayCalendar.ZONE);
    }
}
