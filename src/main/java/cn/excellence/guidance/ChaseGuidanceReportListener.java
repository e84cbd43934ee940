package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 督促逾期报告: the township secretary (or org-dept) records how a report three days overdue was chased. */
@Component
class ChaseGuidanceReportListener implements TaskListener {

    private final ReportService reports;

    ChaseGuidanceReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.chase(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_CHASE_NOTE));
    }
}
