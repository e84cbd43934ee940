package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.shared.FormValues.wholeNumber;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/**
 * A nomination started through its start form (Tasklist's 启动流程, bpmn/nomination-start.form): records it as
 * {@code POST /api/nominations} does, as the starting user, and goes on as one the application started
 * (its id a variable, its business key the case in words).
 */
@Component
public class NominationStartListener extends StartFormListener {

    private final NominationService nominations;

    NominationStartListener(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        NominationRequest request = new NominationRequest(wholeNumber(execution.getVariable(VAR_CAMPAIGN_ID), "评先表彰活动编号"),
                text(execution.getVariable(VAR_CATEGORY_CODE)), text(execution.getVariable(VAR_NOMINEE_ORGANIZATION_CODE)),
                wholeNumber(execution.getVariable(VAR_NOMINEE_MEMBER_ID), "推荐党员编号"), text(execution.getVariable(VAR_DEEDS)),
                text(execution.getVariable(VAR_NOTES)));
        Map<String, Object> variables = nominations.nominateFromStartForm(request, CurrentUser.of(execution), execution.getProcessInstanceId());
        return new Recorded(variables, NominationService.businessKey(variables),
                List.of(VAR_CATEGORY_CODE, VAR_NOMINEE_ORGANIZATION_CODE, VAR_NOMINEE_MEMBER_ID));
    }
}
