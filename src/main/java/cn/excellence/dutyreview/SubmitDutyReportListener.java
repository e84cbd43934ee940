package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The secretary submits the report: checked and recorded when the task completes. Org-dept's next
 * pre-review starts without the old return reason.
 */
@Component
class SubmitDutyReportListener implements TaskListener {

    private final DutyReportService reports;

    SubmitDutyReportListener(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submit(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_THEME), task.getVariable(VAR_ACHIEVEMENTS),
                task.getVariable(VAR_PROBLEMS), task.getVariable(VAR_NEXT_PLANS));
        task.setVariable(VAR_RETURN_REASON, null);
    }
}
