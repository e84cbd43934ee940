package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.VAR_ORGANIZATION_NAME;
import static cn.excellence.themes.ThemeProcess.VAR_REGISTRATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

/** An organization's registration starts: its name for the tasks' subject, and its business key. */
@Component
class PrepareThemeRegistrationListener implements ExecutionListener {

    private final ThemeService themes;

    PrepareThemeRegistrationListener(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ThemeRegistration registration = themes.registration(longOf(execution, VAR_REGISTRATION_ID));
        themes.attachProcess(registration.id(), execution.getProcessInstanceId());
        execution.setVariable(VAR_ORGANIZATION_NAME, registration.organizationName());
        execution.setProcessBusinessKey(BusinessKeys.of("主题载体登记", registration.year() + "年度·" + registration.organizationName(), registration.id()));
    }
}
