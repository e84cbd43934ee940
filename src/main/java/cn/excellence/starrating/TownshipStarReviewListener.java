package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The township's (or committee's) review: approve, or return with reasons. */
@Component
class TownshipStarReviewListener implements TaskListener {

    private final BranchRatingService ratings;

    TownshipStarReviewListener(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void notify(DelegateTask task) {
        ratings.review(longOf(task.getExecution(), VAR_RATING_ID), task.getVariable(VAR_TOWNSHIP_DECISION), task.getVariable(VAR_TOWNSHIP_NOTE));
    }
}
