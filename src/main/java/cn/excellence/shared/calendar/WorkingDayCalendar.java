package cn.excellence.shared.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days in the banner's time zone: weekends off, configured public holidays off, configured
 * make-up working days (调休) on. Notice periods (公示) and monthly cycles count in these days.
 */
@Component
public class WorkingDayCalendar {

    /** The one time zone of the application (Beijing time); the JVM runs in it too ({@link BeijingTime}). */
    public static final String ZONE_ID = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkingDays;

    public WorkingDayCalendar(@Value("${excellence.calendar.holidays:}") List<LocalDate> holidays,
            @Value("${excellence.calendar.extra-working-days:}") List<LocalDate> extraWorkingDays) {
        this.holidays = Set.copyOf(holidays);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The {@code days}-th working day after {@code start}; start itself does not count. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be 1..366, was " + days);
        }
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The end (23:59:59) of the {@code days}-th working day after the day of {@code from}. */
    public Instant endOfWorkingDays(Instant from, int days) {
        return addWorkingDays(LocalDate.ofInstant(from, ZONE), days).atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
    }

    public LocalDate firstWorkingDayOfMonth(YearMonth month) {
        LocalDate first = month.atDay(1);
        return isWorkingDay(first) ? first : addWorkingDays(first, 1);
    }
}
