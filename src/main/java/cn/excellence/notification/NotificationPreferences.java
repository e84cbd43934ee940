package cn.excellence.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;
import cn.excellence.shared.jdbc.Rows;

/** Each user's notification preferences; a user who set none gets e-mail, one by one, at any hour. */
@Component
class NotificationPreferences {

    /** E-mail on or off, one daily digest instead of single mails, quiet hours (Asia/Shanghai, HH:mm, both or neither). */
    record Preferences(Boolean emailEnabled, Boolean dailyDigest, String quietStart, String quietEnd) {

        static final Preferences DEFAULT = new Preferences(true, false, null, null);

        /** When quiet hours hold at {@code now}, the instant they end. */
        Optional<Instant> quietUntil(Instant now) {
            if (quietStart == null) {
                return Optional.empty();
            }
            ZonedDateTime local = now.atZone(WorkingDayCalendar.ZONE);
            LocalTime start = LocalTime.parse(quietStart);
            LocalTime end = LocalTime.parse(quietEnd);
            LocalTime time = local.toLocalTime();
            boolean quiet = start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
            if (!quiet) {
                return Optional.empty();
            }
            ZonedDateTime until = local.with(end).withSecond(0).withNano(0);
            return Optional.of((until.isAfter(local) ? until : until.plusDays(1)).toInstant());
        }
    }

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preferences of(String userId) {
        return jdbc.sql("select email_enabled, daily_digest, quiet_start, quiet_end from notification_preference where user_id = ?")
                .param(userId).query((rs, n) -> new Preferences(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(Preferences.DEFAULT);
    }

    @Transactional
    Preferences save(String userId, Preferences wanted) {
        if (wanted == null || wanted.emailEnabled() == null || wanted.dailyDigest() == null) {
            throw new TaskInputException("请说明是否接收邮件（emailEnabled）和是否改为每日汇总（dailyDigest）。");
        }
        String start = time(wanted.quietStart(), "免打扰开始时间");
        String end = time(wanted.quietEnd(), "免打扰结束时间");
        if ((start == null) != (end == null) || start != null && start.equals(end)) {
            throw new TaskInputException("免打扰时段须同时填写开始和结束时间（HH:mm），且两者不能相同；不需要免打扰时两者都不填。");
        }
        Preferences saved = new Preferences(wanted.emailEnabled(), wanted.dailyDigest(), start, end);
        jdbc.sql("delete from notification_preference where user_id = ?").param(userId).update();
        jdbc.sql("insert into notification_preference (user_id, email_enabled, daily_digest, quiet_start, quiet_end, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(userId, saved.emailEnabled(), saved.dailyDigest(), start, end, Rows.value(ClockUtil.getCurrentTime())).update();
        return saved;
    }

    private static String time(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{2}:\\d{2}")) {
            throw new TaskInputException("“" + label + "”须是 24 小时制的时:分，例如 22:00。");
        }
        try {
            return LocalTime.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“" + label + "”须是 24 小时制的时:分，例如 22:00。");
        }
    }
}
