package cn.excellence.loan;

import static cn.excellence.loan.LoanProcess.VAR_APPLICANT_NAME;
import static cn.excellence.shared.FormValues.decimal;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.text;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A loan started through its start form (Tasklist's 启动流程, bpmn/loan-start.form): records the application as
 * {@code POST /api/assistance-loans} does, as the starting user, and goes on as one the application started
 * (its id a variable, its business key the case in words).
 */
@Component
public class LoanStartListener extends StartFormListener {

    /** The form's fields the process does not keep (the others it keeps as the service states them). */
    private static final List<String> FORM_ONLY = List.of("applicantKind", "idNumber", "organizationCode", "amount", "termMonths", "bank");

    private final LoanService loans;

    LoanStartListener(LoanService loans) {
        this.loans = loans;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        LoanApplication application = new LoanApplication(text(execution.getVariable("applicantKind")),
                text(execution.getVariable(VAR_APPLICANT_NAME)), text(execution.getVariable("idNumber")),
                text(execution.getVariable("organizationCode")), decimal(execution.getVariable("amount"), "申请金额"),
                integer(execution.getVariable("termMonths"), "贷款期限"), text(execution.getVariable("bank")), text(execution.getVariable("purpose")),
                integer(execution.getVariable("householdsHelped"), "带动户数"));
        Map<String, Object> variables = loans.applyFromStartForm(application, CurrentUser.of(execution), execution.getProcessInstanceId());
        return new Recorded(variables, LoanService.businessKey(variables), FORM_ONLY);
    }
}
