package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The township reviews the application after a site visit. */
@Component
class TownshipLoanReviewListener implements TaskListener {

    private final LoanService loans;
    private final LoanResults results;

    TownshipLoanReviewListener(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        loans.townshipReview(id, task.getVariable(VAR_REVIEW_DECISION), task.getVariable(VAR_SITE_VISIT_NOTES));
        results.announce(task.getProcessInstanceId(), id);
    }
}
