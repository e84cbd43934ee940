package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The secretary's rectification plan (整改方案) after a grade of 一般 or 差. */
@Component
class RectificationPlanListener implements TaskListener {

    private final DutyReportService reports;

    RectificationPlanListener(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submitRectification(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_RECTIFICATION_PLAN));
    }
}
