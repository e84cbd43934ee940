package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

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
        long id = longOf(execution, VAR_SPOT_CHECK_ID);
        String code = monitoring.spotCheck(id).organizationCode();
        String organization = monitoring.name(code);
        execution.setProcessBusinessKey(BusinessKeys.of("抽查", organization, id));
        execution.setVariable(VAR_ORGANIZATION_NAME, organization);
        execution.setVariable(VAR_ORGANIZATION_SECRETARY, cycles.secretaryOf(code).orElse(null));
    }
}
