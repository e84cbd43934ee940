package cn.excellence.starrating;

import static cn.excellence.shared.engine.variables.ProcessValues.longOf;
import static cn.excellence.starrating.StarRatingProcess.VAR_CAMPAIGN_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every branch's stars are recorded: the campaign's result is published (the report reads the records). */
@Component
class PublishStarCampaignResultDelegate implements JavaDelegate {

    private final StarCampaignService campaigns;

    PublishStarCampaignResultDelegate(StarCampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.publishResult(longOf(execution, VAR_CAMPAIGN_ID));
    }
}
