package cn.excellence.assistancefund;

import static cn.excellence.assistancefund.LoanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The township reviews the application after a site visit. */
@Component
class TownshipLoanReviewListener implements TaskListener {

    private final LoanService loans;

    TownshipLoanReviewListener(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable(VAR_LOAN_ID)).longValue();
        loans.townshipReview(id, task.getVariable(VAR_REVIEW_DECISION), task.getVariable(VAR_SITE_VISIT_NOTES));
    }
}
