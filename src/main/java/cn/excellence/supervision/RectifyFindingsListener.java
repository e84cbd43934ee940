package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The organization's secretary reports the rectification. */
@Component
class RectifyFindingsListener implements TaskListener {

    private final MonitoringService monitoring;

    RectifyFindingsListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.rectify(((Number) task.getVariable(VAR_SPOT_CHECK_ID)).longValue(), task.getVariable("rectificationReport"));
    }
}
