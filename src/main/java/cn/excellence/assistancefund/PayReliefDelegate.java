package cn.excellence.assistancefund;

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
        execution.setVariable("reliefPaid", reliefs.pay(((Number) execution.getVariable("reliefId")).longValue()));
    }
}
