package cn.excellence.pairing;

import static cn.excellence.pairing.PairingProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The helper explains or corrects a disputed fulfilment (说明或更正); the village is asked again, starting without its
 * previous answer.
 */
@Component
class ExplainFulfilmentListener implements TaskListener {

    private final FulfilmentService fulfilments;

    ExplainFulfilmentListener(FulfilmentService fulfilments) {
        this.fulfilments = fulfilments;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = fulfilments.explain(longOf(task, VAR_FULFILMENT_ID), task.getVariable(VAR_EXPLANATION),
                task.getVariable(VAR_CORRECTED_AMOUNT));
        task.setVariable(VAR_FULFILMENT_SUMMARY, summary);
        task.setVariable(VAR_RECEIPT, null);
        task.setVariable(VAR_RECEIPT_NOTE, null);
    }
}
