package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.JsonValues.json;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.calendar.WorkingDayCalendar;

/**
 * The cadence's periods (周报告 each week, due the Monday after; 月总结 for the previous month, due the 5th; 季交流 each
 * quarter; 年评比 each December), opened by the cycle's timers, and the report processes started in batches.
 */
@Service
public class CadenceService {

    static final LocalTime DUE_TIME = LocalTime.of(18, 0);
    static final Duration REMINDER_LEAD = Duration.ofDays(1);
    static final Duration ESCALATION_AFTER = Duration.ofDays(3);

    private final ReportRepository reports;
    private final MeetingRepository meetings;
    private final StaffRepository staff;
    private final GuidanceService guidance;
    private final RuntimeService runtime;
    private final boolean timers;
    private final int batch;

    CadenceService(ReportRepository reports, MeetingRepository meetings, StaffRepository staff, GuidanceService guidance, RuntimeService runtime,
            @Value("${excellence.guidance.timers:true}") boolean timers, @Value("${excellence.guidance.report-batch:200}") int batch) {
        this.reports = reports;
        this.meetings = meetings;
        this.staff = staff;
        this.guidance = guidance;
        this.runtime = runtime;
        this.timers = timers;
        this.batch = batch;
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
    }

    static Instant at(LocalDate day) {
        return day.atTime(DUE_TIME).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    /** What a timer opens, as the cycle's variables (all flags false when the timers are switched off). */
    @Transactional
    public Map<String, Object> open(String timerTask) {
        Map<String, Object> result = new HashMap<>(Map.of(VAR_REPORTS_OPENED, false, VAR_EXCHANGE_OPENED, false, VAR_EVALUATION_OPENED, false));
        if (!timers) {
            return result;
        }
        LocalDate today = today();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        switch (timerTask) {
            case OPEN_WEEKLY -> {
                LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                String period = sunday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", sunday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                reports.openForActiveStaff(Cadence.WEEKLY, period, YearMonth.from(sunday).toString(), at(sunday.plusDays(1)), now);
                opened(result, Cadence.WEEKLY, period);
            }
            case OPEN_MONTHLY -> {
                YearMonth month = YearMonth.from(today).minusMonths(1);
                reports.openForActiveStaff(Cadence.MONTHLY, month.toString(), month.toString(), at(YearMonth.from(today).atDay(5)), now);
                opened(result, Cadence.MONTHLY, month.toString());
            }
            case OPEN_QUARTERLY -> {
                LocalDate previous = today.minusMonths(3);
                String period = previous.getYear() + "-Q" + previous.get(IsoFields.QUARTER_OF_YEAR);
                if (meetings.exchangeOf(period).isEmpty()) {
                    result.put(VAR_EXCHANGE_ID, meetings.insertExchange(period, now));
                    result.put(VAR_EXCHANGE_RECORDERS, json(staff.activeUsers(List.of(StaffKind.TOWNSHIP_INSTRUCTOR))));
                    result.put(VAR_PERIOD, period);
                    result.put(VAR_EXCHANGE_OPENED, true);
                }
            }
            case OPEN_ANNUAL -> {
                int year = evaluationYear(today);
                List<Long> ids = meetings.openEvaluations(year, now);
                result.put(VAR_EVALUATION_IDS, json(ids));
                result.put(VAR_PERIOD, String.valueOf(year));
                result.put(VAR_EVALUATION_OPENED, !ids.isEmpty());
            }
            default -> throw new IllegalArgumentException("unknown guidance timer task " + timerTask);
        }
        return result;
    }

    /** The year rated: the current one from 1 December, else the previous (a timer run late still rates the year just ended). */
    static int evaluationYear(LocalDate today) {
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    private void opened(Map<String, Object> result, Cadence cadence, String period) {
        result.put(VAR_CADENCE, cadence.name());
        result.put(VAR_PERIOD, period);
        result.put(VAR_REPORTS_OPENED, reports.anyUnstarted(cadence, period));
    }

    /** Starts the next batch of the period's report processes; whether more are left. */
    @Transactional
    public boolean startBatch(Cadence cadence, String period) {
        Map<Long, GuidanceStaff> staffById = new HashMap<>();
        staff.all().forEach(s -> staffById.put(s.id(), s));
        Map<List<String>, String> chaserByTownships = new HashMap<>();
        for (GuidanceReport report : reports.unstarted(cadence, period, batch)) {
            GuidanceStaff member = staffById.get(report.staffId());
            Map<String, Object> variables = new HashMap<>();
            variables.put(VAR_REPORT_ID, report.id());
            variables.put(VAR_STAFF_USER, member.userId());
            variables.put(VAR_STAFF_NAME, member.name() + " " + cadence.label() + " " + period);
            variables.put(VAR_WEEKLY, cadence == Cadence.WEEKLY);
            variables.put(VAR_DUE_AT, Date.from(report.dueAt()));
            variables.put(VAR_REMINDER_AT, Date.from(report.dueAt().minus(REMINDER_LEAD)));
            variables.put(VAR_ESCALATION_AT, Date.from(report.dueAt().plus(ESCALATION_AFTER)));
            variables.put(VAR_CHASE_ASSIGNEE, chaserByTownships.computeIfAbsent(member.townshipCodes(), t -> guidance.chaserOf(member).orElse(null)));
            String key = BusinessKeys.of(cadence.label(), member.name() + "·" + period, report.id());
            reports.started(report.id(), runtime.startProcessInstanceByKey(REPORT_PROCESS, key, variables).getId());
        }
        return reports.anyUnstarted(cadence, period);
    }
}
