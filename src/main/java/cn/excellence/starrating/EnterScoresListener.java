package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 录入党员自评 completes only when every participating member has a complete score. */
@Component
class EnterScoresListener implements TaskListener {

    private final BranchRatingService ratings;

    EnterScoresListener(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void notify(DelegateTask task) {
        ratings.checkEntered(longOf(task.getExecution(), VAR_RATING_ID), task.getVariable(VAR_SCORES_CHECKED), task.getVariable(VAR_ENTRY_NOTE));
    }
}
