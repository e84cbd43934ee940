package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens rating for all reviewers of the round. */
@Component
class OpenRatingDelegate implements JavaDelegate {

    private final DutyReportService reports;

    OpenRatingDelegate(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DutyReviewRound round = reports.openRating(longOf(execution, VAR_REPORT_ID));
        setPending(execution, round.reviewers());
        execution.setVariable(VAR_RATING_REMINDER_AT, DutyReportService.before(round.ratingDue(), DutyReportService.REMINDER_LEAD));
    }

    static void setPending(DelegateExecution execution, List<String> reviewers) {
        execution.setVariable(VAR_PENDING_REVIEWERS, json(reviewers));
    }
}
