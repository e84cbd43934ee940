package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Draws the organizations to check, from the cycle's recorded seed. */
@Component
class DrawSpotCheckSampleDelegate implements JavaDelegate {

    private final SupervisionService cycles;

    DrawSpotCheckSampleDelegate(SupervisionService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_SPOT_CHECK_IDS, json(cycles.drawSample(longOf(execution, VAR_CYCLE_ID))));
    }
}
