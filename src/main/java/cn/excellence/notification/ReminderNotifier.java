package cn.excellence.notification;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.ReminderRecorded;

/**
 * A process timer recorded a reminder ({@link ReminderRecorded}): its recipient (a user, or each member of a group) is
 * notified in the same transaction, with a link to their open task in that case when there is one, else to the case.
 */
@Component
class ReminderNotifier {

    private final NotificationOutbox outbox;
    private final EngineIdentity identity;

    ReminderNotifier(NotificationOutbox outbox, EngineIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @EventListener
    void on(ReminderRecorded reminder) {
        List<String> recipients = identity.usersOf(reminder.recipient());
        if (recipients.isEmpty()) {
            return;
        }
        outbox.write(new Notice(NotificationKind.REMINDER, "REMINDER:" + reminder.reminderId(), "提醒：" + reminder.message(),
                reminder.message(), link(reminder)), recipients);
    }

    private String link(ReminderRecorded reminder) {
        List<Task> open = identity.privileged(() -> identity.engine().getTaskService().createTaskQuery()
                .processInstanceId(reminder.processInstanceId()).orderByTaskCreateTime().desc().list());
        return open.stream().filter(t -> reminder.recipient().equals(t.getAssignee())).findFirst().or(() -> open.stream().findFirst())
                .map(t -> Notice.taskLink(t.getId())).orElse(Notice.caseLink(reminder.processInstanceId()));
    }
}
