package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The due time passed without the report: it is marked 逾期 and stays open. */
@Component
class MarkGuidanceReportLateDelegate implements JavaDelegate {

    private final ReportService reports;

    MarkGuidanceReportLateDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.markLate(longOf(execution, VAR_REPORT_ID), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                (String) execution.getVariable(VAR_STAFF_USER));
    }
}
