package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

/** Gives the report its unit, secretary, due date, reminder and escalation times. */
@Component
class PrepareMonthlyReportDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    PrepareMonthlyReportDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_REPORT_ID);
        java.util.Map<String, Object> report = monitoring.report(id);
        java.util.Date due = (java.util.Date) report.get("report_due");
        execution.setVariable(VAR_UNIT_SECRETARY, report.get("secretary_id"));
        String unit = monitoring.name((String) report.get("unit_code"));
        execution.setProcessBusinessKey(BusinessKeys.of("月度汇报", unit, id));
        execution.setVariable(VAR_UNIT_NAME, unit);
        execution.setVariable(VAR_REPORT_DUE_DATE, due);
        execution.setVariable(VAR_REPORT_REMINDER_AT, new java.util.Date(due.getTime() - MonitoringService.REMINDER_LEAD.toMillis()));
        execution.setVariable(VAR_REPORT_ESCALATION_AT, new java.util.Date(due.getTime() + MonitoringService.ESCALATION_AFTER.toMillis()));
    }
}
