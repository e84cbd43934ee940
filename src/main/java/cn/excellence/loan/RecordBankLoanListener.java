package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The fund committee records the bank loan: contract, date, principal. */
@Component
class RecordBankLoanListener implements TaskListener {

    private final LoanService loans;
    private final LoanResults results;

    RecordBankLoanListener(LoanService loans, LoanResults results) {
        this.loans = loans;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = longOf(task, VAR_LOAN_ID);
        loans.recordBankLoan(id, task.getVariable(VAR_CONTRACT_NUMBER), task.getVariable(VAR_LOAN_DATE), task.getVariable(VAR_PRINCIPAL));
        results.announce(task.getProcessInstanceId(), id);
    }
}
