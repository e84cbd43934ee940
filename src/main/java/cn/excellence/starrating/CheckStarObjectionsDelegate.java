package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The stars are not recorded while an objection is still being verified. */
@Component
class CheckStarObjectionsDelegate implements JavaDelegate {

    private final BranchRatingService ratings;

    CheckStarObjectionsDelegate(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_OPEN_OBJECTIONS, ratings.openObjections(longOf(execution, VAR_RATING_ID)));
    }
}
