package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reserves the whole subsidy atomically; when the fund cannot cover it, the reason goes to org-dept. */
@Component
class ReserveSubsidyDelegate implements JavaDelegate {

    private final LoanService loans;
    private final LoanResults results;

    ReserveSubsidyDelegate(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        String shortage = loans.reserve(id);
        execution.setVariable(VAR_SUBSIDY_RESERVED, shortage == null);
        execution.setVariable(VAR_SHORTAGE_REASON, shortage);
        results.announce(execution.getProcessInstanceId(), id);
    }
}
