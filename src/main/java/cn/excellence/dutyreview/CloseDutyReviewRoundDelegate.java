package cn.excellence.dutyreview;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the round closed once every report's process has ended. */
@Component
class CloseDutyReviewRoundDelegate implements JavaDelegate {

    private final DutyReviewService service;

    CloseDutyReviewRoundDelegate(DutyReviewService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.closeRound(longOf(execution, DutyReviewProcess.VAR_ROUND_ID));
    }
}
