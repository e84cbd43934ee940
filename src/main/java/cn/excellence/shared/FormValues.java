package cn.excellence.shared;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/** The values of a Camunda Form as a client sent them (text, numbers of any type, blanks for empty fields), read for a service. */
public final class FormValues {

    /** A deadline given as a day ends when the offices close, Beijing time. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /** The text, or null for a missing or blank value. */
    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The whole number, or null for a missing or blank value. */
    public static Long wholeNumber(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为整数。");
        }
    }

    /** The number as sent (a form's number field may arrive as any numeric type or text), or null for a missing or blank value. */
    public static BigDecimal decimal(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为数字。");
        }
    }

    /** The whole number as an int, or null for a missing or blank value. */
    public static Integer integer(Object value, String label) {
        String text = text(value);
        try {
            return text == null ? null : new BigDecimal(text.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new TaskInputException("“" + label + "”应为整数。");
        }
    }

    /**
     * The choices of a checklist as Tasklist sends them (a JSON array: Spin or text) or a REST client (a list); null for a
     * missing or blank value, empty when nothing was chosen.
     */
    public static List<String> items(Object value, String label) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            JsonNode array = JSON.readTree(text);
            if (array != null && array.isArray()) {
                List<String> items = new ArrayList<>();
                array.forEach(item -> items.add(item.asText()));
                return items;
            }
        } catch (IOException e) {
            // not JSON: refused below
        }
        throw new TaskInputException("“" + label + "”应为一组选项。");
    }

    /**
     * A deadline from a form's date field (2026-07-15: that day at 17:00 Beijing time, when the offices close), or the
     * Date a REST client sent; null for a missing or blank value.
     */
    public static Date deadline(Object value, String label) {
        if (value instanceof Date date) {
            return date;
        }
        String text = text(value);
        try {
            return text == null ? null : Date.from(LocalDate.parse(text.strip()).atTime(OFFICE_CLOSES).atZone(WorkingDayCalendar.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“" + label + "”应为日期，如 2026-07-15。");
        }
    }
}
