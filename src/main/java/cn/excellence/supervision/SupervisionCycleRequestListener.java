package cn.excellence.supervision;

import static cn.excellence.shared.FormValues.deadline;
import static cn.excellence.shared.FormValues.integer;
import static cn.excellence.shared.FormValues.items;
import static cn.excellence.shared.FormValues.text;
import static cn.excellence.shared.FormValues.wholeNumber;
import static cn.excellence.supervision.SupervisionProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;
import cn.excellence.shared.Groups;
import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.web.ApiException;

/**
 * 发起月度督查 through its start form (Tasklist's 启动流程, bpmn/supervision-cycle-request.form): starts the cycle as
 * {@code POST /api/supervision-cycles} does, through the same service and message, as the starting user; a refusal rolls
 * the whole start back. The request's business key is the cycle's id.
 */
@Component
public class SupervisionCycleRequestListener extends StartFormListener {

    private final SupervisionService cycles;

    SupervisionCycleRequestListener(SupervisionService cycles) {
        this.cycles = cycles;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        if (!CurrentUser.of(execution).isMemberOf(Groups.ORG_DEPT)) {
            throw ApiException.forbidden("只有旗委组织部可以发起督查。");
        }
        List<String> units = items(execution.getVariable(VAR_UNITS), "责任单位");
        String period = text(execution.getVariable(VAR_PERIOD));
        CycleRequest request = new CycleRequest(period == null ? null : period.strip(), units == null || units.isEmpty() ? null : units,
                deadline(execution.getVariable(VAR_REPORT_DUE_DATE), "汇报截止日期"), integer(execution.getVariable(VAR_SAMPLE_SIZE), "抽查数量"),
                text(execution.getVariable(VAR_STRATA)), null, wholeNumber(execution.getVariable(VAR_SEED), "随机种子"));
        long cycleId = cycles.start(request);
        return new Recorded(Map.of(VAR_CYCLE_ID, cycleId), BusinessKeys.of("发起月度督查", request.period(), cycleId),
                List.of(VAR_PERIOD, VAR_REPORT_DUE_DATE, VAR_UNITS, VAR_SAMPLE_SIZE, VAR_STRATA, VAR_SEED));
    }
}
