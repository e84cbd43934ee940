package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every organization's theme approved (全覆盖): the year ends. */
@Component
class CompleteThemeYearDelegate implements JavaDelegate {

    private final ThemeService themes;

    CompleteThemeYearDelegate(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        themes.complete((int) longOf(execution, ThemeProcess.VAR_YEAR));
    }
}
