package cn.excellence.commendation;

import static cn.excellence.commendation.CommendationProcess.*;
import static cn.excellence.shared.engine.variables.ProcessValues.longOf;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** At the nomination deadline: nominations close and org-dept gets the approved ones to choose from. */
@Component
class CloseNominationsDelegate implements JavaDelegate {

    private final CampaignService campaigns;
    private final ObjectMapper objectMapper;

    CloseNominationsDelegate(CampaignService campaigns, ObjectMapper objectMapper) {
        this.campaigns = campaigns;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        long campaignId = longOf(execution, VAR_CAMPAIGN_ID);
        campaigns.closeNominations(campaignId);
        execution.setVariable(VAR_NOMINATION_OPTIONS, SpinValues.jsonValue(
                objectMapper.writeValueAsString(campaigns.selectionOptions(campaignId))).create());
        execution.setVariable(VAR_QUOTA_SUMMARY, campaigns.quotaSummary(campaignId));
        execution.setVariable(VAR_SEND_BACK_REASON, null);
        // an empty JSON list, not null: Tasklist submits a checklist with the type of the variable it loaded, and Null takes no list
        execution.setVariable(VAR_SELECTED, SpinValues.jsonValue("[]").create());
    }
}
