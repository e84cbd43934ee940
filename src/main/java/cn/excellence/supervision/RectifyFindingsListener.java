package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The organization's secretary reports the rectification. The supervision group's next verification starts
 * without the verdict and comment of the one that sent it back.
 */
@Component
class RectifyFindingsListener implements TaskListener {

    private final MonitoringService monitoring;

    RectifyFindingsListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.rectify(longOf(task, VAR_SPOT_CHECK_ID), task.getVariable(VAR_RECTIFICATION_REPORT));
        task.setVariable(VAR_VERIFICATION, null);
        task.setVariable(VAR_VERIFY_COMMENT, null);
    }
}
