package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept's pre-review: accept, or return with a reason the secretary sees on the next submit. */
@Component
class PreReviewDutyReportListener implements TaskListener {

    private final DutyReportService reports;

    PreReviewDutyReportListener(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean accepted = reports.preReview(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_PRE_REVIEW_DECISION),
                task.getVariable(VAR_RETURN_REASON));
        if (accepted) {
            task.setVariable(VAR_RETURN_REASON, null);
        }
    }
}
