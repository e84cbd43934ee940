package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept's first review of a nomination: accept for the spot check, return with reasons, or refuse. */
@Component
class FiveStarOrgDeptReviewListener implements TaskListener {

    private final FiveStarService service;

    FiveStarOrgDeptReviewListener(FiveStarService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        var user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        service.review(longOf(task, VAR_NOMINATION_ID), task.getVariable(VAR_DECISION), task.getVariable(VAR_COMMENT),
                user == null ? task.getAssignee() : user.getUserId());
    }
}
