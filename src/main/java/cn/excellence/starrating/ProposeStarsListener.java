package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The branch committee's proposal: adjustments of at most one star each, with reasons; within the campaign's quota. */
@Component
class ProposeStarsListener implements TaskListener {

    private final BranchRatingService ratings;

    ProposeStarsListener(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().setVariable(VAR_PROPOSAL_SUMMARY, ratings.propose(longOf(task.getExecution(), VAR_RATING_ID),
                task.getVariable(VAR_ADJUSTMENTS)));
    }
}
