package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept decides on a rating that missed its quorum: tally what is in, or extend the deadline. */
@Component
class RatingEscalationListener implements TaskListener {

    private final DutyReportService reports;

    RatingEscalationListener(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        Date due = reports.escalation(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_ESCALATION_DECISION),
                task.getVariable(VAR_NEW_RATING_DUE));
        task.setVariable(VAR_NEW_RATING_DUE, due);
    }
}
