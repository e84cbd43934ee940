package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The staff member submits their 周报告 or 月总结. */
@Component
class SubmitGuidanceReportListener implements TaskListener {

    private final ReportService reports;

    SubmitGuidanceReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submit(longOf(task, VAR_REPORT_ID), task.getVariable(VAR_PROGRESS), task.getVariable(VAR_PROBLEMS), task.getVariable(VAR_NEXT_PLANS));
    }
}
