package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.excellence.shared.BusinessKeys;

/** A branch's rating starts: who enters (the branch's nearest secretary) and who reviews, from the rating; its business key. */
@Component
class PrepareStarBranchListener implements ExecutionListener {

    private final BranchRatingService ratings;

    PrepareStarBranchListener(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        BranchRating rating = ratings.rating(longOf(execution, VAR_RATING_ID));
        execution.setVariable(VAR_BRANCH_NAME, rating.organizationName());
        execution.setVariable(VAR_SECRETARY, rating.secretary());
        execution.setVariable(VAR_REVIEWER, rating.reviewer());
        execution.setProcessBusinessKey(BusinessKeys.of("支部星级评比", rating.organizationName(), rating.id()));
    }
}
