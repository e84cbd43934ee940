package cn.excellence.dutyreview;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.excellence.shared.Reminders;

/** Reminders of the duty-review deadlines; recorded now, delivered by mail or SMS later. */
@Service
public class ReminderService {

    private final Reminders reminders;
    private final DutyReportService reports;

    ReminderService(Reminders reminders, DutyReportService reports) {
        this.reminders = reminders;
        this.reports = reports;
    }

    @Transactional
    public void record(String processInstanceId, String businessKey, long reportId, String kind) {
        DutyReport report = reports.report(reportId);
        DutyReviewRound round = reports.roundOf(report);
        switch (kind) {
            case "SUBMIT_DUE_SOON" -> reminders.record(processInstanceId, businessKey, kind, report.secretaryId(),
                    "《" + round.title() + "》述职报告将于 " + round.reportDue() + " 截止，请尽快提交。");
            case "SUBMIT_OVERDUE" -> reminders.record(processInstanceId, businessKey, kind, report.secretaryId(),
                    "《" + round.title() + "》述职报告已逾期，请立即提交。");
            case "RATE_DUE_SOON" -> reports.pendingReviewers(reportId).forEach(reviewer -> reminders.record(
                    processInstanceId, businessKey, kind, reviewer, "《" + round.title() + "》的述职评议即将截止，请尽快评议。"));
            default -> throw new IllegalArgumentException("unknown reminder kind " + kind);
        }
    }

    /** The reminders recorded for a process instance, oldest first: kind and recipient. */
    public List<String> recorded(String processInstanceId) {
        return reminders.recorded(processInstanceId);
    }
}
