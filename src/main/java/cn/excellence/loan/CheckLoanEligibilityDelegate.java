package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Eligibility: the most per applicant kind, one active loan per applicant. */
@Component
class CheckLoanEligibilityDelegate implements JavaDelegate {

    private final LoanService loans;
    private final LoanResults results;

    CheckLoanEligibilityDelegate(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        boolean eligible = loans.checkEligibility(id).isEmpty();
        execution.setVariable(VAR_ELIGIBLE, eligible);
        execution.setVariable(VAR_TOWNSHIP_SECRETARY, eligible ? loans.townshipSecretary(id) : null);
        results.announce(execution.getProcessInstanceId(), id);
    }
}
