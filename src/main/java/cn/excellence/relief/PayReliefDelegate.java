package cn.excellence.relief;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pays an approved relief from the relief fund. */
@Component
class PayReliefDelegate implements JavaDelegate {

    private final ReliefService reliefs;

    PayReliefDelegate(ReliefService reliefs) {
        this.reliefs = reliefs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reliefPaid", reliefs.pay(longOf(execution, "reliefId")));
    }
}
