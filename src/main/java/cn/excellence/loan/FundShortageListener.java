package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept retries the reservation once money is there, or declines the loan. */
@Component
class FundShortageListener implements TaskListener {

    private final LoanService loans;

    FundShortageListener(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        loans.shortage(task.getVariable(VAR_SHORTAGE_DECISION), task.getVariable("shortageNote"));
    }
}
