package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the bank loan: the first subsidy period falls due one interval after the loan date. */
@Component
class ScheduleSubsidiesDelegate implements JavaDelegate {

    private final LoanService loans;

    ScheduleSubsidiesDelegate(LoanService loans) {
        this.loans = loans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = longOf(execution, VAR_LOAN_ID);
        execution.setVariable(VAR_NEXT_SUBSIDY_AT, loans.nextDue(id));
    }
}
