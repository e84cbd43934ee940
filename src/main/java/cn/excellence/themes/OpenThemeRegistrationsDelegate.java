package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.VAR_REGISTRATION_IDS;
import static cn.excellence.themes.ThemeProcess.VAR_YEAR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.variables.JsonValues;

/** Opens one registration per organization; the call activity starts a ThemeRegistration for each. */
@Component
class OpenThemeRegistrationsDelegate implements JavaDelegate {

    private final ThemeService themes;

    OpenThemeRegistrationsDelegate(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_REGISTRATION_IDS, JsonValues.json(themes.openRegistrations((int) longOf(execution, VAR_YEAR),
                execution.getProcessInstanceId())));
    }
}
