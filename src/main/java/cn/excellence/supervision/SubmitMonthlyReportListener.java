package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The unit's secretary submits the month's progress report. */
@Component
class SubmitMonthlyReportListener implements TaskListener {

    private final MonitoringService monitoring;

    SubmitMonthlyReportListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.submit(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_PROGRESS), task.getVariable(VAR_PROBLEMS),
                task.getVariable(VAR_NEXT_STEPS), task.getVariable(VAR_MEMBERS_TRAINED), task.getVariable(VAR_VISITS_MADE));
    }
}
