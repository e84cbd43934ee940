package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.notice.NoticeObjections;

/** Org-dept's verdict on an objection, checked; who decided is kept with it. */
@Component
class VerifyObjectionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        NoticeObjections.completeVerification(task, VAR_VERDICT, VAR_VERDICT_NOTE);
    }
}
