package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept approves a nomination for the selection, or rejects it with a note. */
@Component
class OrgDeptNominationReviewListener implements TaskListener {

    private final NominationService nominations;
    private final NominationResults results;

    OrgDeptNominationReviewListener(NominationService nominations, NominationResults results) {
        this.nominations = nominations;
        this.results = results;
    }

    @Override
    public void notify(DelegateTask task) {
        nominations.orgDeptReview(longOf(task, VAR_NOMINATION_ID), task.getVariable(VAR_REVIEW_DECISION),
                task.getVariable(VAR_REVIEW_NOTE));
        results.announce(task.getProcessInstanceId(), longOf(task, VAR_NOMINATION_ID));
    }
}
