package cn.excellence.dutyreview;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

import cn.excellence.shared.FormValues;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * Dates as forms and the engine REST API send them: a Date, ISO text with or without an offset, or a day alone (a start
 * form's date field), which means 17:00 Beijing time that day.
 */
final class DateValues {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DateValues() {
    }

    static Date parse(Object value, String label) {
        if (value instanceof Date date) {
            return date;
        }
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException("请填写“" + label + "”。");
        }
        String text = value.toString().strip();
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(text).atZone(WorkingDayCalendar.ZONE).toInstant());
            } catch (DateTimeParseException again) {
                if (DATE_ONLY.matcher(text).matches()) {
                    return FormValues.deadline(text, label);
                }
                throw new TaskInputException("“" + label + "”的格式不正确，应为如 2026-06-24T17:00 的日期时间。");
            }
        }
    }
}
