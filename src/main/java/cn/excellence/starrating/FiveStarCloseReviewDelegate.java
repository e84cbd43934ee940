package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.FiveStarProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every branch of the year's review has its result: the review is closed. */
@Component
class FiveStarCloseReviewDelegate implements JavaDelegate {

    private final FiveStarReviews reviews;

    FiveStarCloseReviewDelegate(FiveStarReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.close(longOf(execution, VAR_REVIEW_ID));
    }
}
