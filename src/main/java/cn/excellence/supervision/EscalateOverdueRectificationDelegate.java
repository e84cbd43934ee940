package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rectification overdue: marked, and org-dept is told. */
@Component
class EscalateOverdueRectificationDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    EscalateOverdueRectificationDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        monitoring.markOverdue(longOf(execution, VAR_SPOT_CHECK_ID));
        monitoring.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), "RECTIFICATION_OVERDUE", "org-dept",
                execution.getVariable(VAR_ORGANIZATION_NAME) + "的整改已逾期。");
    }
}
