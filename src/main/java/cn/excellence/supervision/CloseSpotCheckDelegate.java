package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The spot check is closed: no findings, or every finding accepted. */
@Component
class CloseSpotCheckDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    CloseSpotCheckDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monitoring.closeSpotCheck(longOf(execution, VAR_SPOT_CHECK_ID));
    }
}
