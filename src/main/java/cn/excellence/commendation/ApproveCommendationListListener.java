package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The standing committee approves the list or sends it back with a reason. */
@Component
class ApproveCommendationListListener implements TaskListener {

    private final CampaignService campaigns;

    ApproveCommendationListListener(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateTask task) {
        campaigns.approve(longOf(task, VAR_CAMPAIGN_ID), task.getVariable(VAR_APPROVAL_DECISION),
                task.getVariable(VAR_SEND_BACK_REASON));
    }
}
