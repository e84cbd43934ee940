package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Points and stars of each participating member (DMN); the proposal in words for the branch committee. */
@Component
class ComputeStarsDelegate implements JavaDelegate {

    private final BranchRatingService ratings;

    ComputeStarsDelegate(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_PROPOSAL_SUMMARY, ratings.compute(longOf(execution, VAR_RATING_ID)));
        execution.setVariable(VAR_ADJUSTMENTS, null);
    }
}
