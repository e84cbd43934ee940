package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The secretary's registration, whichever client completed the task; an earlier return's reason is done with. */
@Component
class RegisterThemeListener implements TaskListener {

    private final ThemeService themes;

    RegisterThemeListener(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void notify(DelegateTask task) {
        themes.register(longOf(task.getExecution(), VAR_REGISTRATION_ID), task.getVariable(VAR_THEME), task.getVariable(VAR_CARRIER),
                task.getVariable(VAR_MEASURES));
        task.getExecution().removeVariable(VAR_REVIEW_NOTE);
    }
}
