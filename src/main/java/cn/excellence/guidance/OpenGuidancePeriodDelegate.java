package cn.excellence.guidance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A cadence timer fired: its period is opened (reports, the exchange meeting or the evaluations), once per period. */
@Component
class OpenGuidancePeriodDelegate implements JavaDelegate {

    private final CadenceService cadence;

    OpenGuidancePeriodDelegate(CadenceService cadence) {
        this.cadence = cadence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(cadence.open(execution.getCurrentActivityId()));
    }
}
