package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept records how it chased a report three days overdue. */
@Component
class ChaseLateReportListener implements TaskListener {

    private final MonitoringService monitoring;

    ChaseLateReportListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.chase(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_CHASE_NOTE));
    }
}
