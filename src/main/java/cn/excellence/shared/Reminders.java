package cn.excellence.shared;

import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.excellence.shared.jdbc.Rows;

/**
 * Reminders the processes' timers record, one per recipient; each is announced as {@link ReminderRecorded} in the
 * recording transaction (the notification module delivers it). The reminder table is
 * this module's (V25__shared_tables.sql): features record and read reminders here, never by SQL of their own.
 */
@Component
public class Reminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Reminders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(String processInstanceId, String businessKey, String kind, String recipient, String message) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into reminder (process_instance_id, business_key, kind, recipient, message, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, businessKey, kind, recipient, message, Rows.value(ClockUtil.getCurrentTime())).update(key, "id");
        events.publishEvent(new ReminderRecorded(key.getKey().longValue(), processInstanceId, businessKey, kind, recipient, message));
    }

    /** The reminders recorded for a process instance, oldest first, as kind:recipient. */
    public List<String> recorded(String processInstanceId) {
        return jdbc.sql("select kind || ':' || recipient from reminder where process_instance_id = ? order by id")
                .param(processInstanceId).query(String.class).list();
    }
}
