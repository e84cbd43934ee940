package cn.excellence.guidance;

import static cn.excellence.guidance.GuidanceProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts the next batch of the period's report processes, one per staff member, in its own transaction. */
@Component
class StartGuidanceReportBatchDelegate implements JavaDelegate {

    private final CadenceService cadence;

    StartGuidanceReportBatchDelegate(CadenceService cadence) {
        this.cadence = cadence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_MORE_REPORTS, cadence.startBatch(Cadence.valueOf((String) execution.getVariable(VAR_CADENCE)),
                (String) execution.getVariable(VAR_PERIOD)));
    }
}
