package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.VAR_LOAN_ID;
import static cn.excellence.loan.LoanProcess.VAR_REPAID_ON;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.security.CurrentUser;

/** A fund-committee member records the early repayment in Tasklist (登记提前还款), as the user who completes the task. */
@Component
class EarlyRepaymentListener implements TaskListener {

    private final EarlyRepaymentService earlyRepayments;

    EarlyRepaymentListener(EarlyRepaymentService earlyRepayments) {
        this.earlyRepayments = earlyRepayments;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        earlyRepayments.record(id, CurrentUser.of(task.getExecution()), task.getVariable(VAR_REPAID_ON));
    }
}
