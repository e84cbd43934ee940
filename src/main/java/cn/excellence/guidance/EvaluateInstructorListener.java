package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 年评比: on create the task names the instructor; on complete org-dept's rating and comment are recorded. */
@Component
class EvaluateInstructorListener implements TaskListener {

    private final ReportService reports;
    private final MeetingRepository meetings;

    EvaluateInstructorListener(ReportService reports, MeetingRepository meetings) {
        this.reports = reports;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_EVALUATION_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariableLocal(VAR_STAFF_NAME, meetings.evaluation(id).map(MeetingRepository.Evaluation::staffName).orElse(""));
            return;
        }
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reports.rate(id, task.getVariable(VAR_RATING), task.getVariable(VAR_RATING_COMMENT), user == null ? task.getAssignee() : user.getUserId());
    }
}
