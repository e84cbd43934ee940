package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The township secretary approves, returns for changes, or rejects a nomination from below. */
@Component
class TownshipReviewListener implements TaskListener {

    private final NominationService nominations;
    private final NominationResults results;

    TownshipReviewListener(NominationService nominations, NominationResults results) {
        this.nominations = nominations;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        nominations.townshipReview(longOf(task, VAR_NOMINATION_ID), task.getVariable(VAR_REVIEW_DECISION),
                task.getVariable(VAR_REVIEW_NOTE));
        results.announce(task.getProcessInstanceId(), longOf(task, VAR_NOMINATION_ID));
    }
}
