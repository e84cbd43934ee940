package cn.excellence.shared;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.calendar.WorkingDayCalendar;

/** The values of a Camunda Form as a client sent them (text, numbers of any type, blanks for empty fields), read for a service. */
public final class FormValues {

    /** A deadline given as a day ends when the offices close, Beijing time. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String EXAMPLE_DAY = "2026-07-15";

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
        return day(value, label, day -> day.atTime(OFFICE_CLOSES).atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    /** A form's date field as the last second of that day, Beijing time (2026-12-15: open all that day), or a Date; null for blank. */
    public static Date endOfDay(Object value, String label) {
        return day(value, label, day -> day.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant().minusSeconds(1));
    }

    /** A form's date field (2010-07-01), or the Date a REST client sent, as a day in Beijing; null for a missing or blank value. */
    public static LocalDate day(Object value, String label) {
        Date date = day(value, label, day -> day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant());
        return date == null ? null : date.toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }

    private static Date day(Object value, String label, Function<LocalDate, Instant> moment) {
        if (value instanceof Date date) {
            return date;
        }
        String text = text(value);
        try {
            return text == null ? null : Date.from(moment.apply(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“" + label + "”应为日期，如 " + EXAMPLE_DAY + "。");
        }
    }

    /**
     * A date and time as forms and the engine REST API send them: a Date, ISO text with or without an offset (Beijing time
     * without), or a day alone, which means {@link #deadline} that day; null for a missing or blank value.
     */
    public static Date dateTime(Object value, String label) {
        String text = value instanceof Date ? null : text(value);
        if (text == null) {
            return value instanceof Date date ? date : null;
        }
        try {
            return Date.from(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(text.strip()).atZone(WorkingDayCalendar.ZONE).toInstant());
            } catch (DateTimeParseException again) {
                if (DATE_ONLY.matcher(text.strip()).matches()) {
                    return deadline(text, label);
                }
                throw new TaskInputException("“" + label + "”的格式不正确，应为如 2026-06-24T17:00 的日期时间。");
            }
        }
    }

    /**
     * A list as a start by key or a form sends it: a collection, a JSON array (Tasklist's checklist), or text split at the
     * separator; items stripped, empty ones dropped; null for a missing or blank value.
     */
    public static List<String> list(Object value, String separator, String label) {
        String text = value instanceof Collection<?> ? null : text(value);
        if (value instanceof Collection<?> || text != null && text.strip().startsWith("[")) {
            return items(value, label).stream().map(String::strip).filter(item -> !item.isEmpty()).toList();
        }
        return text == null ? null : Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Record ids as a checklist, a list or comma-separated text gives them, in order and without repeats; empty for none. */
    public static Set<Long> ids(Object value, String label) {
        List<String> items = list(value, ",", label);
        Set<Long> ids = new LinkedHashSet<>();
        for (String item : items == null ? List.<String>of() : items) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new TaskInputException("“" + item + "”不是有效的" + label + "。");
            }
        }
        return ids;
    }
}
