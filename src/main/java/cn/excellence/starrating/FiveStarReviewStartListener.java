package cn.excellence.starrating;

import static cn.excellence.starrating.FiveStarProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.excellence.shared.engine.StartFormListener;
import cn.excellence.shared.security.CurrentUser;

/** Org-dept opens the year's 五星级 review through its start form (bpmn/five-star-review-start.form). */
@Component
class FiveStarReviewStartListener extends StartFormListener {

    private final FiveStarReviews reviews;

    FiveStarReviewStartListener(FiveStarReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    protected Recorded record(DelegateExecution execution) {
        Map<String, Object> variables = reviews.open(execution.getVariable(VAR_YEAR), CurrentUser.of(execution), execution.getProcessInstanceId());
        return new Recorded(variables, FiveStarReviews.businessKey(variables), List.of());
    }
}
