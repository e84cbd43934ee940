package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.Groups;

/**
 * Who works a registration's task: the registration by the organization's nearest secretary, the review by the township or
 * committee secretary above; org-dept where there is none (the Party committees' own reviews).
 */
@Component
class AssignThemeTaskListener implements TaskListener {

    private final ThemeService themes;

    AssignThemeTaskListener(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void notify(DelegateTask task) {
        ThemeRegistration registration = themes.registration(longOf(task.getExecution(), ThemeProcess.VAR_REGISTRATION_ID));
        String user = ThemeProcess.TASK_REGISTER.equals(task.getTaskDefinitionKey()) ? registration.secretary() : registration.reviewer();
        if (user == null) {
            task.addCandidateGroup(Groups.ORG_DEPT);
        } else {
            task.addCandidateUser(user);
        }
    }
}
