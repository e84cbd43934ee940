package cn.excellence.supervision;

import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Draws the organizations to check, from the cycle's recorded seed. */
@Component
class DrawSpotCheckSampleDelegate implements JavaDelegate {

    private final SupervisionService cycles;
    private final MonitoringService monitoring;

    DrawSpotCheckSampleDelegate(SupervisionService cycles, MonitoringService monitoring) {
        this.cycles = cycles;
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_SPOT_CHECK_IDS, json(cycles.drawSample(((Number) execution.getVariable(VAR_CYCLE_ID)).longValue())));
    }

    static Object json(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
