package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervision group verifies: accept, or send back with reasons the secretary sees. */
@Component
class VerifyRectificationListener implements TaskListener {

    private final MonitoringService monitoring;

    VerifyRectificationListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.verify(task.getProcessInstanceId(), longOf(task, VAR_SPOT_CHECK_ID), task.getVariable(VAR_VERIFICATION),
                task.getVariable(VAR_VERIFY_COMMENT));
    }
}
