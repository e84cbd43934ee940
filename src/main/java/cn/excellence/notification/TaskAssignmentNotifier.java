package cn.excellence.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * A user task was created or got a new assignee: its assignee, or else its candidate users and the members of its
 * candidate groups, are notified (新待办), or told that their submission came back (退回) when the task says so (its name,
 * or the returned values kept on it).
 * Nobody is told about a task they took themselves; nobody is told twice about the same task. A task being created is a new
 * cause: the outbox need not be asked what it already has for it.
 */
@Component
class TaskAssignmentNotifier {

    /** The prefix of the local variables in which a returned submission's values are kept (modeling's ReturnedSubmissionListener). */
    private static final String RETURNED_VALUES = "returned_";
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final NotificationOutbox outbox;
    private final EngineIdentity identity;

    TaskAssignmentNotifier(NotificationOutbox outbox, EngineIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    void notify(DelegateTask task) {
        List<String> recipients = new ArrayList<>(identity.workersOf(task.getAssignee(), new ArrayList<>(task.getCandidates())));
        Authentication actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (actor != null && task.getAssignee() != null) {
            recipients.remove(actor.getUserId());
        }
        if (recipients.isEmpty()) {
            return;
        }
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        boolean returned = name.contains("退回") || task.getVariableNamesLocal().stream().anyMatch(v -> v.startsWith(RETURNED_VALUES));
        String due = task.getDueDate() == null ? "" : "，请于 " + DUE.format(task.getDueDate().toInstant().atZone(zone())) + " 前完成";
        Notice notice = new Notice(returned ? NotificationKind.TASK_RETURNED : NotificationKind.TASK_ASSIGNED, "TASK:" + task.getId(),
                (returned ? "被退回，请修改：" : "新待办：") + name, "您有一项待办“" + name + "”" + due + "。", Notice.taskLink(task.getId()));
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            outbox.writeNewCause(notice, recipients);
        } else {
            outbox.write(notice, recipients);
        }
    }

    private static ZoneId zone() {
        return WorkingDayCalendar.ZONE;
    }
}
