package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens one rating per participating branch; the call activity starts a StarRatingBranch for each. */
@Component
class OpenStarCampaignDelegate implements JavaDelegate {

    private final StarCampaignService campaigns;

    OpenStarCampaignDelegate(StarCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_RATING_IDS, campaigns.openBranchRatings(longOf(execution, VAR_CAMPAIGN_ID)));
    }
}
