package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/** A 五星级 nomination started through its start form (bpmn/five-star-nomination-start.form): recorded as the starting user. */
@Component
class FiveStarNominationStartListener extends StartFormListener {

    private final FiveStarService service;

    FiveStarNominationStartListener(FiveStarService service) {
        this.service = service;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        Map<String, Object> variables = service.nominate(execution.getVariable(VAR_BRANCH_CODE), execution.getVariable(VAR_YEAR),
                execution.getVariable(VAR_REASONS), CurrentUser.of(execution), execution.getProcessInstanceId());
        return new Recorded(variables, FiveStarService.businessKey(variables), List.of());
    }
}
