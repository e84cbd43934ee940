package cn.excellence.relief;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pays a batch in the background (a job, retried after a crash); every member is paid once. */
@Component
class PayReliefBatchDelegate implements JavaDelegate {

    private final ReliefBatchService batches;

    PayReliefBatchDelegate(ReliefBatchService batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        batches.payPending(longOf(execution, "batchId"), Integer.MAX_VALUE);
    }
}
