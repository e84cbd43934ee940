package cn.excellence.supervision;

import static cn.excellence.shared.engine.variables.JsonValues.json;
import static cn.excellence.shared.FormValues.dateTime;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.list;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.shared.FormValues.wholeNumber;
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
        String period = text(execution.getVariable(VAR_PERIOD));
        CycleRequest request = new CycleRequest(period == null ? null : period.strip(), list(execution.getVariable(VAR_UNITS), ",", "责任单位"),
                dateTime(execution.getVariable(VAR_REPORT_DUE_DATE), "汇报截止时间（reportDueDate）"),
                integer(execution.getVariable(VAR_SAMPLE_SIZE), "抽查数量（sampleSize）"), text(execution.getVariable(VAR_STRATA)),
                list(execution.getVariable(VAR_CHECKLIST), "\n", "检查清单"), wholeNumber(execution.getVariable(VAR_SEED), "随机种子"));
        var user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        SupervisionService.OpenedCycle opened = cycles.open(request, user == null ? null : user.getUserId(), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(BusinessKeys.of("月度督查", request.period(), opened.cycleId()));
        execution.setVariable(VAR_CYCLE_ID, opened.cycleId());
        execution.setVariable(VAR_REPORT_IDS, json(opened.reportIds()));
    }
}
