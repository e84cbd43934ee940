package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.excellence.shared.notice.NoticeObjections;

/** Records the verdict; an upheld objection withdraws the member's stars. */
@Component
class RecordStarObjectionVerdictDelegate implements JavaDelegate {

    private final StarObjectionService objections;

    RecordStarObjectionVerdictDelegate(StarObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        objections.recordVerdict(longOf(execution, VAR_OBJECTION_ID), (String) execution.getVariable(VAR_VERDICT),
                (String) execution.getVariable(VAR_VERDICT_NOTE), (String) execution.getVariable(NoticeObjections.VAR_DECIDED_BY));
    }
}
