package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Org-dept's review of a nomination opens empty. It shares the variables {@code reviewDecision} and
 * {@code reviewNote} with the township's review before it, whose decision would otherwise be pre-filled in
 * org-dept's form; they are emptied when org-dept's task is created, as the eligibility check empties them before
 * the township's review. The township's note stays on the nomination's record until org-dept decides.
 */
@Component
class EmptyReviewListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(VAR_REVIEW_DECISION, null);
        task.getExecution().setVariable(VAR_REVIEW_NOTE, null);
    }
}
