package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.dutyreview.DutyReviewProcess.*;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records the grade, so the secretary sees the result; a rectification plan is due in 30 days. */
@Component
class RecordDutyResultDelegate implements JavaDelegate {

    private final DutyReportService reports;

    RecordDutyResultDelegate(DutyReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rating grade = Rating.valueOf((String) execution.getVariable(VAR_GRADE));
        long reportId = longOf(execution, VAR_REPORT_ID);
        reports.recordResult(reportId, grade);
        reports.announceResult(execution.getProcessInstanceId(), reportId);
        execution.setVariable(VAR_GRADE_LABEL, grade.label());
        Duration period = DutyReportService.RECTIFICATION_PERIOD;
        execution.setVariable(VAR_RECTIFICATION_DUE, new Date(ClockUtil.getCurrentTime().getTime() + period.toMillis()));
    }
}
