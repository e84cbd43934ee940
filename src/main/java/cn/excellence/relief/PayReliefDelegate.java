package cn.excellence.relief;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pays an approved relief from the relief fund. */
@Component
class PayReliefDelegate implements JavaDelegate {

    private final ReliefService reliefs;
    private final ReliefResults results;

    PayReliefDelegate(ReliefService reliefs, ReliefResults results) {
        this.reliefs = reliefs;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("reliefPaid", reliefs.pay(longOf(execution, "reliefId")));
        results.announce(execution.getProcessInstanceId(), longOf(execution, "reliefId"));
    }
}
