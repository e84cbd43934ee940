package cn.excellence.guidance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.Reminders;
import cn.excellence.shared.TaskInputException;
import cn.excellence.shared.TextRules;

/** Each step of a report, an exchange meeting and an evaluation: its input checked and recorded. */
@Service
public class ReportService {

    private final ReportRepository reports;
    private final MeetingRepository meetings;
    private final Reminders reminders;

    ReportService(ReportRepository reports, MeetingRepository meetings, Reminders reminders) {
        this.reports = reports;
        this.meetings = meetings;
        this.reminders = reminders;
    }

    GuidanceReport report(long id) {
        return reports.find(id).orElseThrow(() -> new TaskInputException("报告 " + id + " 不存在。"));
    }

    /** The staff member submits; after the due time it counts as 逾期提交. */
    @Transactional
    public void submit(long id, Object progress, Object problems, Object nextPlans) {
        boolean weekly = report(id).cadence() == Cadence.WEEKLY;
        String done = TextRules.required(progress, weekly ? "本周开展情况" : "本月工作总结", 5, 3000);
        String issues = TextRules.required(problems, "存在问题", 2, 3000);
        String plans = TextRules.required(nextPlans, weekly ? "下周打算" : "下月打算", 5, 3000);
        if (reports.submit(id, done, issues, plans, ClockUtil.getCurrentTime().toInstant()) == 0) {
            throw new TaskInputException("这份报告已经提交过了。");
        }
    }

    @Transactional
    public void markLate(long id, String processInstanceId, String businessKey, String staffUser) {
        reports.markLateIfAwaiting(id);
        reminders.record(processInstanceId, businessKey, "GUIDANCE_REPORT_OVERDUE", staffUser, "您的" + report(id).cadence().label() + "已逾期，请立即提交。");
    }

    public void remind(long id, String processInstanceId, String businessKey, String staffUser) {
        GuidanceReport report = report(id);
        reminders.record(processInstanceId, businessKey, "GUIDANCE_REPORT_DUE_SOON", staffUser,
                "您的" + report.cadence().label() + "（" + report.period() + "）即将截止，请按时提交。");
    }

    /** 督促逾期报告: the township secretary or org-dept records how they chased the report. */
    @Transactional
    public void chase(long id, Object note) {
        report(id);
        reports.markEscalated(id, TextRules.required(note, "督促情况", 2, 1000));
    }

    /** 季交流: date, minutes and the attendance list (one person a line). */
    @Transactional
    public void recordExchange(long id, Object date, Object minutes, Object attendance, String by) {
        LocalDate day = date(date);
        String text = TextRules.required(minutes, "会议纪要", 10, 5000);
        String list = TextRules.required(attendance, "参会人员", 2, 3000);
        long attendees = list.lines().map(String::strip).filter(line -> !line.isEmpty()).count();
        meetings.recordExchange(id, day, text, list, (int) attendees, by, ClockUtil.getCurrentTime().toInstant());
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new TaskInputException("请填写“会议日期”。");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(TextRules.required(value, "会议日期", 10, 10));
        } catch (DateTimeParseException e) {
            throw new TaskInputException("“会议日期”应为如 2026-07-10 的日期。");
        }
        if (day.isAfter(CadenceService.today())) {
            throw new TaskInputException("“会议日期”不能晚于今天。");
        }
        return day;
    }

    /** 年评比: org-dept rates an instructor 优秀/称职/基本称职/不称职 with a comment. */
    @Transactional
    public void rate(long evaluationId, Object rating, Object comment, String by) {
        Rating value = TextRules.choice(rating, Rating.class, "评定等次");
        String text = TextRules.required(comment, "评语", 2, 500);
        meetings.evaluation(evaluationId).orElseThrow(() -> new TaskInputException("评比 " + evaluationId + " 不存在。"));
        meetings.rate(evaluationId, value, text, Objects.requireNonNullElse(by, "system"), ClockUtil.getCurrentTime().toInstant());
    }
}
