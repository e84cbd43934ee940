package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Org-dept's verdict on an objection to a star notice, checked; who decided is kept with it. */
@Component
class VerifyStarObjectionListener implements TaskListener {

    private final StarObjectionService objections;

    VerifyStarObjectionListener(StarObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void notify(DelegateTask task) {
        objections.checkVerdict(task.getVariable(VAR_VERDICT), task.getVariable(VAR_VERDICT_NOTE));
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.setVariable("decidedBy", user != null ? user.getUserId() : task.getAssignee());
    }
}
