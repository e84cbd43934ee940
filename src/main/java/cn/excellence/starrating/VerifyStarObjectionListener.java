package cn.excellence.starrating;

import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.notice.NoticeObjections;

/** Org-dept's verdict on an objection to a star notice, checked; who decided is kept with it. */
@Component
class VerifyStarObjectionListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        NoticeObjections.completeVerification(task, VAR_VERDICT, VAR_VERDICT_NOTE);
    }
}
