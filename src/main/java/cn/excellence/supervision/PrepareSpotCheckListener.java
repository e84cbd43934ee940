package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A drawn organization's spot check starts knowing the organization and its (or the nearest) secretary. */
@Component
class PrepareSpotCheckListener implements ExecutionListener {

    private final MonitoringService monitoring;
    private final SupervisionService cycles;

    PrepareSpotCheckListener(MonitoringService monitoring, SupervisionService cycles) {
        this.monitoring = monitoring;
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Map<String, Object> check = monitoring.spotCheck(((Number) execution.getVariable(VAR_SPOT_CHECK_ID)).longValue());
        String code = (String) check.get("organization_code");
        execution.setVariable(VAR_ORGANIZATION_NAME, monitoring.name(code));
        execution.setVariable(VAR_ORGANIZATION_SECRETARY, cycles.secretaryOf(code).orElse(null));
    }
}
