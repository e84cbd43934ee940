package cn.excellence.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

    static final List<LocalDate> NATIONAL_DAY = List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
    final WorkingDayCalendar calendar = new WorkingDayCalendar(NATIONAL_DAY, List.of(LocalDate.of(2026, 10, 10)));
    final WorkingDayCalendar plain = new WorkingDayCalendar(List.of(), List.of());

    @Test
    void aNoticePublishedOnFridaySkipsTheWeekend() {
        assertThat(plain.addWorkingDays(LocalDate.of(2026, 6, 19), 5)).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(plain.endOfWorkingDays(OffsetDateTime.parse("2026-06-19T16:00:00+08:00").toInstant(), 5))
                .isEqualTo(OffsetDateTime.parse("2026-06-26T23:59:59+08:00").toInstant());
    }

    @Test
    void holidaysDoNotCountAndMakeUpSaturdaysDo() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3))
                .as("Oct 8, 9 and the make-up Saturday 10").isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void theFirstWorkingDayOfAMonthSkipsWeekendsAndHolidays() {
        assertThat(plain.firstWorkingDayOfMonth(YearMonth.of(2026, 8))).as("1 Aug 2026 is a Saturday").isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(calendar.firstWorkingDayOfMonth(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(plain.firstWorkingDayOfMonth(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void nonsensicalPeriodsAreRefused() {
        assertThatThrownBy(() -> plain.addWorkingDays(LocalDate.of(2026, 6, 1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.addWorkingDays(LocalDate.of(2026, 6, 1), 400)).isInstanceOf(IllegalArgumentException.class);
    }
}
