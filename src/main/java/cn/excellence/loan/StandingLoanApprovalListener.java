package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The standing committee approves a loan above the threshold, or not. */
@Component
class StandingLoanApprovalListener implements TaskListener {

    private final LoanService loans;
    private final LoanResults results;

    StandingLoanApprovalListener(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        loans.standingApproval(id, task.getVariable(VAR_REVIEW_DECISION), task.getVariable(VAR_REVIEW_NOTE));
        results.announce(task.getProcessInstanceId(), id);
    }
}
