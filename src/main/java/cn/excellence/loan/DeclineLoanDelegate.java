package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The loan is declined for want of funds. */
@Component
class DeclineLoanDelegate implements JavaDelegate {

    private final LoanService loans;
    private final LoanResults results;

    DeclineLoanDelegate(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        loans.decline(id);
        results.announce(execution.getProcessInstanceId(), id);
    }
}
