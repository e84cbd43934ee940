package cn.excellence.training;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept decides a training plan: approved, the course is scheduled; rejected, with the reason. */
@Component
class ReviewTrainingPlanListener implements TaskListener {

    private final CourseService courses;

    ReviewTrainingPlanListener(CourseService courses) {
        this.courses = courses;
    }

    @Override
    public void notify(DelegateTask task) {
        String decidedBy = task.getAssignee() != null ? task.getAssignee()
                : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        courses.decide(longOf(task, TrainingPlanProcess.VAR_COURSE_ID), task.getVariable(TrainingPlanProcess.VAR_DECISION),
                task.getVariable(TrainingPlanProcess.VAR_NOTE), decidedBy);
    }
}
