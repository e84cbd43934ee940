package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Three days before the deadline: reminds every secretary who still has organizations to register. */
@Component
class RemindUnregisteredThemesDelegate implements JavaDelegate {

    private final ThemeReminders reminders;

    RemindUnregisteredThemesDelegate(ThemeReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind((int) longOf(execution, ThemeProcess.VAR_YEAR), execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }
}
