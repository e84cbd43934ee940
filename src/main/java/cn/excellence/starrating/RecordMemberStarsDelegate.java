package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The stars are recorded on each member: their history. */
@Component
class RecordMemberStarsDelegate implements JavaDelegate {

    private final BranchRatingService ratings;

    RecordMemberStarsDelegate(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ratings.record(longOf(execution, VAR_RATING_ID));
    }
}
