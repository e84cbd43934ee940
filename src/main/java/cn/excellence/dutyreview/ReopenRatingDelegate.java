package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives the reviewers who have not rated until the new deadline. */
@Component
class ReopenRatingDelegate implements JavaDelegate {

    private final DutyReportService reports;

    ReopenRatingDelegate(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(VAR_NEW_RATING_DUE);
        execution.setVariable(VAR_RATING_DUE, due);
        execution.setVariable(VAR_RATING_REMINDER_AT, DutyReportService.before(due.toInstant(), DutyReportService.REMINDER_LEAD));
        execution.removeVariable(VAR_ESCALATION_DECISION);
        OpenRatingDelegate.setPending(execution, reports.reopenRating(longOf(execution, VAR_REPORT_ID)));
    }
}
