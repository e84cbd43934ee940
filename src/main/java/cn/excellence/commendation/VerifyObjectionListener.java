package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Org-dept's verdict on an objection, checked; who decided is kept with it. */
@Component
class VerifyObjectionListener implements TaskListener {

    private final ObjectionService objections;

    VerifyObjectionListener(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void notify(DelegateTask task) {
        objections.checkVerdict(task.getVariable(VAR_VERDICT), task.getVariable(VAR_VERDICT_NOTE));
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.setVariable("decidedBy", user != null ? user.getUserId() : task.getAssignee());
    }
}
