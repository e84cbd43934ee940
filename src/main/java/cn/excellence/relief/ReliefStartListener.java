package cn.excellence.relief;

import static cn.excellence.shared.FormValues.decimal;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.shared.FormValues.wholeNumber;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A hardship relief started through its start form (Tasklist's 启动流程, bpmn/relief-start.form): records the
 * application as {@code POST /api/hardship-reliefs} does, as the starting user, and goes on as one the application
 * started (its id a variable, its business key the case in words).
 */
@Component
public class ReliefStartListener extends StartFormListener {

    static final String VAR_MEMBER_ID = "memberId";
    static final String VAR_REASON = "reason";
    static final String VAR_AMOUNT = "amount";

    private final ReliefService reliefs;

    ReliefStartListener(ReliefService reliefs) {
        this.reliefs = reliefs;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        ReliefService.ReliefRequest request = new ReliefService.ReliefRequest(wholeNumber(execution.getVariable(VAR_MEMBER_ID), "党员编号"),
                text(execution.getVariable(VAR_REASON)), decimal(execution.getVariable(VAR_AMOUNT), "救助金额"));
        Map<String, Object> variables = reliefs.applyFromStartForm(request, CurrentUser.of(execution));
        return new Recorded(variables, ReliefService.businessKey(variables), List.of(VAR_MEMBER_ID, VAR_REASON, VAR_AMOUNT));
    }
}
