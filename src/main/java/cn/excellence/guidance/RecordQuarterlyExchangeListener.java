package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 季交流: a Party committee's instructor or org-dept records the quarter's exchange meeting. */
@Component
class RecordQuarterlyExchangeListener implements TaskListener {

    private final ReportService reports;

    RecordQuarterlyExchangeListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reports.recordExchange(longOf(task, VAR_EXCHANGE_ID), task.getVariable(VAR_MEETING_DATE), task.getVariable(VAR_MINUTES),
                task.getVariable(VAR_ATTENDANCE), user == null ? task.getAssignee() : user.getUserId());
    }
}
