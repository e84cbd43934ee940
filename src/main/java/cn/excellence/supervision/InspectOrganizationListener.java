package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

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
        List<Object> scores = IntStream.rangeClosed(1, 5).mapToObj(i -> task.getVariable(VAR_SCORE + i)).toList();
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        int findings = monitoring.inspect(id, scores, task.getVariable(VAR_INSPECTION_NOTES), task.getVariable(VAR_FINDINGS),
                task.getVariable(VAR_RECTIFICATION_DAYS), user == null ? task.getAssignee() : user.getUserId());
        task.setVariable(VAR_FINDING_COUNT, findings);
        if (findings > 0) {
            Instant due = monitoring.rectificationDue(id);
            task.setVariable(VAR_RECTIFICATION_DUE_DATE, Date.from(due));
            task.setVariable(VAR_RECTIFICATION_REMINDER_AT, Date.from(due.minus(MonitoringService.REMINDER_LEAD)));
            task.setVariable(VAR_FINDINGS_TEXT, monitoring.findingsText(id));
        }
    }
}
