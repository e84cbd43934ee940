package cn.excellence.shared.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A review opens empty. Reviews in a row (township, then fund committee or org-dept, then standing committee) share
 * the variables {@code reviewDecision} and {@code reviewNote}, so the earlier reviewer's decision would otherwise be
 * pre-filled in the next reviewer's form; a create listener on each later review empties them. What the earlier
 * reviewer decided stays on the feature's record.
 */
@Component
class EmptyReviewListener implements TaskListener {

    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVIEW_NOTE = "reviewNote";

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(REVIEW_DECISION, null);
        task.getExecution().setVariable(REVIEW_NOTE, null);
    }
}
