package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.supervision.SupervisionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

/** Records the cycle and one report per responsible unit. */
@Component
class OpenSupervisionCycleDelegate implements JavaDelegate {

    private final SupervisionService cycles;

    OpenSupervisionCycleDelegate(SupervisionService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleRequest request = CycleVariables.request(execution);
        var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        SupervisionService.OpenedCycle opened = cycles.open(request, user == null ? null : user.getUserId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(BusinessKeys.of("月度督查", request.period(), opened.cycleId()));
        execution.setVariable(VAR_CYCLE_ID, opened.cycleId());
        execution.setVariable(VAR_REPORT_IDS, json(opened.reportIds()));
    }
}
