package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The report due date passed without a report: it is marked late. */
@Component
class MarkReportLateDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    MarkReportLateDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_REPORT_ID);
        monitoring.markLate(id);
        monitoring.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), "REPORT_OVERDUE",
                (String) execution.getVariable(VAR_UNIT_SECRETARY), "月度进展汇报已逾期，请立即提交。");
    }
}
