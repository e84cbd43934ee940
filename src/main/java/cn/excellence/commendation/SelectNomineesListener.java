package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Org-dept's selection within the quotas; the list goes to the standing committee as text. */
@Component
class SelectNomineesListener implements TaskListener {

    private final CampaignService campaigns;

    SelectNomineesListener(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = longOf(task, VAR_CAMPAIGN_ID);
        task.setVariable(VAR_SELECTION_SUMMARY, campaigns.select(campaignId, task.getVariable(VAR_SELECTED)));
        task.setVariable(VAR_APPROVAL_DECISION, null);
    }
}
