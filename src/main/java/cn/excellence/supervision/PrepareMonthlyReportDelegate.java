package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import java.time.Instant;
import java.util.Date;

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
        MonthlyReport report = monitoring.report(id);
        Instant due = monitoring.reportDue(report);
        execution.setVariable(VAR_UNIT_SECRETARY, report.secretaryId());
        String unit = monitoring.name(report.unitCode());
        execution.setProcessBusinessKey(BusinessKeys.of("月度汇报", unit, id));
        execution.setVariable(VAR_UNIT_NAME, unit);
        execution.setVariable(VAR_REPORT_DUE_DATE, Date.from(due));
        execution.setVariable(VAR_REPORT_REMINDER_AT, Date.from(due.minus(MonitoringService.REMINDER_LEAD)));
        execution.setVariable(VAR_REPORT_ESCALATION_AT, Date.from(due.plus(MonitoringService.ESCALATION_AFTER)));
    }
}
