package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed: every registration still open is marked late (逾期); it can still be registered. */
@Component
class MarkLateThemesDelegate implements JavaDelegate {

    private final ThemeService themes;

    MarkLateThemesDelegate(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        themes.markLate((int) longOf(execution, ThemeProcess.VAR_YEAR));
    }
}
