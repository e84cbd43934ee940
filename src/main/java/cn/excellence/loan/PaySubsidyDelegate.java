package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pays one subsidy period (idempotent per loan and period) and schedules the next. */
@Component
class PaySubsidyDelegate implements JavaDelegate {

    private final LoanService loans;

    PaySubsidyDelegate(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        int left = loans.payNextPeriod(id);
        execution.setVariable(VAR_PERIODS_LEFT, left);
        if (left > 0) {
            execution.setVariable(VAR_NEXT_SUBSIDY_AT, loans.nextDue(id));
        }
    }
}
