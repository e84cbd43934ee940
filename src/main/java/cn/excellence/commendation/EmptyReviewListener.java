package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A nomination's review opens empty. The township's and org-dept's reviews (and the township's review again after
 * a revision) share the variables {@code reviewDecision} and {@code reviewNote}, so the earlier decision would be
 * pre-filled in the next reviewer's form: it is removed when the next review's task is created. The earlier note
 * stays on the nomination's record, and the nominator's revision task (created before) still shows the reason.
 */
@Component
class EmptyReviewListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariables(List.of(VAR_REVIEW_DECISION, VAR_REVIEW_NOTE));
    }
}
