package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.notice.NoticeObjections;

/** Records the verdict; an upheld objection withdraws the nominee. */
@Component
class RecordObjectionVerdictDelegate implements JavaDelegate {

    private final ObjectionService objections;

    RecordObjectionVerdictDelegate(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        objections.recordVerdict(longOf(execution, VAR_OBJECTION_ID),
                (String) execution.getVariable(VAR_VERDICT), (String) execution.getVariable(VAR_VERDICT_NOTE),
                (String) execution.getVariable(NoticeObjections.VAR_DECIDED_BY));
    }
}
