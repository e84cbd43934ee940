package cn.excellence.assistancefund;

import static cn.excellence.assistancefund.LoanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The standing committee approves a loan above the threshold, or not. */
@Component
class StandingLoanApprovalListener implements TaskListener {

    private final LoanService loans;

    StandingLoanApprovalListener(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable(VAR_LOAN_ID)).longValue();
        loans.standingApproval(id, task.getVariable(VAR_REVIEW_DECISION), task.getVariable(VAR_REVIEW_NOTE));
    }
}
