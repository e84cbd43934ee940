package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the loan and releases what is left of its reservation. */
@Component
class CloseLoanDelegate implements JavaDelegate {

    private final LoanService loans;

    CloseLoanDelegate(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        loans.close(id, execution.getVariable(VAR_PERIODS_LEFT) == null || ((Number) execution.getVariable(VAR_PERIODS_LEFT)).intValue() > 0);
    }
}
