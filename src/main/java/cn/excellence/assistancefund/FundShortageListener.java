package cn.excellence.assistancefund;

import static cn.excellence.assistancefund.LoanProcess.*;

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
        long id = ((Number) task.getVariable(VAR_LOAN_ID)).longValue();
        loans.shortage(task.getVariable(VAR_SHORTAGE_DECISION), task.getVariable("shortageNote"));
    }
}
