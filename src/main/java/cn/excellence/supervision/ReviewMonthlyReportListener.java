package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervision group reviews a report: satisfactory, or follow up. */
@Component
class ReviewMonthlyReportListener implements TaskListener {

    private final MonitoringService monitoring;

    ReviewMonthlyReportListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.review(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_REVIEW_RESULT), task.getVariable(VAR_REVIEW_COMMENT));
    }
}
