package cn.excellence.shared;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.excellence.shared.jdbc.Rows;

/** Reminders the processes' timers record, one per recipient; delivery (mail, SMS) comes later. */
@Component
public class Reminders {

    private final JdbcClient jdbc;

    Reminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String processInstanceId, String businessKey, String kind, String recipient, String message) {
        jdbc.sql("insert into reminder (process_instance_id, business_key, kind, recipient, message, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, businessKey, kind, recipient, message, Rows.value(ClockUtil.getCurrentTime())).update();
    }
}
