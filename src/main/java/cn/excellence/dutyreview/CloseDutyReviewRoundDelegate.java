package cn.excellence.dutyreview;

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
        service.closeRound(((Number) execution.getVariable(DutyReviewProcess.VAR_ROUND_ID)).longValue());
    }
}
