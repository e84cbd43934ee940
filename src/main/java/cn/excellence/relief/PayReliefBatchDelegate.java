package cn.excellence.relief;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Pays one slice of a batch ({@value ReliefBatchService#SLICE} members at most) in the background: one job per slice, so
 * no job outlives the job executor's lock and a node that dies costs at most one slice's retry; every member is paid once.
 */
@Component
class PayReliefBatchDelegate implements JavaDelegate {

    static final String VAR_MEMBERS_PENDING = "membersPending";

    private final ReliefBatchService batches;

    PayReliefBatchDelegate(ReliefBatchService batches) {
        this.batches = batches;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_MEMBERS_PENDING, batches.payPending(longOf(execution, ReliefBatchService.VAR_BATCH_ID),
                ReliefBatchService.SLICE));
    }
}
