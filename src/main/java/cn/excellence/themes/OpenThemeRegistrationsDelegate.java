package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;

/**
 * Opens one registration per organization and starts a ThemeRegistration for each, in this transaction. The starts are the
 * campaign's own (no person starts a registration), so they need no start permission of the user who opened the year.
 */
@Component
class OpenThemeRegistrationsDelegate implements JavaDelegate {

    private final ThemeService themes;

    OpenThemeRegistrationsDelegate(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = (int) longOf(execution, VAR_YEAR);
        Date deadline = (Date) execution.getVariable(VAR_DEADLINE);
        List<Long> ids = themes.openRegistrations(year, execution.getProcessInstanceId());
        ProcessEngine engine = execution.getProcessEngine();
        WithoutAuthorization.read(engine, () -> {
            ids.forEach(id -> engine.getRuntimeService().startProcessInstanceByKey(REGISTRATION_PROCESS,
                    Map.of(VAR_REGISTRATION_ID, id, VAR_YEAR, year, VAR_DEADLINE, deadline)));
            return ids.size();
        });
    }
}
