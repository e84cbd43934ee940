package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The fund committee sets amount, rate and periods, or rejects. */
@Component
class FundCommitteeReviewListener implements TaskListener {

    private final LoanService loans;
    private final LoanResults results;

    FundCommitteeReviewListener(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        task.setVariable(VAR_STANDING_APPROVAL_NEEDED, loans.fundReview(id, task.getVariable(VAR_REVIEW_DECISION),
                task.getVariable(VAR_APPROVED_AMOUNT), task.getVariable(VAR_SUBSIDY_RATE), task.getVariable(VAR_SUBSIDY_PERIODS),
                task.getVariable(VAR_REVIEW_NOTE)));
        task.setVariable(VAR_SUBSIDY_TOTAL, loans.subsidyTotal(id));
        results.announce(task.getProcessInstanceId(), id);
    }
}
