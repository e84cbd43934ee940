package cn.excellence.themes;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.themes.ThemeProcess.MESSAGE_YEAR_COVERED;
import static cn.excellence.themes.ThemeProcess.VAR_YEAR;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.WithoutAuthorization;

/**
 * A theme approved: when it was the year's last one (全覆盖), the campaign is told, in this transaction. Telling it is the
 * registration's own step, not the reviewer's: it needs no permission of theirs on the campaign.
 */
@Component
class CheckThemeCoverageDelegate implements JavaDelegate {

    private final ThemeService themes;

    CheckThemeCoverageDelegate(ThemeService themes) {
        this.themes = themes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = (int) longOf(execution, VAR_YEAR);
        if (!themes.fullyCovered(year)) {
            return;
        }
        String campaign = themes.year(year).processInstanceId();
        ProcessEngine engine = execution.getProcessEngine();
        WithoutAuthorization.read(engine, () -> engine.getRuntimeService().createMessageCorrelation(MESSAGE_YEAR_COVERED)
                .processInstanceId(campaign).correlateWithResult());
    }
}
