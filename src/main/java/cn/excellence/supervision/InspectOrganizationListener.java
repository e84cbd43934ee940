package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The inspection against the checklist: a score per item, the findings, the rectification period. */
@Component
class InspectOrganizationListener implements TaskListener {

    private final MonitoringService monitoring;

    InspectOrganizationListener(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_SPOT_CHECK_ID);
        java.util.List<Object> scores = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> task.getVariable(VAR_SCORE + i)).toList();
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        int findings = monitoring.inspect(id, scores, task.getVariable(VAR_INSPECTION_NOTES), task.getVariable(VAR_FINDINGS),
                task.getVariable(VAR_RECTIFICATION_DAYS), user == null ? task.getAssignee() : user.getUserId());
        task.setVariable(VAR_FINDING_COUNT, findings);
        if (findings > 0) {
            java.util.Date due = monitoring.rectificationDue(id);
            task.setVariable(VAR_RECTIFICATION_DUE_DATE, due);
            task.setVariable(VAR_RECTIFICATION_REMINDER_AT, new java.util.Date(due.getTime() - MonitoringService.REMINDER_LEAD.toMillis()));
            task.setVariable(VAR_FINDINGS_TEXT, monitoring.findingsText(id));
        }
    }
}
