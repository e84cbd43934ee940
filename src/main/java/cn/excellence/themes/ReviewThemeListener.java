package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reviewer's decision: 通过, or 退回 with a reason. */
@Component
class ReviewThemeListener implements TaskListener {

    private final ThemeService themes;

    ReviewThemeListener(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void notify(DelegateTask task) {
        themes.review(longOf(task.getExecution(), VAR_REGISTRATION_ID), task.getVariable(VAR_DECISION), task.getVariable(VAR_REVIEW_NOTE));
    }
}
