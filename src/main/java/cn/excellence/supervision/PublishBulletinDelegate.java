package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every report reviewed and every spot check closed: the cycle closes and its bulletin is final. */
@Component
class PublishBulletinDelegate implements JavaDelegate {

    private final SupervisionService cycles;

    PublishBulletinDelegate(SupervisionService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.close(longOf(execution, VAR_CYCLE_ID));
    }
}
