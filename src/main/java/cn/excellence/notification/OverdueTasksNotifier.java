package cn.excellence.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * 逾期: a task whose due date has passed tells its assignee, or its candidates, once per task and due date (a due date
 * moved later and passed again tells them again). Any node may scan at any time: each task is written in a transaction of
 * its own, and the outbox's unique dedup key turns a second node's write of the same task into a no-op.
 */
@Component
class OverdueTasksNotifier {

    private static final Logger log = LoggerFactory.getLogger(OverdueTasksNotifier.class);
    private static final int PAGE = 200;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationOutbox outbox;
    private final EngineIdentity identity;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    OverdueTasksNotifier(NotificationOutbox outbox, EngineIdentity identity, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.identity = identity;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One scan: every open task due before now whose people were not yet told; returns how many tasks this node told about. */
    int scanOnce() {
        Date now = ClockUtil.getCurrentTime();
        int told = 0;
        for (int first = 0;; first += PAGE) {
            int offset = first;
            List<Task> page = identity.privileged(() -> identity.engine().getTaskService().createTaskQuery().dueBefore(now)
                    .orderByDueDate().asc().orderByTaskId().asc().listPage(offset, PAGE));
            for (Task task : page) {
                if (tell(task)) {
                    told++;
                }
            }
            if (page.size() < PAGE) {
                return told;
            }
        }
    }

    private boolean tell(Task task) {
        String cause = "OVERDUE:" + task.getId() + ":" + task.getDueDate().getTime();
        if (jdbc.sql("select count(*) from notification_outbox where cause_key = ?").param(cause).query(Long.class).single() > 0) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> write(task, cause)));
        } catch (DataIntegrityViolationException e) {
            log.debug("overdue task {} was told by another node", task.getId());
            return false;
        }
    }

    private boolean write(Task task, String cause) {
        List<String> recipients = identity.workersOf(task.getAssignee(),
                identity.privileged(() -> identity.engine().getTaskService().getIdentityLinksForTask(task.getId())));
        if (recipients.isEmpty()) {
            return false;
        }
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        String due = DUE.format(task.getDueDate().toInstant().atZone(WorkingDayCalendar.ZONE));
        outbox.write(new Notice(NotificationKind.OVERDUE, cause, "逾期：" + name, "待办“" + name + "”已于 " + due + " 到期，请尽快处理。",
                Notice.taskLink(task.getId())), recipients);
        return true;
    }
}
