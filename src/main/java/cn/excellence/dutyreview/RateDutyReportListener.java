package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** One reviewer's vote (好/较好/一般/差) and comment, recorded when the rating task completes. */
@Component
class RateDutyReportListener implements TaskListener {

    private final DutyReportService reports;

    RateDutyReportListener(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.rate(longOf(task, VAR_REPORT_ID), task.getAssignee(), task.getVariable(VAR_RATING),
                task.getVariable(VAR_RATING_COMMENT));
    }
}
