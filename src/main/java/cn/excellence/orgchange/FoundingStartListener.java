package cn.excellence.orgchange;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/** An application to found an organization started through its start form (bpmn/org-founding-start.form), as the starting user. */
@Component
class FoundingStartListener extends StartFormListener {

    private final FoundingService service;

    FoundingStartListener(FoundingService service) {
        this.service = service;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        Map<String, Object> variables = service.apply(execution.getVariables(), CurrentUser.of(execution), execution.getProcessInstanceId());
        return new Recorded(variables, FoundingService.businessKey(variables), List.of());
    }
}
