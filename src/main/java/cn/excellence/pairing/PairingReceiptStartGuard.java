package cn.excellence.pairing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.ApplicationStarts;
import cn.excellence.shared.TaskInputException;

/** A receipt is asked for a recorded fulfilment only: a start by key (engine REST) without one is refused. */
@Component
class PairingReceiptStartGuard implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!ApplicationStarts.active()) {
            throw new TaskInputException("确认收到流程随履行记录自动发起：请在工作台“结对帮扶”中登记履行情况。");
        }
    }
}
