package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One branch's review spot check has ended: its star is kept, or revoked with the score as the reason. */
@Component
class FiveStarReviewResultDelegate implements JavaDelegate {

    private final FiveStarReviews reviews;

    FiveStarReviewResultDelegate(FiveStarReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.recordResult(longOf(execution, VAR_SPOT_CHECK_ID));
    }
}
