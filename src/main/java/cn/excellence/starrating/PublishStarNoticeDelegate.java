package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The confirmed stars go on public notice (公示) for the campaign's working days. */
@Component
class PublishStarNoticeDelegate implements JavaDelegate {

    private final BranchRatingService ratings;

    PublishStarNoticeDelegate(BranchRatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_NOTICE_ENDS_AT, ratings.publishNotice(longOf(execution, VAR_RATING_ID)));
    }
}
