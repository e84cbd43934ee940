package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The notice does not close while an objection is still being verified. */
@Component
class CheckObjectionsDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CheckObjectionsDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_OPEN_OBJECTIONS, campaigns.openObjections(longOf(execution, VAR_CAMPAIGN_ID)));
    }
}
