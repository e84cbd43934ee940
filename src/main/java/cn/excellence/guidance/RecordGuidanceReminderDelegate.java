package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A day before the due time: the staff member is reminded. */
@Component
class RecordGuidanceReminderDelegate implements JavaDelegate {

    private final ReportService reports;

    RecordGuidanceReminderDelegate(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.remind(longOf(execution, VAR_REPORT_ID), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                (String) execution.getVariable(VAR_STAFF_USER));
    }
}
