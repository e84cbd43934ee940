package cn.excellence.shared.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/** The filters of an audit search; every one optional. {@code to} is exclusive. */
record AuditQuery(String userId, AuditCategory category, Instant from, Instant to, String pathContains) {

    private static final int MAX_TEXT = 200;

    /** The filters as a request gives them, checked: a bad value is a 400 with a Chinese message. */
    static AuditQuery of(String userId, AuditCategory category, String from, String to, String pathContains) {
        AuditQuery query = new AuditQuery(text(userId, "user"), category, time(from, "from"), time(to, "to"),
                text(pathContains, "path"));
        if (query.from != null && query.to != null && !query.from.isBefore(query.to)) {
            throw new TaskInputException("开始时间（from）须早于结束时间（to）。");
        }
        return query;
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new TaskInputException("参数“" + name + "”最多 " + MAX_TEXT + " 个字符。");
        }
        return value.strip();
    }

    /** An ISO date-time with offset (2026-12-01T08:00:00+08:00) or a date (2026-12-01, from midnight Beijing time). */
    private static Instant time(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(WorkingDayCalendar.ZONE).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new TaskInputException("参数“" + name + "”的时间格式不正确，应为 2026-12-01 或 2026-12-01T08:00:00+08:00。");
        }
    }
}
