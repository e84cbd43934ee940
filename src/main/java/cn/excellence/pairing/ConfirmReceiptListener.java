package cn.excellence.pairing;

import static cn.excellence.pairing.PairingProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The village's secretary confirms receipt (确认收到) or disputes it (有异议) with a note. */
@Component
class ConfirmReceiptListener implements TaskListener {

    private final FulfilmentService fulfilments;

    ConfirmReceiptListener(FulfilmentService fulfilments) {
        this.fulfilments = fulfilments;
    }

    @Override
    public void notify(DelegateTask task) {
        fulfilments.answer(longOf(task, VAR_FULFILMENT_ID), task.getVariable(VAR_RECEIPT), task.getVariable(VAR_RECEIPT_NOTE), task.getAssignee());
    }
}
